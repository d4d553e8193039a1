using System.Globalization;
using System.Text;
using Participation.Governance.IO;
using Participation.Governance.Text;

namespace Participation.Governance.ThaiFormatting.Text;

/// <summary>
/// Decodes the bytes of a text file in whichever encoding Thai users' tools wrote it — UTF-8 (with or without a
/// byte-order mark), UTF-16 (with a byte-order mark, or recognised by its zero bytes) or Windows-874 / TIS-620 — and says
/// which it was; bytes that are none of these (a binary file, a broken file) are a failure naming the encodings tried.
/// </summary>
/// <remarks>
/// <para>
/// The order of the checks is what makes the guess safe: a byte-order mark decides; without one, zero bytes can only be
/// UTF-16 (or binary); then text that is valid UTF-8 is UTF-8 — Thai in Windows-874 is almost never valid UTF-8, since its
/// letters (0xA1–0xFB) would have to fall into UTF-8's exact lead-and-continuation pattern; otherwise Windows-874 through
/// the runtime's code-page provider, in which the few undefined bytes (0x81, 0xDB–0xDE, 0xFC–0xFF …) fail.
/// </para>
/// <para>
/// Decoded text that holds NUL or more than a few other control characters is refused as binary: any byte sequence is
/// "valid" Windows-874, so without this a PDF or an image would come back as noise. Tabs, line ends and form feeds
/// are text.
/// </para>
/// <para>Decoding never throws on any input; it allocates the text and nothing that grows with it.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ThaiTextDecoder
{
    /// <summary>The encodings tried, in the order tried, as failure messages name them.</summary>
    public const string EncodingsTried = "UTF-8, UTF-16 and Windows-874 (TIS-620)";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictWindows874 = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(874, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!);

    /// <summary>Decodes the bytes of a text file.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <returns>The text and its encoding; or a failure saying why the bytes are not text in any of <see cref="EncodingsTried"/>.</returns>
    public static ParseOutcome<DecodedText> Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Strict(bytes.Slice(3), 3, StrictUtf8, ThaiTextEncoding.Utf8, "UTF-8");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Strict(bytes.Slice(2), 2, StrictUtf16LittleEndian, ThaiTextEncoding.Utf16LittleEndian, "UTF-16 (little-endian)");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Strict(bytes.Slice(2), 2, StrictUtf16BigEndian, ThaiTextEncoding.Utf16BigEndian, "UTF-16 (big-endian)");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return DecodeWithZeros(bytes);
        }

        if (TryDecode(bytes, StrictUtf8, out var utf8, out _))
        {
            return Checked(utf8, ThaiTextEncoding.Utf8, hadByteOrderMark: false);
        }

        if (!TryDecode(bytes, StrictWindows874.Value, out var thai, out var bad))
        {
            return Fail($"byte 0x{bytes[bad]:X2} at offset {bad} is not a character in Windows-874, and the bytes are not UTF-8 either", bad);
        }

        // The runtime maps the bytes Windows-874 leaves undefined (0xDB–0xDE, 0xFC–0xFF) to the Private Use Area rather
        // than failing; one byte gives one character in this code page, so the index is the offset.
        for (var i = 0; i < thai.Length; i++)
        {
            if (thai[i] is >= '\uE000' and <= '\uF8FF')
            {
                return Fail($"byte 0x{bytes[i]:X2} at offset {i} is not a character in Windows-874, and the bytes are not UTF-8 either", i);
            }
        }

        return Checked(thai, ThaiTextEncoding.Windows874, hadByteOrderMark: false);
    }

    /// <summary>Reads a stream to its end, or to <paramref name="maxBytes"/>, and decodes it.</summary>
    /// <param name="stream">The stream; read from its current position and left open.</param>
    /// <param name="maxBytes">The most to read; a longer stream is a failure, found without reading past the limit.</param>
    /// <returns>The text, or a failure saying the stream is too long or not text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseOutcome<DecodedText> Decode(Stream stream, int maxBytes)
    {
        var bytes = BoundedStream.ReadAll(stream, maxBytes);
        return bytes.Success ? Decode(bytes.Value.AsSpan()) : bytes.ConvertError<DecodedText>();
    }

    /// <summary>Without a byte-order mark, zero bytes mean UTF-16 (ASCII's high bytes) or a binary file.</summary>
    private static ParseOutcome<DecodedText> DecodeWithZeros(ReadOnlySpan<byte> bytes)
    {
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    evenZeros++;
                }
                else
                {
                    oddZeros++;
                }
            }
        }

        // Text in UTF-16 has a zero in the high byte of every Latin character and of no Thai one; binary has zeros
        // anywhere. Without a byte-order mark, every character must also be one a Thai text file holds.
        var pairs = bytes.Length / 2;
        if ((bytes.Length & 1) == 0 && oddZeros >= pairs / 4 && evenZeros * 20 <= oddZeros
            && TryDecode(bytes, StrictUtf16LittleEndian, out var little, out _) && IsPlausibleText(little))
        {
            return Checked(little, ThaiTextEncoding.Utf16LittleEndian, hadByteOrderMark: false);
        }

        if ((bytes.Length & 1) == 0 && evenZeros >= pairs / 4 && oddZeros * 20 <= evenZeros
            && TryDecode(bytes, StrictUtf16BigEndian, out var big, out _) && IsPlausibleText(big))
        {
            return Checked(big, ThaiTextEncoding.Utf16BigEndian, hadByteOrderMark: false);
        }

        var first = bytes.IndexOf((byte)0);
        return Fail($"it holds a zero byte at offset {first}, as binary files do", first);
    }

    /// <summary>Whether every character is one Thai text files hold: Latin, Thai, punctuation, currency signs, white space.</summary>
    private static bool IsPlausibleText(string text)
    {
        foreach (var c in text)
        {
            if (!(c is '\t' or '\n' or '\r' or '\f' or (>= ' ' and <= '\u024F') or (>= '\u0E00' and <= '\u0E7F') or (>= '\u2000' and <= '\u20CF') or '\uFEFF'))
            {
                return false;
            }
        }

        return true;
    }

    private static ParseOutcome<DecodedText> Strict(ReadOnlySpan<byte> body, int offset, Encoding encoding, ThaiTextEncoding kind, string name)
        => TryDecode(body, encoding, out var text, out var bad)
            ? Checked(text, kind, hadByteOrderMark: offset > 0)
            : Fail(offset > 0
                ? $"it starts with a {name} byte-order mark, but the bytes at offset {bad + offset} are not {name}"
                : $"it looks like {name} without a byte-order mark, but the bytes at offset {bad + offset} are not {name}", bad + offset);

    private static bool TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding, out string text, out int badOffset)
    {
        try
        {
#if NET8_0_OR_GREATER
            text = encoding.GetString(bytes);
#else
            text = encoding.GetString(bytes.ToArray());
#endif
            badOffset = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = string.Empty;
            badOffset = e.Index < 0 ? 0 : Math.Min(e.Index, Math.Max(0, bytes.Length - 1));
            return false;
        }
    }

    private static ParseOutcome<DecodedText> Checked(string text, ThaiTextEncoding encoding, bool hadByteOrderMark)
    {
        var controls = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return Fail($"it holds a NUL character at character {i}, as binary files do", -1);
            }

            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u001A')) || c == '\u007F')
            {
                controls++;
            }
        }

        // A stray control character is a typing accident; many of them are a binary file that happened to decode.
        return controls > 4 && controls * 200 > text.Length
            ? Fail("it holds " + controls.ToString(CultureInfo.InvariantCulture) + " control characters, as binary files do", -1)
            : ParseOutcome<DecodedText>.ForValue(new DecodedText(text, encoding, hadByteOrderMark));
    }

    private static ParseOutcome<DecodedText> Fail(string why, int offset)
        => ParseOutcome<DecodedText>.ForFailure($"not text in {EncodingsTried}: {why}", offset);
}
