using System.Text.Json;
using NodaTime;

namespace Participation.Governance.Cli.Tests;

public class CalendarCommandTests
{
    [Fact]
    public void Json_IsExactlyTheIssuesShape()
    {
        var (exitCode, output, error) = Run("calendar", "2563", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "{\"fiscalYear\":2563,\"start\":\"2019-10-01\",\"end\":\"2020-09-30\",\"quarters\":["
            + "{\"number\":1,\"start\":\"2019-10-01\",\"end\":\"2019-12-31\"},"
            + "{\"number\":2,\"start\":\"2020-01-01\",\"end\":\"2020-03-31\"},"
            + "{\"number\":3,\"start\":\"2020-04-01\",\"end\":\"2020-06-30\"},"
            + "{\"number\":4,\"start\":\"2020-07-01\",\"end\":\"2020-09-30\"}],"
            + "\"reportsDue\":[\"2020-03-31\",\"2020-09-30\"]}\n",
            output);
    }

    [Fact]
    public void Text_ShowsYearQuartersSixMonthPeriodAndDueDates()
    {
        var (exitCode, output, error) = Run("calendar", "2563");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "Fiscal year 2563 (ปีงบประมาณ พ.ศ. 2563): 2019-10-01 – 2020-09-30\n"
            + "  Q1 (ไตรมาส 1): 2019-10-01 – 2019-12-31\n"
            + "  Q2 (ไตรมาส 2): 2020-01-01 – 2020-03-31\n"
            + "  Q3 (ไตรมาส 3): 2020-04-01 – 2020-06-30\n"
            + "  Q4 (ไตรมาส 4): 2020-07-01 – 2020-09-30\n"
            + "Six-month period (รอบ 6 เดือน): 2019-10-01 – 2020-03-31\n"
            + "Reports due, semi-annual (กำหนดรายงานผล): 2020-03-31, 2020-09-30\n",
            output);
    }

    [Fact]
    public void DefaultsToTheFiscalYearContainingToday()
    {
        // The test clock says 2026-11-22, which is in fiscal year 2570 (from 2026-10-01).
        var (exitCode, output, _) = Run("calendar", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2570, json.RootElement.GetProperty("fiscalYear").GetInt32());
        Assert.Equal("2026-10-01", json.RootElement.GetProperty("start").GetString());
    }

    [Fact]
    public void DefaultFollowsTheClockAcrossTheFirstOfOctober()
    {
        var (_, before, _) = Run(new LocalDate(2020, 9, 30), "calendar", "--json");
        var (_, after, _) = Run(new LocalDate(2020, 10, 1), "calendar", "--json");

        Assert.StartsWith("{\"fiscalYear\":2563,", before);
        Assert.StartsWith("{\"fiscalYear\":2564,", after);
    }

    [Fact]
    public void ATodayBeforeFiscalYear2504_AsksForAnExplicitYear()
    {
        var (exitCode, output, error) = Run(new LocalDate(1950, 1, 1), "calendar");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: today (1950-01-01) is outside the supported fiscal years; give the fiscal year, such as 2563.\n", error);
    }

    [Fact]
    public void ThaiDigits_AreAccepted()
        => Assert.StartsWith("{\"fiscalYear\":2563,", Run("calendar", "๒๕๖๓", "--json").Out);

    [Theory]
    [InlineData("2503", "Fiscal year 2503 is not supported")]
    [InlineData("abc", "'abc' is not a fiscal year")]
    [InlineData("2563Q1", "found 'Q'")]
    public void BadFiscalYears_AreOneLineOnStandardErrorWithExitCodeTwo(string year, string message)
    {
        var (exitCode, output, error) = Run("calendar", year);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", error);
        Assert.Contains(message, error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void EveryFiscalYear_GivesJsonWhoseQuartersTileTheYear()
        => Prop.ForAll(Gen.Choose(2504, 10542).ToArbitrary(), year =>
        {
            var (exitCode, output, _) = Run("calendar", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            var quarters = root.GetProperty("quarters").EnumerateArray().ToList();
            var reportsDue = root.GetProperty("reportsDue").EnumerateArray().Select(d => d.GetString()).ToList();
            return exitCode == 0
                && root.GetProperty("fiscalYear").GetInt32() == year
                && quarters.Count == 4
                && quarters[0].GetProperty("start").GetString() == root.GetProperty("start").GetString()
                && quarters[3].GetProperty("end").GetString() == root.GetProperty("end").GetString()
                && reportsDue.SequenceEqual(new[] { quarters[1].GetProperty("end").GetString(), quarters[3].GetProperty("end").GetString() })
                && root.GetProperty("end").GetString() == $"{year - 543:D4}-09-30";
        }).QuickCheckThrowOnFailure();

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => Run(CliHarness.Today, args);

    private static (int ExitCode, string Out, string Error) Run(LocalDate today, params string[] args) => CliHarness.Run(string.Empty, args, today);
}
