using System.Text.Json;
using NodaTime;

namespace Participation.Governance.Cli.Tests;

public class CalendarCommandTests
{
    [Fact]
    public void Json_KeepsTheEarlierShapeAndAddsTheRoundsTheScheduleAndToday()
    {
        var (exitCode, output, error) = Run(new LocalDate(2020, 2, 10), "calendar", "2563", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "{\"fiscalYear\":2563,\"start\":\"2019-10-01\",\"end\":\"2020-09-30\",\"quarters\":["
            + "{\"number\":1,\"start\":\"2019-10-01\",\"end\":\"2019-12-31\"},"
            + "{\"number\":2,\"start\":\"2020-01-01\",\"end\":\"2020-03-31\"},"
            + "{\"number\":3,\"start\":\"2020-04-01\",\"end\":\"2020-06-30\"},"
            + "{\"number\":4,\"start\":\"2020-07-01\",\"end\":\"2020-09-30\"}],"
            + "\"reportsDue\":[\"2020-03-31\",\"2020-09-30\"],"
            + "\"firstHalf\":{\"start\":\"2019-10-01\",\"end\":\"2020-03-31\"},"
            + "\"secondHalf\":{\"start\":\"2020-04-01\",\"end\":\"2020-09-30\"},"
            + "\"schedule\":\"semiannual\",\"today\":\"2020-02-10\",\"currentQuarter\":2,\"currentHalf\":1,\"nextReportDue\":\"2020-03-31\"}\n",
            output);
    }

    [Theory]
    [InlineData("quarterly", "[\"2019-12-31\",\"2020-03-31\",\"2020-06-30\",\"2020-09-30\"]")]
    [InlineData("semiannual", "[\"2020-03-31\",\"2020-09-30\"]")]
    [InlineData("annual", "[\"2020-09-30\"]")]
    public void TheScheduleChoosesTheDueDates(string schedule, string dueDates)
    {
        var (exitCode, output, _) = Run("calendar", "2563", "--schedule", schedule, "--json");

        Assert.Equal(0, exitCode);
        Assert.Contains($"\"reportsDue\":{dueDates},", output, StringComparison.Ordinal);
        Assert.Contains($"\"schedule\":\"{schedule}\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_ShowsTheYearInOfficialThaiDatesWithTodayMarked()
    {
        var (exitCode, output, error) = Run(new LocalDate(2020, 2, 10), "calendar", "2563", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "Fiscal year BE 2563: 1 ตุลาคม พ.ศ. 2562 – 30 กันยายน พ.ศ. 2563  ← now\n"
            + "  Q1: 1 ตุลาคม พ.ศ. 2562 – 31 ธันวาคม พ.ศ. 2562\n"
            + "  Q2: 1 มกราคม พ.ศ. 2563 – 31 มีนาคม พ.ศ. 2563  ← now\n"
            + "  Q3: 1 เมษายน พ.ศ. 2563 – 30 มิถุนายน พ.ศ. 2563\n"
            + "  Q4: 1 กรกฎาคม พ.ศ. 2563 – 30 กันยายน พ.ศ. 2563\n"
            + "  first six-month round: 1 ตุลาคม พ.ศ. 2562 – 31 มีนาคม พ.ศ. 2563  ← now\n"
            + "  second six-month round: 1 เมษายน พ.ศ. 2563 – 30 กันยายน พ.ศ. 2563\n"
            + "Reports due, semi-annual: 31 มีนาคม พ.ศ. 2563 (next), 30 กันยายน พ.ศ. 2563\n"
            + "Today, 10 กุมภาพันธ์ พ.ศ. 2563: next report due 31 มีนาคม พ.ศ. 2563, in 50 days\n",
            output);
    }

    [Fact]
    public void Text_InThaiWithThaiDigits_IsHowAgencyStaffWriteIt()
    {
        var (exitCode, output, _) = Run(new LocalDate(2020, 5, 1), "calendar", "๒๕๖๓", "--lang", "th", "--digits", "thai", "--schedule", "quarterly");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "ปีงบประมาณ พ.ศ. ๒๕๖๓: ๑ ตุลาคม พ.ศ. ๒๕๖๒ – ๓๐ กันยายน พ.ศ. ๒๕๖๓  ← ปัจจุบัน\n"
            + "  ไตรมาสที่ ๑: ๑ ตุลาคม พ.ศ. ๒๕๖๒ – ๓๑ ธันวาคม พ.ศ. ๒๕๖๒\n"
            + "  ไตรมาสที่ ๒: ๑ มกราคม พ.ศ. ๒๕๖๓ – ๓๑ มีนาคม พ.ศ. ๒๕๖๓\n"
            + "  ไตรมาสที่ ๓: ๑ เมษายน พ.ศ. ๒๕๖๓ – ๓๐ มิถุนายน พ.ศ. ๒๕๖๓  ← ปัจจุบัน\n"
            + "  ไตรมาสที่ ๔: ๑ กรกฎาคม พ.ศ. ๒๕๖๓ – ๓๐ กันยายน พ.ศ. ๒๕๖๓\n"
            + "  รอบ ๖ เดือนแรก: ๑ ตุลาคม พ.ศ. ๒๕๖๒ – ๓๑ มีนาคม พ.ศ. ๒๕๖๓\n"
            + "  รอบ ๖ เดือนหลัง: ๑ เมษายน พ.ศ. ๒๕๖๓ – ๓๐ กันยายน พ.ศ. ๒๕๖๓  ← ปัจจุบัน\n"
            + "กำหนดรายงานผล รายไตรมาส: ๓๑ ธันวาคม พ.ศ. ๒๕๖๒ (ผ่านแล้ว), ๓๑ มีนาคม พ.ศ. ๒๕๖๓ (ผ่านแล้ว), ๓๐ มิถุนายน พ.ศ. ๒๕๖๓ (ครั้งถัดไป), ๓๐ กันยายน พ.ศ. ๒๕๖๓\n"
            + "วันนี้ ๑ พฤษภาคม พ.ศ. ๒๕๖๓: รายงานครั้งถัดไป ๓๐ มิถุนายน พ.ศ. ๒๕๖๓ อีก ๖๐ วัน\n",
            output);
    }

    [Theory]
    [InlineData(2020, 3, 31, "en", "Today, 31 มีนาคม พ.ศ. 2563: a report is due today")]
    [InlineData(2020, 3, 30, "en", "Today, 30 มีนาคม พ.ศ. 2563: next report due 31 มีนาคม พ.ศ. 2563, in 1 day")]
    [InlineData(2020, 9, 30, "th", "วันนี้ 30 กันยายน พ.ศ. 2563: ครบกำหนดรายงานผลวันนี้")]
    [InlineData(2020, 10, 1, "en", "Today, 1 ตุลาคม พ.ศ. 2563, is in fiscal year BE 2564")]
    [InlineData(2019, 9, 30, "th", "วันนี้ 30 กันยายน พ.ศ. 2562 อยู่ในปีงบประมาณ พ.ศ. 2562")]
    public void TheLastLineSaysWhereTodayFalls(int year, int month, int day, string language, string expected)
    {
        var (_, output, _) = Run(new LocalDate(year, month, day), "calendar", "2563", "--lang", language);

        Assert.Equal(expected, output.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void TodayOutsideTheYear_HasNoCurrentQuarterOrHalf()
    {
        var (_, output, _) = Run(new LocalDate(2021, 1, 5), "calendar", "2563", "--json");

        Assert.EndsWith("\"today\":\"2021-01-05\",\"currentQuarter\":null,\"currentHalf\":null,\"nextReportDue\":null}\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("←", Run(new LocalDate(2021, 1, 5), "calendar", "2563").Out, StringComparison.Ordinal);
    }

    [Property(MaxTest = 50)]
    public bool TheHistoricalRuleChangesNothingInAnyFiscalYear(PositiveInt offset)
    {
        // Fiscal years begin in BE 2504 (1960), after the two rules agree: --historical is accepted, as on every verb that
        // writes BE years, and writes the same.
        var year = (2504 + (offset.Get % 500)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Run("calendar", year).Out == Run("calendar", year, "--historical").Out;
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
        Assert.Equal("ข้อผิดพลาด: วันนี้ (1950-01-01) อยู่นอกช่วงปีงบประมาณที่รองรับ ให้ระบุปีงบประมาณ เช่น 2563\n", Run(new LocalDate(1950, 1, 1), "calendar", "--lang", "th").Error);
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

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => Run(CliHarness.Today, [.. args, "--lang", "en"]);

    private static (int ExitCode, string Out, string Error) Run(LocalDate today, params string[] args) => CliHarness.Run(string.Empty, args, today);
}
