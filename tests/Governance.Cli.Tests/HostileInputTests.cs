using System.Text;

namespace Participation.Governance.Cli.Tests;

/// <summary>
/// Issue 11 at the command line: on input it cannot use the tool prints one short, escaped line and exits 2; it never
/// prints a stack trace, never echoes control or bidi characters, and stops reading endless input at its limit.
/// </summary>
public class HostileInputTests
{
    private static readonly string[] Verbs = ["calendar", "year", "words", "number", "baht", "digits", "date", "survey", "render", "check"];

    [Theory]
    [InlineData("render", "")]
    [InlineData("survey", "")]
    [InlineData("check", "")]
    public void AnEmptyFileName_IsOneLineAndExitCodeTwo(string verb, string path)
    {
        // Item 4: `render ''` and `survey ''` crashed with ArgumentException (exit 134).
        var (exitCode, _, error) = CliHarness.Run(string.Empty, [verb, path]);

        Assert.Equal(2, exitCode);
        AssertOneSafeErrorLine(error);
        Assert.Contains("the file name is empty", error);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("check")]
    public void EndlessStandardInput_IsCutAtTheLimit(string verb)
    {
        // Item 5: `cat /dev/zero | governance render -` read gigabytes before the limit applied.
        using var endless = new EndlessStream();

        var (exitCode, _, error) = CliHarness.Run(endless, [verb, "-"]);

        Assert.Equal(2, exitCode);
        AssertOneSafeErrorLine(error);
        Assert.InRange(endless.BytesRead, 1, InputFiles.MaxBytes + (1 << 20));
    }

    [Fact]
    public void AnEndlessFile_IsCutAtTheLimit()
    {
        // Item 5: `check /dev/zero`. Every Linux and macOS machine has the device; EndlessStandardInput_IsCutAtTheLimit
        // covers the same reading everywhere else.
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var (exitCode, _, error) = CliHarness.Run(string.Empty, ["check", "/dev/zero"]);

        Assert.Equal(2, exitCode);
        AssertOneSafeErrorLine(error);
    }

    [Theory]
    [InlineData("digits", "1", "--to", "klingon")]
    [InlineData("words", "1", "--style", "fancy")]
    [InlineData("baht", "1", "--style", "fancy")]
    [InlineData("year", "1", "--from", "ad", "--to", "ce")]
    [InlineData("survey", "f.csv", "--bands", "0.7")]
    public void AValueOutsideAnOptionsChoices_IsOneLine(params string[] args)
    {
        // Item 14: System.CommandLine listed the accepted values over three lines.
        var (exitCode, output, error) = CliHarness.Run(string.Empty, args);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        AssertOneSafeErrorLine(error);
        Assert.Contains(" or ", error);
    }

    [Theory]
    [InlineData("number", "\u001B[2J\u202Eหนึ่ง")]
    [InlineData("words", "\0\u001B]0;pwned\u0007")]
    [InlineData("baht", "\u2066x\u2069")]
    [InlineData("year", "\u001B[31m", "--from", "be", "--to", "ce")]
    [InlineData("date", "parse", "\u202E24 เมษายน 2563\u001B")]
    [InlineData("date", "format", "2020-13-\u001B01")]
    public void BadValues_AreEchoedEscaped(params string[] args)
    {
        // Item 13: error lines echoed NUL, ESC and U+202E to the terminal.
        var (exitCode, output, _) = CliHarness.Run(string.Empty, args);

        Assert.Equal(1, exitCode);
        AssertOneSafeErrorLine(output);
    }

    [Theory]
    [InlineData("calendar", "\u001B[2J")]
    [InlineData("\u001B[2J\u202Everb")]
    [InlineData("date", "format", "--pattern", "d/M/y \u001B\u202E 'x")]
    public void BadArguments_AreOneEscapedLineOnStandardError(params string[] args)
    {
        var (exitCode, _, error) = CliHarness.Run(string.Empty, args);

        Assert.Equal(2, exitCode);
        AssertOneSafeErrorLine(error);
    }

    [Theory]
    [InlineData("@/dev/zero")]
    [InlineData("@no-such-file")]
    [InlineData("@bad\0name")]
    public void AnArgumentStartingWithAnAt_IsAValueNotAResponseFile(string value)
    {
        // Found by the fuzz suite: System.CommandLine read "@x" as a file of arguments (endless for /dev/zero) and threw
        // ArgumentException for a name with NUL in it.
        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["digits", value, "--to", "thai"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(value + "\n", output);
    }

    [Fact]
    public void AHugePattern_GivesAShortLine()
    {
        // Item 13: a 1 MB pattern gave a 1 MB message.
        var (exitCode, _, error) = CliHarness.Run(string.Empty, ["date", "format", "2020-04-24", "--pattern", "d '" + new string('ก', 1 << 20)]);

        Assert.Equal(2, exitCode);
        AssertOneSafeErrorLine(error);
        Assert.True(error.Length < 1000, error.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void EveryFileOfTheAdversarialCorpus_IsCheckedOrRefusedInOneLine(string name)
    {
        foreach (var verb in new[] { "check", "render" })
        {
            var (exitCode, output, error) = CliHarness.Run(string.Empty, [verb, HostileCorpus.PathOf(name)]);

            Assert.InRange(exitCode, 0, 2);
            Assert.DoesNotContain("   at ", output + error);
            if (exitCode == 2)
            {
                AssertOneSafeErrorLine(error);
            }
        }
    }

    public static TheoryData<string> CorpusFiles() => [.. HostileCorpus.FileNames(".json"), .. HostileCorpus.FileNames(".txt")];

    [Fact]
    public void AJsonNameThatIsNotUnicode_IsRefusedInOneLine()
    {
        // Item 1 at the command line: check and render printed a stack trace and exited 134.
        var (exitCode, _, error) = CliHarness.Run(Encoding.UTF8.GetBytes("""{"\ud800":1}"""), ["render", "-"]);

        Assert.Equal(2, exitCode);
        AssertOneSafeErrorLine(error);
        Assert.Contains("not valid Unicode", error);
    }

    [FuzzProperty]
    public void AnyArgumentsToAnyVerb_GiveAnExitCodeNotAStackTrace(string first, string second, byte verb, byte flag)
    {
        string[] flags = ["--json", "--find", "--style", "--to", "--from", "--pattern", "--bands", "-", "--historical", "--month"];
        first = OutsideNoFolder(first);
        second = OutsideNoFolder(second);
        var args = new[] { Verbs[verb % Verbs.Length], first, flags[flag % flags.Length], second };

        var (exitCode, output, error) = CliHarness.Run(Encoding.UTF8.GetBytes(first + "\n" + second), args);

        Assert.InRange(exitCode, 0, 2);
        Assert.DoesNotContain("   at ", output + error);
        foreach (var line in (output + error).Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)))
        {
            AssertSafe(line);
        }
    }

    /// <summary>
    /// Keeps a generated argument from naming a folder outside the test's own, or a wildcard searched from one: check and
    /// survey search what they are given, as asked, and "/" or "../../../**" would search the whole machine (a long run
    /// once found "/" and spent twenty minutes listing it).
    /// </summary>
    private static string OutsideNoFolder(string argument)
    {
        var normalized = argument.Replace('\\', '/');
        var wild = normalized.IndexOfAny(['*', '?']);
        var folder = wild < 0 ? normalized : normalized.Substring(0, normalized.LastIndexOf('/', wild) + 1);
        try
        {
            var searched = wild >= 0 || Directory.Exists(normalized);
            var full = Path.GetFullPath(folder.Length == 0 ? "." : folder);
            return searched && !full.StartsWith(AppContext.BaseDirectory.TrimEnd('/', '\\'), StringComparison.Ordinal) ? "no-folder-" + argument.Length : argument;
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return argument;
        }
    }

    private static void AssertOneSafeErrorLine(string text)
    {
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        AssertSafe(lines[0]);
    }

    private static void AssertSafe(string line)
    {
        Assert.DoesNotContain(line, c => char.IsControl(c) || c is '\u202E' or '\u202D' or '\u2066' or '\u2069' or '\u2028' or '\u2029');
        Assert.True(line.Length <= 600, line.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("Exception", line);
    }

    /// <summary>A stream of zero bytes that never ends, like /dev/zero, counting what was read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
