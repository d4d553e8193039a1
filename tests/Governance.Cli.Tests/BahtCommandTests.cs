using NodaTime;

namespace Participation.Governance.Cli.Tests;

public class BahtCommandTests
{
    [Fact]
    public void WritesAmountsInWords()
    {
        var (exitCode, output, error) = Run(["baht", "100", "121.50", "0.25", "-11.25", "2.675", "1,000", "๑๒๑.๕๐"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            [
                "หนึ่งร้อยบาทถ้วน",
                "หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์",
                "ยี่สิบห้าสตางค์",
                "ลบสิบเอ็ดบาทยี่สิบห้าสตางค์",
                "สองบาทหกสิบแปดสตางค์",
                "หนึ่งพันบาทถ้วน",
                "หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์",
            ],
            Lines(output));
        Assert.Empty(error);
    }

    [Fact]
    public void TakesTheRoyalStyle()
    {
        var (exitCode, output, _) = Run(["baht", "101", "--style", "royal"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(["หนึ่งร้อยเอ็ดบาทถ้วน"], Lines(output));
    }

    [Fact]
    public void ReportsBadAmountsInPlace()
    {
        var (exitCode, output, _) = Run(["baht"], "5\n12,5o\n");

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal("ห้าบาทถ้วน", lines[0]);
        Assert.StartsWith("error: '12,5o' is not an amount", lines[1], StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static (int ExitCode, string Output, string Error) Run(string[] args, string stdin = "") => CliHarness.Run(stdin, args);
}
