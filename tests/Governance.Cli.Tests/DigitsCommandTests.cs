using System.Globalization;
using NodaTime;

namespace Participation.Governance.Cli.Tests;

public class DigitsCommandTests
{
    [Fact]
    public void ConvertsToThaiAndBack()
    {
        var (exitCode, output, _) = Run(["digits", "ที่ 92/2563", "ข้อ 1.1", "--to", "thai"]);
        Assert.Equal(0, exitCode);
        Assert.Equal(["ที่ ๙๒/๒๕๖๓", "ข้อ ๑.๑"], Lines(output));

        (exitCode, output, _) = Run(["digits", "--to", "arabic"], "ที่ ๙๒/๒๕๖๓\n");
        Assert.Equal(0, exitCode);
        Assert.Equal(["ที่ 92/2563"], Lines(output));
    }

    [Fact]
    public void RequiresTheTargetDigits()
    {
        var (exitCode, output, error) = Run(["digits", "12"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void StreamsStandardInputLineByLine()
    {
        // The reader hands out line n only after line n - 2 has been written, so a verb that buffered its
        // input (or its output) before converting would make the reader fail.
        const int count = 50_000;
        var output = new CountingWriter();
        var input = new LockstepStream(count, output);
        var exitCode = Program.Run(["digits", "--to", "thai"], new CliConsole(input, output, new StringWriter(), () => CliHarness.Today));

        Assert.Equal(0, exitCode);
        Assert.Null(input.Failure);
        Assert.Equal(count, output.Lines);
        Assert.Equal("ข้อ ๔๙๙๙๙", output.LastLine);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static (int ExitCode, string Output, string Error) Run(string[] args, string stdin = "") => CliHarness.Run(stdin, args);

    private sealed class CountingWriter : TextWriter
    {
        private readonly System.Text.StringBuilder _current = new();

        public int Lines { get; private set; }

        public string? LastLine { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                LastLine = _current.ToString();
                _current.Clear();
                Lines++;
            }
            else if (value != '\r')
            {
                _current.Append(value);
            }
        }
    }

    /// <summary>Standard input that hands out one line per read, as a pipe fed by a slow writer does.</summary>
    private sealed class LockstepStream(int count, CountingWriter output) : Stream
    {
        private int _next;

        public string? Failure { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count1)
        {
            if (_next == count)
            {
                return 0;
            }

            if (output.Lines < _next - 1)
            {
                Failure ??= $"line {_next} was requested before line {_next - 2} was written";
            }

            var line = System.Text.Encoding.UTF8.GetBytes("ข้อ " + (_next++).ToString(CultureInfo.InvariantCulture) + "\n");
            line.CopyTo(buffer, offset);
            return line.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count1) => throw new NotSupportedException();
    }
}
