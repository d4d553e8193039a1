namespace Participation.Governance.ThaiFormatting.Text;

/// <summary>Text decoded by <see cref="ThaiTextDecoder"/>, with the encoding it was found to be in.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class DecodedText
{
    internal DecodedText(string text, ThaiTextEncoding encoding, bool hadByteOrderMark)
    {
        Text = text;
        Encoding = encoding;
        HadByteOrderMark = hadByteOrderMark;
    }

    /// <summary>Gets the text, without its byte-order mark.</summary>
    public string Text { get; }

    /// <summary>Gets the encoding the bytes were in.</summary>
    public ThaiTextEncoding Encoding { get; }

    /// <summary>Gets a value indicating whether the bytes started with a byte-order mark.</summary>
    public bool HadByteOrderMark { get; }

    /// <summary>Returns the encoding and length, e.g. "Windows874, 1234 characters".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Encoding}{(HadByteOrderMark ? " (BOM)" : string.Empty)}, {Text.Length} characters";
}
