using NodaTime;

namespace Participation.Governance.Cli.Tests;

public class WordsCommandTests
{
    [Fact]
    public void SpellsArgumentsInTheCommonStyleByDefault()
    {
        var (exitCode, output, error) = Run(["words", "121", "101", "-5", "1,000,001", "๒๑", "0.25"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(["หนึ่งร้อยยี่สิบเอ็ด", "หนึ่งร้อยหนึ่ง", "ลบห้า", "หนึ่งล้านหนึ่ง", "ยี่สิบเอ็ด", "ศูนย์จุดสองห้า"], Lines(output));
        Assert.Empty(error);
    }

    [Fact]
    public void RoyalStyleWritesเอ็ดAfterAnyHigherDigit()
    {
        var (exitCode, output, _) = Run(["words", "101", "1000001", "--style", "royal"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(["หนึ่งร้อยเอ็ด", "หนึ่งล้านเอ็ด"], Lines(output));
    }

    [Fact]
    public void ReadsStandardInputAndReportsBadLinesInPlace()
    {
        var (exitCode, output, _) = Run(["words"], "11\nabc\n8\n");

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Equal("สิบเอ็ด", lines[0]);
        Assert.StartsWith("error: 'abc' is not a number", lines[1], StringComparison.Ordinal);
        Assert.Equal("แปด", lines[2]);
    }

    [Fact]
    public void RejectsAnUnknownStyle()
    {
        var (exitCode, output, error) = Run(["words", "1", "--style", "fancy"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static (int ExitCode, string Output, string Error) Run(string[] args, string stdin = "") => CliHarness.Run(stdin, args);
}
