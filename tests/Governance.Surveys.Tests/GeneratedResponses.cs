using System.Text;

namespace Participation.Governance.Surveys.Tests;

/// <summary>
/// A Google Forms-shaped CSV of any number of rows, generated as it is read so a million rows take no memory in the
/// test either, and the same answers replayed for an independent computation. Five questions: four answered as digits
/// and the fifth as the words; 0 in <see cref="Answer"/> is a skipped question.
/// </summary>
internal sealed class GeneratedResponses(int rows, ulong seed = 20240305)
{
    public const int Questions = 5;

    private static readonly string[] Words = ["", "น้อยที่สุด", "น้อย", "ปานกลาง", "มาก", "มากที่สุด"];

    public int Rows => rows;

    public static string Header => "Timestamp,เพศ,ข้อ 1,ข้อ 2,ข้อ 3,ข้อ 4,ข้อ 5\r\n";

    /// <summary>The answer of a row (0-based) to a question (0-based), 0–5, skewed toward 4 and 5 as real surveys are.</summary>
    public int Answer(int row, int question)
    {
        var x = Mix(seed + ((ulong)row * Questions) + (ulong)question);
        var roll = (int)(x % 100);
        return roll switch
        {
            < 3 => 0,
            < 6 => 1,
            < 14 => 2,
            < 34 => 3,
            < 70 => 4,
            _ => 5,
        };
    }

    public string Gender(int row) => (Mix(seed ^ (ulong)row) & 1) == 0 ? "ชาย" : "หญิง";

    /// <summary>The CSV text of one row.</summary>
    public string Line(int row)
    {
        var text = new StringBuilder("2024/03/05 9:41:12 AM GMT+7,").Append(Gender(row));
        for (var q = 0; q < Questions; q++)
        {
            var answer = Answer(row, q);
            text.Append(',');
            if (answer > 0)
            {
                text.Append(q == Questions - 1 ? Words[answer] : answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.Append("\r\n").ToString();
    }

    /// <summary>The file as a stream that writes each row when it is read.</summary>
    public Stream Open() => new GeneratingStream(this);

    private static ulong Mix(ulong x)
    {
        // SplitMix64: a fixed, well-spread function of the index, so any row can be replayed.
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private sealed class GeneratingStream(GeneratedResponses responses) : Stream
    {
        private readonly byte[] _line = new byte[256];
        private readonly char[] _chars = new char[128];
        private int _lineLength;
        private int _linePosition;
        private int _row = -1;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count)
            {
                if (_linePosition == _lineLength && !NextLine())
                {
                    break;
                }

                var n = Math.Min(count - written, _lineLength - _linePosition);
                Array.Copy(_line, _linePosition, buffer, offset + written, n);
                _linePosition += n;
                written += n;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <summary>Encodes the next row into the line buffer without allocating, so the test measures only the reader.</summary>
        private bool NextLine()
        {
            if (_row == responses.Rows)
            {
                return false;
            }

            var length = 0;
            if (_row < 0)
            {
                length = Append(Header, length);
            }
            else
            {
                length = Append("2024/03/05 9:41:12 AM GMT+7,", length);
                length = Append(responses.Gender(_row), length);
                for (var q = 0; q < Questions; q++)
                {
                    _chars[length++] = ',';
                    var answer = responses.Answer(_row, q);
                    if (answer > 0)
                    {
                        length = q == Questions - 1 ? Append(Words[answer], length) : AppendDigit(answer, length);
                    }
                }

                _chars[length++] = '\r';
                _chars[length++] = '\n';
            }

            _row++;
            _lineLength = Encoding.UTF8.GetBytes(_chars, 0, length, _line, 0);
            _linePosition = 0;
            return true;
        }

        private int Append(string text, int at)
        {
            text.CopyTo(0, _chars, at, text.Length);
            return at + text.Length;
        }

        private int AppendDigit(int digit, int at)
        {
            _chars[at] = (char)('0' + digit);
            return at + 1;
        }
    }
}
