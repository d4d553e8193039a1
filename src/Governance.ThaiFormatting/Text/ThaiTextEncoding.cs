namespace Participation.Governance.ThaiFormatting.Text;

/// <summary>The encodings Thai text files come in, as <see cref="ThaiTextDecoder"/> tells them apart.</summary>
public enum ThaiTextEncoding
{
    /// <summary>UTF-8, with or without a byte-order mark: what web forms, Google and most editors write.</summary>
    Utf8 = 0,

    /// <summary>UTF-16, little-endian: what Windows calls "Unicode" (Excel's "Unicode Text", Notepad's "UTF-16 LE").</summary>
    Utf16LittleEndian = 1,

    /// <summary>UTF-16, big-endian.</summary>
    Utf16BigEndian = 2,

    /// <summary>
    /// Windows-874 (code page 874), the superset of TIS-620 that Thai Windows uses for "ANSI" text: what Excel and
    /// Notepad save on a Thai PC unless told otherwise.
    /// </summary>
    Windows874 = 3,
}
