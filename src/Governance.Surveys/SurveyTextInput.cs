using System.Globalization;
using System.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Text;

namespace Participation.Governance.Surveys;

/// <summary>
/// Turns the bytes of a CSV file into text as it is read, in whichever encoding Thai users' tools wrote it: the encoding is
/// decided by <see cref="ThaiTextDecoder"/> on the start of the file, and the rest is decoded strictly in that encoding,
/// so a file of any length is read in constant memory.
/// </summary>
/// <remarks>
/// The start of the file handed to <see cref="ThaiTextDecoder"/> runs to the first non-ASCII byte and
/// <see cref="WindowBytes"/> beyond (at most <see cref="MaxAsciiPrefix"/> before it): ASCII is the same in UTF-8 and
/// Windows-874, so the decision needs the first bytes where they differ. It is cut after an ASCII byte, where no UTF-8 or
/// Windows-874 character can be split, or at an even length for UTF-16.
/// </remarks>
internal static class SurveyTextInput
{
    /// <summary>How much past the first non-ASCII byte the decoder sees.</summary>
    internal const int WindowBytes = 64 * 1024;

    /// <summary>How much plain ASCII is read, at most, looking for the first byte that tells the encoding.</summary>
    internal const int MaxAsciiPrefix = 1024 * 1024;

    private static readonly Lazy<Encoding> StrictWindows874 = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(874, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!);

    /// <summary>Reads the start of <paramref name="start"/> + <paramref name="stream"/>, decides the encoding, and returns a reader of the whole text.</summary>
    /// <param name="start">Bytes already read from the stream (to tell the format), which come first.</param>
    /// <param name="stream">The rest of the file.</param>
    /// <returns>A reader over the text without its byte-order mark; or why the bytes are not text.</returns>
    public static ParseOutcome<TextReader> Open(byte[] start, Stream stream)
    {
        var prefix = new MemoryStream();
        prefix.Write(start, 0, start.Length);
        var chunk = new byte[16 * 1024];
        var firstNonAscii = IndexOfNonAscii(start);
        var ended = false;
        while (!ended && (firstNonAscii < 0 ? prefix.Length < MaxAsciiPrefix + WindowBytes : prefix.Length < firstNonAscii + WindowBytes))
        {
            var read = stream.Read(chunk, 0, chunk.Length);
            if (read == 0)
            {
                ended = true;
                break;
            }

            if (firstNonAscii < 0 && IndexOfNonAscii(new ReadOnlySpan<byte>(chunk, 0, read)) is var at and >= 0)
            {
                firstNonAscii = (int)prefix.Length + at;
            }

            prefix.Write(chunk, 0, read);
        }

        var bytes = new ReadOnlySpan<byte>(prefix.GetBuffer(), 0, (int)prefix.Length);
        var decoded = ThaiTextDecoder.Decode(ended ? bytes : bytes.Slice(0, SafeCut(bytes)));
        if (!decoded.Success)
        {
            return ParseOutcome<TextReader>.ForFailure(decoded.Message, -1);
        }

        var (encoding, name) = decoded.Value.Encoding switch
        {
            ThaiTextEncoding.Utf16LittleEndian => ((Encoding)new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16"),
            ThaiTextEncoding.Utf16BigEndian => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16"),
            ThaiTextEncoding.Windows874 => (StrictWindows874.Value, "Windows-874"),
            _ => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), "UTF-8"),
        };
        prefix.Position = decoded.Value.HadByteOrderMark ? (decoded.Value.Encoding == ThaiTextEncoding.Utf8 ? 3 : 2) : 0;
        var text = new StreamReader(new ConcatenatedStream(prefix, stream), encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 14);
        return ParseOutcome<TextReader>.ForValue(new StrictTextReader(text, name, prefix.Length));
    }

    private static int IndexOfNonAscii(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80 || bytes[i] == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the start can be cut without splitting a character: after the last ASCII byte, or at an even length for UTF-16.</summary>
    private static int SafeCut(ReadOnlySpan<byte> bytes)
    {
        var utf16 = bytes.IndexOf((byte)0) >= 0 || (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)));
        if (utf16)
        {
            // Two bytes short of the end also keeps a surrogate pair whole often enough for deciding; the full
            // decoding later is strict and says so if it is not.
            var even = bytes.Length & ~1;
            return even >= 4 ? even - 2 : even;
        }

        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            if (bytes[i] < 0x80)
            {
                return i + 1;
            }
        }

        return bytes.Length;
    }

    /// <summary>The prefix already read, then the rest of the stream.</summary>
    private sealed class ConcatenatedStream(Stream first, Stream second) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = first.Read(buffer, offset, count);
            return read > 0 ? read : second.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Says, instead of the runtime's decoder message, which encoding the rest of the file broke.</summary>
    private sealed class StrictTextReader(StreamReader inner, string encoding, long decided) : TextReader
    {
        public override int Peek() => Guard(inner.Peek);

        public override int Read() => Guard(inner.Read);

        public override int Read(char[] buffer, int index, int count) => Guard(() => inner.Read(buffer, index, count));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Guard(Func<int> read)
        {
            try
            {
                return read();
            }
            catch (DecoderFallbackException)
            {
                throw new SurveyEncodingException(string.Format(
                    CultureInfo.InvariantCulture,
                    "the first {0} bytes are {1}, but bytes after them are not; save the whole file in one encoding (Excel: \"CSV UTF-8\")",
                    decided,
                    encoding));
            }
        }
    }
}
