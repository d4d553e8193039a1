using System.Text;
using System.Text.Json;

namespace Participation.Governance.Cli.Tests;

/// <summary>The batch rule: one line out per line in, in order, as soon as it is ready; errors in place, and on standard error on request.</summary>
public sealed class BatchTests
{
    public static TheoryData<string[], string> BatchVerbs => new()
    {
        { ["words"], "12x" },
        { ["number"], "สิบสองเอ็กซ์" },
        { ["baht"], "12x" },
        { ["year", "--from", "be", "--to", "ce"], "25x" },
        { ["date", "format"], "2020-02-30" },
        { ["date", "parse"], "31 เมษายน 2563" },
    };

    [Theory]
    [MemberData(nameof(BatchVerbs))]
    public void A_failed_line_stays_in_place_and_goes_to_standard_error_too_on_request(string[] verb, string bad)
    {
        var input = $"{Good(verb)}\n{bad}\n{Good(verb)}\n";

        var (plainExit, plain, plainError) = CliHarness.Run(input, [.. verb, "--lang", "en"]);
        var (exitCode, output, error) = CliHarness.Run(input, [.. verb, "--lang", "en", "--errors-to-stderr"]);

        var lines = output.Split('\n');
        Assert.Equal((1, 1), (plainExit, exitCode));
        Assert.Equal(plain, output);
        Assert.Empty(plainError);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("error: ", lines[1], StringComparison.Ordinal);
        Assert.Equal(lines[0], lines[2]);
        Assert.Equal(lines[1] + "\n", error);
    }

    [Theory]
    [MemberData(nameof(BatchVerbs))]
    public void Json_gives_one_object_per_line_with_the_input_and_the_output_or_the_error(string[] verb, string bad)
    {
        var (exitCode, output, _) = CliHarness.Run($"{Good(verb)}\n{bad}\n", [.. verb, "--json", "--lang", "en"]);
        var (_, text, _) = CliHarness.Run($"{Good(verb)}\n{bad}\n", [.. verb, "--lang", "en"]);

        Assert.Equal(1, exitCode);
        var lines = output.TrimEnd('\n').Split('\n');
        var textLines = text.TrimEnd('\n').Split('\n');
        using var good = JsonDocument.Parse(lines[0]);
        using var failed = JsonDocument.Parse(lines[1]);
        Assert.Equal(Good(verb), good.RootElement.GetProperty("input").GetString());
        Assert.Equal(textLines[0], good.RootElement.GetProperty("output").ToString());
        Assert.Equal(bad, failed.RootElement.GetProperty("input").GetString());
        Assert.Equal(textLines[1], "error: " + failed.RootElement.GetProperty("error").GetString());
        Assert.False(failed.RootElement.TryGetProperty("output", out _));
    }

    [Fact]
    public void Thai_messages_for_the_tools_own_errors()
    {
        var (_, output, _) = CliHarness.Run("12x\n", ["words", "--lang", "th"]);

        Assert.Equal("ข้อผิดพลาด: '12x' ไม่ใช่ตัวเลข (ต้องเป็นตัวเลข เช่น 121, -5, 1,000,001, 0.25 หรือ ๑๐๑)\n", output);
    }

    [Fact]
    public void Json_escapes_what_would_break_the_line_and_keeps_Thai_readable()
    {
        var (_, output, _) = CliHarness.Run(string.Empty, ["digits", "ข้อ 1\u2028\"2\"", "--to", "thai", "--json"]);

        Assert.Equal(1, output.Count(c => c == '\n'));
        using var json = JsonDocument.Parse(output);
        Assert.Equal("ข้อ ๑\u2028\"๒\"", json.RootElement.GetProperty("output").GetString());
        Assert.Contains("ข้อ ๑", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_answer_is_flushed_before_the_next_line_is_waited_for()
    {
        // Standard input that, at each read, records what standard output has received so far: each answer must be out
        // before the tool asks for more input, as a person at a terminal or a script holding the pipe open needs.
        var output = new FlushRecordingWriter();
        var input = new RecordingInput(["100\n", "12x\n", "0.25\n"], output);

        var exitCode = Program.Run(["baht", "--lang", "en"], new CliConsole(input, output, new StringWriter(), () => CliHarness.Today));

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                string.Empty,
                "หนึ่งร้อยบาทถ้วน\n",
                "หนึ่งร้อยบาทถ้วน\nerror: '12x' is not an amount (expected digits with an optional point, such as 121.50, -11.25, 1,000 or ๑๒๑.๕๐).\n",
                "หนึ่งร้อยบาทถ้วน\nerror: '12x' is not an amount (expected digits with an optional point, such as 121.50, -11.25, 1,000 or ๑๒๑.๕๐).\nยี่สิบห้าสตางค์\n",
            ],
            input.FlushedAtEachRead);
    }

    [Fact]
    public void A_fast_input_is_not_flushed_line_by_line()
    {
        // A million short lines arrive in a few large reads: flushes follow the reads, not the lines.
        var lines = string.Concat(Enumerable.Repeat("1\n", 100_000));
        var output = new FlushRecordingWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(lines));

        var exitCode = Program.Run(["digits", "--to", "thai"], new CliConsole(input, output, new StringWriter(), () => CliHarness.Today));

        Assert.Equal(0, exitCode);
        Assert.Equal(100_000, output.Text.Count(c => c == '\n'));
        Assert.InRange(output.Flushes, 1, 10);
    }

    private static string Good(string[] verb) => verb switch
    {
        ["number", ..] => "สิบสอง",
        ["year", ..] => "2563",
        ["date", "format"] => "2020-04-24",
        ["date", "parse"] => "24 เมษายน 2563",
        _ => "12",
    };

    /// <summary>Standard output that keeps what was flushed apart from what is still buffered.</summary>
    private sealed class FlushRecordingWriter : TextWriter
    {
        private readonly StringBuilder _buffered = new();
        private readonly StringBuilder _flushed = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Flushed => _flushed.ToString();

        public string Text => _flushed.ToString() + _buffered;

        public int Flushes { get; private set; }

        public override void Write(char value) => _buffered.Append(value);

        public override void Write(string? value) => _buffered.Append(value);

        public override void Flush()
        {
            _flushed.Append(_buffered);
            _buffered.Clear();
            Flushes++;
        }
    }

    /// <summary>Standard input that hands out one line per read, as a person typing does, noting what was flushed by then.</summary>
    private sealed class RecordingInput(string[] lines, FlushRecordingWriter output) : Stream
    {
        private int _next;

        public List<string> FlushedAtEachRead { get; } = [];

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            FlushedAtEachRead.Add(output.Flushed);
            if (_next == lines.Length)
            {
                return 0;
            }

            var bytes = Encoding.UTF8.GetBytes(lines[_next++]);
            bytes.CopyTo(buffer, offset);
            return bytes.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
