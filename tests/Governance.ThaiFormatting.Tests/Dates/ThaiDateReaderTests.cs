using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Tests.Dates;

public class ThaiDateReaderTests
{
    private const int MaxTest = 1000;

    private static readonly LocalDate FirstDate = new(1, 1, 1);
    private static readonly int DayCount = Period.Between(FirstDate, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days;
    private static readonly Arbitrary<LocalDate> AnyDate = Gen.Choose(0, DayCount).Select(n => FirstDate.PlusDays(n)).ToArbitrary();

    public static TheoryData<string, int, int, int> WrittenForms => new()
    {
        // The forms DOMAIN.md lists.
        { "๒๔ เมษายน ๒๕๖๓", 2020, 4, 24 },
        { "วันที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓", 2020, 4, 24 },
        { "๘ เดือน พฤษภาคม พ.ศ. ๒๕๖๒", 2019, 5, 8 },
        { "1 เดือน กุมภาพันธ์ พ.ศ.2567", 2024, 2, 1 },
        { "8 พฤษภาคม พ.ศ.2562", 2019, 5, 8 },
        { "๒๔ เม.ย. ๖๓", 2020, 4, 24 },
        { "24/04/2563", 2020, 4, 24 },
        { "24/4/63", 2020, 4, 24 },
        { "วันศุกร์ที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓", 2020, 4, 24 },

        // Abbreviations with, without and with partial dots.
        { "๒๔ เมย ๖๓", 2020, 4, 24 },
        { "24 เม.ย 2563", 2020, 4, 24 },
        { "24 เม. ย. 2563", 2020, 4, 24 },
        { "๒ ธ.ค. ๖๖", 2023, 12, 2 },
        { "๒ ธค ๖๖", 2023, 12, 2 },
        { "1 มี.ค. 2566", 2023, 3, 1 },
        { "1 ม.ค. 2566", 2023, 1, 1 },
        { "15 ก.ค. 2566", 2023, 7, 15 },
        { "15 กรกฏาคม 2566", 2023, 7, 15 },

        // Era words.
        { "24 เมษายน ค.ศ. 2020", 2020, 4, 24 },
        { "24 เมษายน คศ 2020", 2020, 4, 24 },
        { "24 เมษายน คริสต์ศักราช 2020", 2020, 4, 24 },
        { "24 เมษายน พุทธศักราช ๒๕๖๓", 2020, 4, 24 },
        { "24 เมษายน ปี พ.ศ. 2563", 2020, 4, 24 },
        { "24 เมษายน พศ 2563", 2020, 4, 24 },
        { "5 มีนาคม พ.ศ. 999", 456, 3, 5 },

        // An unmarked four-digit year up to 2100 is CE, above it BE.
        { "24 เมษายน 2020", 2020, 4, 24 },
        { "24/04/2020", 2020, 4, 24 },
        { "1 มกราคม 2100", 2100, 1, 1 },
        { "1 มกราคม 2101", 1558, 1, 1 },

        // Spacing: extra spaces, none, tabs, zero-width spaces (also inside words and numbers).
        { "  ๒๔   เมษายน    ๒๕๖๓  ", 2020, 4, 24 },
        { "๒๔เมษายน๒๕๖๓", 2020, 4, 24 },
        { "วันที่\t24\tเมษายน\tพ.ศ.\t2563", 2020, 4, 24 },
        { "๒๔\u200Bเมษายน\u200B๒๕๖๓", 2020, 4, 24 },
        { "๒๔ เม\u200Bษายน ๒๕\u200B๖๓", 2020, 4, 24 },
        { "วันศุกร์ ที่ 24 เมษายน 2563", 2020, 4, 24 },
        { "24 / 4 / 63", 2020, 4, 24 },
        { "24-4-2563", 2020, 4, 24 },

        // Two-digit years are BE 2500–2599.
        { "1/1/00", 1957, 1, 1 },
        { "31 ธ.ค. 99", 2056, 12, 31 },
        { "29 ก.พ. 67", 2024, 2, 29 },
    };

    [Theory]
    [MemberData(nameof(WrittenForms))]
    public void ReadsTheFormsPeopleWrite(string text, int year, int month, int day)
    {
        var result = ThaiDateReader.Parse(text);

        Assert.True(result.Success, result.Message);
        Assert.Equal(new LocalDate(year, month, day), result.Value);
    }

    [Theory]
    [MemberData(nameof(WrittenForms))]
    public void FindsTheFormsInsideALine(string text, int year, int month, int day)
    {
        var line = "ประกาศ ณ " + text + " เป็นต้นไป";
        var result = ThaiDateReader.Find(line);

        Assert.True(result.Success, result.Message);
        Assert.Equal(new LocalDate(year, month, day), result.Value.Date);
        Assert.Equal(line.IndexOf(text.Trim(), StringComparison.Ordinal), result.Value.Index);
        Assert.Equal(text.Trim(), line.Substring(result.Value.Index, result.Value.Length));
    }

    [Fact]
    public void FindReportsWhereTheDateStarts()
    {
        const string line = "ประกาศ ณ วันที่ ๘ เดือน พฤษภาคม พ.ศ. ๒๕๖๒";
        var result = ThaiDateReader.Find(line);

        Assert.Equal(new ThaiDateMatch(new LocalDate(2019, 5, 8), 9, line.Length - 9), result.Value);
        Assert.Equal(-1, result.Position);
    }

    [Fact]
    public void FindSkipsNumbersThatAreNotDates()
    {
        const string line = "คำสั่งที่ ๙๒/๒๕๖๓ ข้อ ๒.๓.๑๐ ลงวันที่ 3 มีนาคม 2566 เวลา 10.30 น.";
        var result = ThaiDateReader.Find(line);

        Assert.Equal(new LocalDate(2023, 3, 3), result.Value.Date);
        Assert.Equal(line.IndexOf("วันที่ 3", StringComparison.Ordinal), result.Value.Index);
    }

    [Fact]
    public void FindWithoutADateFailsWithNoPosition()
    {
        var result = ThaiDateReader.Find("ไม่มีวันที่ในบรรทัดนี้ 12 คน");

        Assert.False(result.Success);
        Assert.Equal(-1, result.Position);
        Assert.Contains("No Thai date", result.Message);
    }

    [Fact]
    public void FindStopsAtTheFirstImpossibleDate()
    {
        const string line = "ประกาศ ณ วันที่ 31 เมษายน 2563 และ 1 พฤษภาคม 2563";
        var result = ThaiDateReader.Find(line);

        Assert.False(result.Success);
        Assert.Contains("31 เมษายน", result.Message);
        Assert.Equal(line.IndexOf("31", StringComparison.Ordinal), result.Position);
    }

    [Theory]
    [InlineData("31 เมษายน 2563", 0, "at most 30 days")]
    [InlineData("31 เมษายน", 0, "at most 30 days")]
    [InlineData("30 ก.พ. 2567", 0, "at most 29 days")]
    [InlineData("29 ก.พ. 2566", 8, "common year")]
    [InlineData("29/2/2566", 5, "common year")]
    [InlineData("32/1/2566", 2, "at most 31 days")]
    [InlineData("1/13/2566", 2, "Month 13")]
    [InlineData("24 เมษายน", 9, "Expected the year")]
    [InlineData("24 เมษายน 563", 10, "3 digits")]
    [InlineData("24 เมษายน 25630", 10, "BE year 25630 is outside the supported range")]
    [InlineData("24 เมษายน 1", 10, "1 digit")]
    [InlineData("24 เมษายน 25630000", 10, "or more digits")]
    [InlineData("24 April 2563", 3, "month name")]
    [InlineData("", 0, "empty")]
    [InlineData("   ", 3, "empty")]
    [InlineData("ประกาศ 24 เมษายน 2563", 0, "day of the month")]
    [InlineData("24 เมษายน 2563 เป็นต้นไป", 15, "end of the text")]
    [InlineData("124 เมษายน 2563", 0, "3-digit")]
    [InlineData("24/4/2563/1", 9, "end of the text")]
    [InlineData("24/4/563", 5, "two or four digits")]
    public void FailuresNameThePositionAndTheProblem(string text, int position, string expectedText)
    {
        var result = ThaiDateReader.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(expectedText, result.Message);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void WeekdayIsCheckedAgainstTheDate()
    {
        var result = ThaiDateReader.Parse("วันพฤหัสบดีที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓");

        Assert.False(result.Success);
        Assert.Equal(0, result.Position);
        Assert.Contains("วันพฤหัสบดี (Thursday)", result.Message);
        Assert.Contains("วันศุกร์ (Friday)", result.Message);
        Assert.Contains("2020-04-24", result.Message);
    }

    [Fact]
    public void HistoricalRuleRefusesJanuaryOf2483AndShiftsEarlierYears()
    {
        var historical = new ThaiDateReaderOptions { EraRule = BuddhistEraRule.Historical };
        var refused = ThaiDateReader.Parse("15 มกราคม พ.ศ. 2483", historical);

        Assert.False(refused.Success);
        Assert.Contains("BE 2483 ran only from 1 April to 31 December 1940", refused.Message);
        Assert.Equal(new LocalDate(1940, 1, 15), ThaiDateReader.Parse("15 มกราคม พ.ศ. 2483").Value);
        Assert.Equal(new LocalDate(1940, 1, 15), ThaiDateReader.Parse("15 มกราคม พ.ศ. 2482", historical).Value);
        Assert.Equal(new LocalDate(1940, 4, 1), ThaiDateReader.Parse("1 เมษายน พ.ศ. 2483", historical).Value);
    }

    [Theory]
    [InlineData(2500, "1/1/00", 1957)]
    [InlineData(2500, "1/1/99", 2056)]
    [InlineData(2450, "1/1/49", 2006)]
    [InlineData(2450, "1/1/50", 1907)]
    [InlineData(2450, "1/1/99", 1956)]
    [InlineData(2550, "1/1/49", 2106)]
    public void TwoDigitYearsFollowTheWindow(int windowStart, string text, int expectedCeYear)
    {
        var options = new ThaiDateReaderOptions { TwoDigitYearWindowStart = windowStart };

        Assert.Equal(expectedCeYear, ThaiDateReader.Parse(text, options).Value.Year);
    }

    [Fact]
    public void TwoDigitCeYearsUseTheShiftedWindow()
    {
        Assert.Equal(new LocalDate(2020, 4, 24), ThaiDateReader.Parse("24 เม.ย. ค.ศ. 20").Value);
        Assert.Equal(new LocalDate(1957, 4, 24), ThaiDateReader.Parse("24 เม.ย. ค.ศ. 57").Value);
    }

    [Fact]
    public void LatestUnmarkedGregorianYearIsAnOption()
    {
        var options = new ThaiDateReaderOptions { LatestUnmarkedGregorianYear = 999 };

        Assert.Equal(new LocalDate(1477, 4, 24), ThaiDateReader.Parse("24/4/2020", options).Value);
    }

    [Fact]
    public void WindowOfTwoDigitYearsRoundTripsThroughTheShortPattern()
    {
        var window = Gen.Choose(0, 36524).Select(n => new LocalDate(1957, 1, 1).PlusDays(n)).ToArbitrary();
        var thai = ThaiDatePattern.Short.WithDigits(DigitStyle.Thai);
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest),
            Prop.ForAll(window, date => ThaiDateReader.Parse(ThaiDatePattern.Short.Format(date)).Value == date && ThaiDateReader.Parse(thai.Format(date)).Value == date));
    }

    [Fact]
    public void ReadsWhatTheMarkedStandardPatternsWriteForEveryDate()
    {
        var patterns = new[]
        {
            ThaiDatePattern.Full, ThaiDatePattern.Official, ThaiDatePattern.Full.WithDigits(DigitStyle.Thai), ThaiDatePattern.Official.WithDigits(DigitStyle.Thai),
        };
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest),
            Prop.ForAll(AnyDate, date => patterns.All(p => ThaiDateReader.Parse(p.Format(date)).Value == date)));
    }

    [Fact]
    public void ReadsWhatTheUnmarkedStandardPatternsWriteForBuddhistYearsAbove2100AndFiveDigitYears()
    {
        var dates = Gen.Choose(0, Period.Between(new LocalDate(1558, 1, 1), LocalDate.MaxIsoValue, PeriodUnits.Days).Days)
            .Select(n => new LocalDate(1558, 1, 1).PlusDays(n)).ToArbitrary();
        var patterns = new[]
        {
            ThaiDatePattern.Long, ThaiDatePattern.Medium, ThaiDatePattern.Long.WithDigits(DigitStyle.Thai), ThaiDatePattern.Medium.WithDigits(DigitStyle.Thai),
        };
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest),
            Prop.ForAll(dates, date => patterns.All(p => ThaiDateReader.Parse(p.Format(date)).Value == date)));
    }

    [Fact]
    public void FindsAFormattedDateInsideNoise()
    {
        var noise = Gen.Elements("ประกาศ ณ ", "เลขที่ 12 ", "", "ข้อ ๑.๒ ", "วันนี้ ");
        var input = Gen.Choose(0, DayCount).Zip(noise).Select(t => (Date: FirstDate.PlusDays(t.Item1), Prefix: t.Item2)).ToArbitrary();
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest),
            Prop.ForAll(input, x =>
            {
                var text = ThaiDatePattern.Official.WithDigits(DigitStyle.Thai).Format(x.Date);
                var match = ThaiDateReader.Find(x.Prefix + text + " แล้ว 5 วัน");
                return match.Value == new ThaiDateMatch(x.Date, x.Prefix.Length, text.Length);
            }));
    }

    [Fact]
    public void ReadingArbitraryTextNeverThrows()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest),
            Prop.ForAll(ThaiishText.Arbitrary, text => IsWellFormed(ThaiDateReader.Parse(text), text) && IsWellFormed(ThaiDateReader.Find(text), text)));
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest),
            Prop.ForAll(ThaiishText.AnyString, text => IsWellFormed(ThaiDateReader.Parse(text), text) && IsWellFormed(ThaiDateReader.Find(text), text)));
    }

    [Fact]
    public void LongHostileLinesAreReadInOnePass()
    {
        // Many almost-dates in a row: each start is tried once and each try reads a few parts.
        var line = string.Concat(Enumerable.Repeat("วันที่ 1 เดือน ", 20000)) + new string(' ', 100000) + string.Concat(Enumerable.Repeat("๑๒๓๔๕๖๗", 20000));

        var result = ThaiDateReader.Find(line);

        Assert.False(result.Success);
        Assert.False(ThaiDateReader.Parse(line).Success);
    }

    [Theory]
    [InlineData("29 กุมภาพันธ์ 10539", 9996, 2, 29)]
    [InlineData("๓๑ ธ.ค. ๑๐๕๔๒", 9999, 12, 31)]
    [InlineData("1 มกราคม 10000", 9457, 1, 1)]
    public void ReadsFiveDigitBuddhistYearsAsIcuWritesThem(string text, int year, int month, int day)
    {
        // Issue 11, item 9: what ICU writes for CE 9457–9999 could not be read back.
        Assert.Equal(new LocalDate(year, month, day), ThaiDateReader.Parse(text).Value);
        Assert.Equal(new LocalDate(year, month, day), ThaiDateReader.Find("ประกาศ ณ วันที่ " + text).Value.Date);
        Assert.Contains("10542", ThaiDateReader.Parse("1 มกราคม 10543").Message);
    }

    [Theory]
    [InlineData("ว\u200Bันพฤหัสบดีที่ 24 เมษายน พ.ศ. 2563")]
    [InlineData("วั\u200Bนพฤหัสบดีที่ 24 เมษายน พ.ศ. 2563")]
    [InlineData("ประกาศ ว\u00ADันพฤหัสบดีที่ 24 เมษายน พ.ศ. 2563")]
    public void FindChecksAWeekdayWrittenWithAZeroWidthCharacterAsParseDoes(string line)
    {
        // Issue 11, item 10: Find skipped such a weekday and accepted the date after it.
        var found = ThaiDateReader.Find(line);

        Assert.False(found.Success);
        Assert.Contains("วันศุกร์", found.Message);
        Assert.False(ThaiDateReader.Parse(line.Replace("ประกาศ ", string.Empty, StringComparison.Ordinal)).Success);
    }

    [FuzzProperty]
    public bool FindAndParseAgreeOnAWholeDate(LocalDate date, bool zeroWidth)
    {
        var text = ThaiDatePattern.Full.Format(date.Year < 1 ? new LocalDate(1, 1, 1) : date);
        if (zeroWidth)
        {
            text = text.Insert(1, "\u200B");
        }

        var parsed = ThaiDateReader.Parse(text);
        var found = ThaiDateReader.Find(text);
        return parsed.Success == found.Success && (!parsed.Success || (found.Value.Date == parsed.Value && found.Value.Index == 0));
    }

    [Fact]
    public void NullTextThrows()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiDateReader.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => ThaiDateReader.Find((string)null!));
    }

    private static bool IsWellFormed<T>(Participation.Governance.Text.ParseOutcome<T> result, string text)
        => result.Success || (result.Message.Length > 0 && result.Position >= -1 && result.Position <= text.Length);
}
