using NodaTime;

namespace Participation.Governance.Cli.Tests;

public class NumberCommandTests
{
    [Fact]
    public void ReadsBothStylesAndDigitsMixedIn()
    {
        var (exitCode, output, error) = Run(["number", "หนึ่งร้อยยี่สิบเอ็ด", "หนึ่งร้อยเอ็ด", "หนึ่งร้อยหนึ่ง", "๒ ล้าน", "ลบสิบเอ็ด", "หนึ่งล้านล้าน"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(["121", "101", "101", "2000000", "-11", "1000000000000"], Lines(output));
        Assert.Empty(error);
    }

    [Fact]
    public void ReportsWhereReadingStoppedOnTheBadLine()
    {
        var (exitCode, output, _) = Run(["number"], "สิบ\nสองร้อยสามพัน\nห้า\n");

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Equal("10", lines[0]);
        Assert.StartsWith("error: 'สองร้อยสามพัน':", lines[1], StringComparison.Ordinal);
        Assert.Contains("position 7", lines[1], StringComparison.Ordinal);
        Assert.Equal("5", lines[2]);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static (int ExitCode, string Output, string Error) Run(string[] args, string stdin = "") => CliHarness.Run(stdin, args);
}
