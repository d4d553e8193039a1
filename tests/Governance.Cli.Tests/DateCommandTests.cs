using NodaTime;

namespace Participation.Governance.Cli.Tests;

public class DateCommandTests
{
    [Fact]
    public void FormatWritesTheOfficialPatternByDefault()
    {
        var (exitCode, output, error) = Run(["date", "format", "2020-04-24", "2024-02-01"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(["24 เมษายน พ.ศ. 2563", "1 กุมภาพันธ์ พ.ศ. 2567"], Lines(output));
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("full", "วันศุกร์ที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓")]
    [InlineData("long", "๒๔ เมษายน ๒๕๖๓")]
    [InlineData("medium", "๒๔ เม.ย. ๒๕๖๓")]
    [InlineData("short", "๒๔/๔/๖๓")]
    [InlineData("official", "๒๔ เมษายน พ.ศ. ๒๕๖๓")]
    [InlineData("dd/MM/yyyy", "๒๔/๐๔/๒๕๖๓")]
    [InlineData("d MMMM 'ค.ศ.' u", "๒๔ เมษายน ค.ศ. ๒๐๒๐")]
    public void FormatTakesAStandardOrCustomPatternAndThaiDigits(string pattern, string expected)
    {
        var (exitCode, output, _) = Run(["date", "format", "2020-04-24", "--pattern", pattern, "--thai-digits"]);

        Assert.Equal(0, exitCode);
        Assert.Equal([expected], Lines(output));
    }

    [Fact]
    public void FormatAppliesTheHistoricalRule()
    {
        var (_, modern, _) = Run(["date", "format", "1940-01-15"]);
        var (_, historical, _) = Run(["date", "format", "1940-01-15", "--historical"]);

        Assert.Equal(["15 มกราคม พ.ศ. 2483"], Lines(modern));
        Assert.Equal(["15 มกราคม พ.ศ. 2482"], Lines(historical));
    }

    [Fact]
    public void FormatReadsStandardInputAndReportsBadLinesInPlace()
    {
        var (exitCode, output, _) = Run(["date", "format", "-p", "medium"], "2020-04-24\n2020-02-30\nnot a date\n2023-12-02\n");

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(4, lines.Length);
        Assert.Equal("24 เม.ย. 2563", lines[0]);
        Assert.StartsWith("error: '2020-02-30' is not an ISO date", lines[1]);
        Assert.StartsWith("error: 'not a date' is not an ISO date", lines[2]);
        Assert.Equal("2 ธ.ค. 2566", lines[3]);
    }

    [Fact]
    public void AnInvalidCustomPatternIsAUsageError()
    {
        var (exitCode, output, error) = Run(["date", "format", "2020-04-24", "--pattern", "d MMMM x"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("error: --pattern \"d MMMM x\"", error);
        Assert.Contains("position 7", error);
    }

    [Fact]
    public void ParsePrintsIsoDates()
    {
        var (exitCode, output, error) = Run(["date", "parse", "๒๔ เมษายน ๒๕๖๓", "วันที่ 1 เดือน กุมภาพันธ์ พ.ศ.2567", "๒ ธ.ค. ๖๖", "24/4/63"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(["2020-04-24", "2024-02-01", "2023-12-02", "2020-04-24"], Lines(output));
        Assert.Empty(error);
    }

    [Fact]
    public void ParseReadsStandardInputAndReportsBadLinesInPlace()
    {
        var (exitCode, output, _) = Run(["date", "parse"], "๒๔ เมษายน ๒๕๖๓\n31 เมษายน 2563\nวันพฤหัสบดีที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓\n");

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Equal("2020-04-24", lines[0]);
        Assert.StartsWith("error: 31 เมษายน does not exist", lines[1]);
        Assert.Contains("วันศุกร์", lines[2]);
    }

    [Fact]
    public void ParseFindsADateInsideALineOnRequest()
    {
        const string line = "ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๖";
        var (wholeExit, whole, _) = Run(["date", "parse", line]);
        var (findExit, found, _) = Run(["date", "parse", "--find", line]);

        Assert.Equal(1, wholeExit);
        Assert.StartsWith("error: ", Lines(whole)[0]);
        Assert.Equal(0, findExit);
        Assert.Equal(["2023-10-15"], Lines(found));
    }

    [Fact]
    public void ParseAppliesTheHistoricalRule()
    {
        var (exitCode, output, _) = Run(["date", "parse", "--historical", "15 มกราคม พ.ศ. 2482", "15 มกราคม พ.ศ. 2483"]);

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal("1940-01-15", lines[0]);
        Assert.Contains("historical rule", lines[1]);
    }

    [Fact]
    public void FormatThenParseRoundTrips()
    {
        var dates = Gen.Choose(0, 36524).Select(n => new LocalDate(1957, 1, 1).PlusDays(n).ToString("yyyy-MM-dd", null)).ToArbitrary();
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(100),
            Prop.ForAll(dates, iso =>
            {
                var (_, thai, _) = Run(["date", "format", iso, "--pattern", "full", "--thai-digits"]);
                var (_, back, _) = Run(["date", "parse", thai.TrimEnd('\n')]);
                return back == iso + "\n";
            }));
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static (int ExitCode, string Output, string Error) Run(string[] args, string stdin = "") => CliHarness.Run(stdin, args);
}
