// Not "DocumentFormat": that would hide the Open XML SDK's root namespace in this assembly.
namespace Participation.Governance.Announcements.Reading;

/// <summary>The kind of file a document's text was read from.</summary>
public enum SourceFormat
{
    /// <summary>A text file (any encoding <see cref="ThaiFormatting.Text.ThaiTextDecoder"/> reads).</summary>
    PlainText = 0,

    /// <summary>A PDF with a text layer.</summary>
    Pdf = 1,

    /// <summary>A Word document (.docx).</summary>
    Word = 2,

    /// <summary>Page images — a scanned PDF or an image file — whose text OCR recognised (<see cref="OcrTextReader"/>).</summary>
    Ocr = 3,
}
