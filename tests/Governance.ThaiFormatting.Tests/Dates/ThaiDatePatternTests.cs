using System.Text;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Tests.Fuzz;

namespace Participation.Governance.ThaiFormatting.Tests.Dates;

public class ThaiDatePatternTests
{
    private const int MaxTest = 1000;

    private static readonly LocalDate FirstDate = new(1, 1, 1);
    private static readonly int DayCount = Period.Between(FirstDate, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days;

    /// <summary>Dates inside the two-digit-year window, BE 2500–2599 (CE 1957–2056).</summary>
    private static readonly Arbitrary<LocalDate> WindowDate = Gen.Choose(0, Period.Between(new LocalDate(1957, 1, 1), new LocalDate(2056, 12, 31), PeriodUnits.Days).Days)
        .Select(n => new LocalDate(1957, 1, 1).PlusDays(n)).ToArbitrary();

    private static readonly ThaiDatePattern[] FourDigitYearPatterns =
    [
        ThaiDatePattern.Full, ThaiDatePattern.Long, ThaiDatePattern.Medium, ThaiDatePattern.Official,
        ThaiDatePattern.Full.WithDigits(DigitStyle.Thai), ThaiDatePattern.Long.WithDigits(DigitStyle.Thai),
        ThaiDatePattern.Medium.WithDigits(DigitStyle.Thai), ThaiDatePattern.Official.WithDigits(DigitStyle.Thai),
    ];

    public static TheoryData<string, int, int, int, string, string> StandardGoldens => new()
    {
        // ICU th-TH (Buddhist calendar) output, and the same with Thai digits.
        { "full", 2020, 4, 24, "วันศุกร์ที่ 24 เมษายน พ.ศ. 2563", "วันศุกร์ที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓" },
        { "long", 2020, 4, 24, "24 เมษายน 2563", "๒๔ เมษายน ๒๕๖๓" },
        { "medium", 2020, 4, 24, "24 เม.ย. 2563", "๒๔ เม.ย. ๒๕๖๓" },
        { "short", 2020, 4, 24, "24/4/63", "๒๔/๔/๖๓" },
        { "official", 2020, 4, 24, "24 เมษายน พ.ศ. 2563", "๒๔ เมษายน พ.ศ. ๒๕๖๓" },

        // One-digit day and month.
        { "full", 2024, 2, 1, "วันพฤหัสบดีที่ 1 กุมภาพันธ์ พ.ศ. 2567", "วันพฤหัสบดีที่ ๑ กุมภาพันธ์ พ.ศ. ๒๕๖๗" },
        { "long", 2024, 2, 1, "1 กุมภาพันธ์ 2567", "๑ กุมภาพันธ์ ๒๕๖๗" },
        { "medium", 2023, 12, 2, "2 ธ.ค. 2566", "๒ ธ.ค. ๒๕๖๖" },
        { "short", 2024, 2, 1, "1/2/67", "๑/๒/๖๗" },
        { "short", 2000, 1, 9, "9/1/43", "๙/๑/๔๓" },
        { "official", 2023, 10, 15, "15 ตุลาคม พ.ศ. 2566", "๑๕ ตุลาคม พ.ศ. ๒๕๖๖" },
        { "medium", 2019, 5, 8, "8 พ.ค. 2562", "๘ พ.ค. ๒๕๖๒" },
        { "medium", 2021, 7, 31, "31 ก.ค. 2564", "๓๑ ก.ค. ๒๕๖๔" },
        { "full", 2026, 11, 22, "วันอาทิตย์ที่ 22 พฤศจิกายน พ.ศ. 2569", "วันอาทิตย์ที่ ๒๒ พฤศจิกายน พ.ศ. ๒๕๖๙" },

        // Year 1: BE 544 has three digits and is not padded (ICU's y).
        { "full", 1, 1, 1, "วันจันทร์ที่ 1 มกราคม พ.ศ. 544", "วันจันทร์ที่ ๑ มกราคม พ.ศ. ๕๔๔" },
        { "long", 1, 1, 1, "1 มกราคม 544", "๑ มกราคม ๕๔๔" },
        { "short", 1, 1, 1, "1/1/44", "๑/๑/๔๔" },
        { "official", 456, 3, 5, "5 มีนาคม พ.ศ. 999", "๕ มีนาคม พ.ศ. ๙๙๙" },

        // Year 9999: BE 10542 has five digits.
        { "full", 9999, 12, 31, "วันศุกร์ที่ 31 ธันวาคม พ.ศ. 10542", "วันศุกร์ที่ ๓๑ ธันวาคม พ.ศ. ๑๐๕๔๒" },
        { "medium", 9999, 12, 31, "31 ธ.ค. 10542", "๓๑ ธ.ค. ๑๐๕๔๒" },
        { "short", 9999, 12, 31, "31/12/42", "๓๑/๑๒/๔๒" },
        { "official", 9999, 12, 31, "31 ธันวาคม พ.ศ. 10542", "๓๑ ธันวาคม พ.ศ. ๑๐๕๔๒" },
    };

    [Theory]
    [MemberData(nameof(StandardGoldens))]
    public void StandardPatternsWriteWhatIcuWrites(string name, int year, int month, int day, string arabic, string thai)
    {
        var date = new LocalDate(year, month, day);
        var pattern = ThaiDatePattern.GetStandard(name);

        Assert.Equal(arabic, pattern.Format(date));
        Assert.Equal(thai, pattern.WithDigits(DigitStyle.Thai).Format(date));
    }

    [Theory]
    [MemberData(nameof(StandardGoldens))]
    public void StandardPatternsReadTheirGoldenText(string name, int year, int month, int day, string arabic, string thai)
    {
        var pattern = ThaiDatePattern.GetStandard(name);
        var expected = new LocalDate(year, month, day);

        // Short writes two-digit years, so only dates inside its window read back.
        if (name == "short" && (year < 1957 || year > 2056))
        {
            Assert.NotEqual(expected, pattern.Parse(arabic).Value);
            return;
        }

        Assert.Equal(expected, pattern.Parse(arabic).Value);
        Assert.Equal(expected, pattern.WithDigits(DigitStyle.Thai).Parse(thai).Value);
    }

    [Fact]
    public void StandardPropertiesAreTheNamedPatterns()
    {
        Assert.Same(ThaiDatePattern.Full, ThaiDatePattern.GetStandard("full"));
        Assert.Same(ThaiDatePattern.Long, ThaiDatePattern.GetStandard("LONG"));
        Assert.Same(ThaiDatePattern.Medium, ThaiDatePattern.GetStandard("Medium"));
        Assert.Same(ThaiDatePattern.Short, ThaiDatePattern.GetStandard("short"));
        Assert.Same(ThaiDatePattern.Official, ThaiDatePattern.GetStandard("official"));
        Assert.Equal(["full", "long", "medium", "short", "official"], ThaiDatePattern.StandardNames);
    }

    [Fact]
    public void UnknownStandardNameIsRefused()
    {
        Assert.False(ThaiDatePattern.TryGetStandard("huge", out var pattern));
        Assert.Null(pattern);
        Assert.False(ThaiDatePattern.TryGetStandard(null, out _));
        var e = Assert.Throws<ArgumentException>(() => ThaiDatePattern.GetStandard("huge"));
        Assert.Contains("huge", e.Message);
        Assert.Contains("official", e.Message);
        Assert.Throws<ArgumentNullException>(() => ThaiDatePattern.GetStandard(null!));
    }

    [Fact]
    public void WithMethodsChangeOnlyTheirProperty()
    {
        var pattern = ThaiDatePattern.Official.WithDigits(DigitStyle.Thai).WithEraRule(BuddhistEraRule.Historical);

        Assert.Equal("d MMMM พ.ศ. y", pattern.PatternText);
        Assert.Equal(DigitStyle.Thai, pattern.Digits);
        Assert.Equal(BuddhistEraRule.Historical, pattern.EraRule);
        Assert.Equal(DigitStyle.Arabic, ThaiDatePattern.Official.Digits);
        Assert.Equal(BuddhistEraRule.Modern, ThaiDatePattern.Official.EraRule);
        Assert.Same(ThaiDatePattern.Official, ThaiDatePattern.Official.WithDigits(DigitStyle.Arabic));
        Assert.Equal("d MMMM พ.ศ. y", ThaiDatePattern.Official.ToString());
    }

    [Theory]
    [InlineData(1940, 1, 15, "15 มกราคม พ.ศ. 2482", "15 มกราคม พ.ศ. 2483")]
    [InlineData(1940, 3, 31, "31 มีนาคม พ.ศ. 2482", "31 มีนาคม พ.ศ. 2483")]
    [InlineData(1940, 4, 1, "1 เมษายน พ.ศ. 2483", "1 เมษายน พ.ศ. 2483")]
    [InlineData(1941, 1, 1, "1 มกราคม พ.ศ. 2484", "1 มกราคม พ.ศ. 2484")]
    public void HistoricalRuleStartsTheYearInAprilBefore1941(int year, int month, int day, string historical, string modern)
    {
        var date = new LocalDate(year, month, day);
        var pattern = ThaiDatePattern.Official.WithEraRule(BuddhistEraRule.Historical);

        Assert.Equal(historical, pattern.Format(date));
        Assert.Equal(modern, ThaiDatePattern.Official.Format(date));
        Assert.Equal(date, pattern.Parse(historical).Value);
    }

    [Fact]
    public void HistoricalRuleRefusesJanuaryOfTheShortYear()
    {
        var result = ThaiDatePattern.Official.WithEraRule(BuddhistEraRule.Historical).Parse("15 มกราคม พ.ศ. 2483");

        Assert.False(result.Success);
        Assert.Contains("2483", result.Message);
        Assert.Contains("historical rule", result.Message);
    }

    [Theory]
    [InlineData("dd/MM/yyyy", 2020, 4, 5, "05/04/2563")]
    [InlineData("yyyy-MM-dd", 2020, 4, 5, "2563-04-05")]
    [InlineData("uuuu-MM-dd", 2020, 4, 5, "2020-04-05")]
    [InlineData("d MMMM 'ค.ศ.' u", 2020, 4, 24, "24 เมษายน ค.ศ. 2020")]
    [InlineData("ddd d MMM yy", 2020, 4, 24, "ศ. 24 เม.ย. 63")]
    [InlineData("ddd", 2020, 4, 26, "อา.")]
    [InlineData("ddd", 2020, 4, 23, "พฤ.")]
    [InlineData("dddd", 2020, 4, 22, "วันพุธ")]
    [InlineData("'วันที่' d 'เดือน' MMMM 'พ.ศ.' yyyy", 2019, 5, 8, "วันที่ 8 เดือน พฤษภาคม พ.ศ. 2562")]
    [InlineData("yyyy", 1, 1, 1, "0544")]
    [InlineData("yyy", 1, 1, 1, "544")]
    [InlineData("uuuu", 1, 1, 1, "0001")]
    [InlineData("uu", 2056, 1, 1, "56")]
    [InlineData("d\\d M", 2020, 4, 24, "24d 4")]
    [InlineData("'it''s' d", 2020, 4, 24, "it's 24")]
    [InlineData("d, M: y", 2020, 4, 24, "24, 4: 2563")]
    [InlineData("ddMMyyyy", 2020, 4, 5, "05042563")]
    public void CustomPatternsFormat(string patternText, int year, int month, int day, string expected)
    {
        Assert.Equal(expected, ThaiDatePattern.Create(patternText).Format(new LocalDate(year, month, day)));
    }

    [Fact]
    public void NegativeBuddhistYearsHaveASign()
    {
        var date = new LocalDate(-600, 6, 1);

        Assert.Equal("1/6/-57", ThaiDatePattern.Create("d/M/y").Format(date));
        Assert.Equal(date, ThaiDatePattern.Create("d/M/y").Parse("1/6/-57").Value);
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("d MMMM x", 7, "'x'")]
    [InlineData("d MMMM yyyy G", 12, "'G'")]
    [InlineData("ddddd", 0, "Too many 'd'")]
    [InlineData("d MMMMM", 2, "Too many 'M'")]
    [InlineData("yyyyy", 0, "Too many 'y'")]
    [InlineData("d 'abc", 2, "never closed")]
    [InlineData("d M\\", 3, "backslash")]
    [InlineData("d1", 1, "digit '1'")]
    [InlineData("dM", 0, "variable width")]
    [InlineData("d/Myy", 2, "variable width")]
    [InlineData("yyyyMMdd", 0, "variable width")]
    [InlineData("d'1'M/yy", 0, "starting with the digit '1'")]
    [InlineData("d/M'๒'yy", 2, "starting with the digit '๒'")]
    [InlineData("y'0'", 0, "starting with the digit '0'")]
    [InlineData("d/M/y\\1", 4, "starting with the digit '1'")]
    [InlineData("d๑M", 1, "digit '๑'")]
    public void InvalidPatternsAreReportedWithTheirPosition(string patternText, int position, string expectedText)
    {
        var result = ThaiDatePattern.TryCreate(patternText);

        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Contains(expectedText, result.Message);
        Assert.Contains($"position {position}", result.Message);
        var e = Assert.Throws<ArgumentException>(() => ThaiDatePattern.Create(patternText));
        Assert.Contains($"position {position}", e.Message);
        Assert.Equal("patternText", e.ParamName);
    }

    [Theory]
    [InlineData("yyMMdd", "630424")]
    [InlineData("uuMMdd", "200424")]
    [InlineData("ddMMyy", "240463")]
    [InlineData("yyMM'1'dd", "6304124")]
    [InlineData("dd'1'MM/yy", "24104/63")]
    public void TwoDigitYearsReadOnlyTheirTwoDigits(string patternText, string expected)
    {
        // Issue 11, item 6: "yyMMdd" wrote 630424 and read the year as 63042.
        var pattern = ThaiDatePattern.Create(patternText);
        var date = new LocalDate(2020, 4, 24);

        Assert.Equal(expected, pattern.Format(date));
        Assert.Equal(date, pattern.Parse(expected).Value);
    }

    [Fact]
    public void DigitLiteralsAfterAFixedWidthFieldAreAllowed()
    {
        // Issue 11, item 7: only a variable-width field beside a digit is ambiguous; "d'1'M/yy" wrote 2111/52 for 2009-11-02.
        var pattern = ThaiDatePattern.Create("dd'1'M/yy");
        var date = new LocalDate(2009, 11, 2);

        Assert.Equal("02111/52", pattern.Format(date));
        Assert.Equal(date, pattern.Parse("02111/52").Value);
        Assert.False(ThaiDatePattern.TryCreate("d'1'M/yy").Success);
    }

    [Fact]
    public void MessagesQuoteHostileTextShortAndEscaped()
    {
        // Issue 11, item 13: a 1 MB pattern gave a 1 MB message, and control and bidi characters reached the terminal.
        var huge = "d/M/y '" + new string('ก', 1 << 20);
        var created = Assert.Throws<ArgumentException>(() => ThaiDatePattern.Create(huge));
        Assert.True(created.Message.Length < 400, created.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var parsed = ThaiDatePattern.Official.Parse("\u202E24 เมษายน พ.ศ. 2563");
        Assert.DoesNotContain('\u202E', parsed.Message!);
        Assert.Contains("U+202E", parsed.Message);
        Assert.DoesNotContain('\0', ThaiDatePattern.Official.Parse("24\0").Message!);
        Assert.DoesNotContain('\u001B', Assert.Throws<ArgumentException>(() => ThaiDatePattern.GetStandard("\u001B[2J")).Message);
    }

    [Fact]
    public void LiteralsWithHalfASurrogatePairAreRefused()
    {
        var result = ThaiDatePattern.TryCreate("d '\uD800' M/y");

        Assert.False(result.Success);
        Assert.Equal(1, result.Position);
        Assert.Contains("surrogate", result.Message);
        Assert.True(ThaiDatePattern.TryCreate("d '\U0001F4C5' M/y").Success);
    }

    [FuzzProperty(typeof(ThaiTextArbitraries))]
    public bool GeneratedCustomPatternsParseWhatTheyFormat(CustomPattern custom, LocalDate date)
    {
        var pattern = ThaiDatePattern.TryCreate(custom.Text);
        if (!pattern.Success)
        {
            // Refused at creation: the message says where, and the position is inside the text.
            return pattern.Message.Length > 0 && pattern.Position >= 0 && pattern.Position <= custom.Text.Length;
        }

        var value = custom.HasTwoDigitYear ? IntoTwoDigitYearWindow(date) : date;
        if (!custom.CanParse)
        {
            return pattern.Value.Format(value).Length >= 0;
        }

        var thai = pattern.Value.WithDigits(DigitStyle.Thai);
        var historical = pattern.Value.WithEraRule(BuddhistEraRule.Historical);
        return pattern.Value.Parse(pattern.Value.Format(value)).Value == value
               && thai.Parse(thai.Format(value)).Value == value
               && historical.Parse(historical.Format(value)).Value == value;
    }

    [FuzzProperty]
    public bool StandardPatternsParseWhatTheyFormat(LocalDate date, bool thaiDigits, bool historical)
    {
        var digits = thaiDigits ? DigitStyle.Thai : DigitStyle.Arabic;
        var rule = historical ? BuddhistEraRule.Historical : BuddhistEraRule.Modern;
        return ThaiDatePattern.StandardNames.All(name =>
        {
            var pattern = ThaiDatePattern.GetStandard(name).WithDigits(digits).WithEraRule(rule);
            var value = name == "short" ? IntoTwoDigitYearWindow(date) : date;
            var parsed = pattern.Parse(pattern.Format(value));
            return parsed.Success && parsed.Value == value;
        });
    }

    [FuzzProperty(typeof(ThaiTextArbitraries))]
    public bool ParsingMutatedDatesNeverThrows(MutatedDate text)
        => ThaiDatePattern.StandardNames.All(name => ParsesWithoutThrowing(ThaiDatePattern.GetStandard(name), text.Text));

    [Fact]
    public void NullArgumentsThrow()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiDatePattern.TryCreate(null!));
        Assert.Throws<ArgumentNullException>(() => ThaiDatePattern.Official.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => ThaiDatePattern.Official.AppendFormat(default, null!));
    }

    [Theory]
    [InlineData("24 เมษายน 2563", 9, "\" พ.ศ. \"")]
    [InlineData("24 เมษายน พ.ศ. 2563 ", 19, "end of the text")]
    [InlineData("24 เมษา พ.ศ. 2563", 3, "month name")]
    [InlineData("x เมษายน พ.ศ. 2563", 0, "day")]
    [InlineData("24 เมษายน พ.ศ. ", 15, "BE year")]
    [InlineData("24 เมษายน พ.ศ. 256300", 15, "more than 5 digits")]
    public void ParseFailuresNameThePositionAndWhatWasExpected(string text, int position, string expectedText)
    {
        var result = ThaiDatePattern.Official.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Contains(expectedText, result.Message);
    }

    [Fact]
    public void ParseRefusesDatesThatNeverExisted()
    {
        var april = ThaiDatePattern.Official.Parse("31 เมษายน พ.ศ. 2563");
        var february = ThaiDatePattern.Official.Parse("29 กุมภาพันธ์ พ.ศ. 2566");

        Assert.Contains("31 เมษายน BE 2563 does not exist", april.Message);
        Assert.Contains("30 days", april.Message);
        Assert.Contains("common year", february.Message);
        Assert.Equal(new LocalDate(2024, 2, 29), ThaiDatePattern.Official.Parse("29 กุมภาพันธ์ พ.ศ. 2567").Value);
        Assert.Contains("Month 13", ThaiDatePattern.Create("d/M/y").Parse("1/13/2563").Message);
        Assert.Contains("Month 0", ThaiDatePattern.Create("d/M/y").Parse("1/0/2563").Message);
        Assert.Contains("0 เมษายน BE 2563 does not exist", ThaiDatePattern.Create("d/M/y").Parse("0/4/2563").Message);
    }

    [Fact]
    public void ParseChecksTheWeekday()
    {
        var result = ThaiDatePattern.Full.Parse("วันพฤหัสบดีที่ 24 เมษายน พ.ศ. 2563");

        Assert.False(result.Success);
        Assert.Equal(0, result.Position);
        Assert.Contains("วันพฤหัสบดี", result.Message);
        Assert.Contains("วันศุกร์", result.Message);
        Assert.Contains("2020-04-24", result.Message);
    }

    [Fact]
    public void ParseAcceptsEitherDigitStyle()
    {
        var expected = new LocalDate(2020, 4, 24);

        Assert.Equal(expected, ThaiDatePattern.Official.Parse("๒๔ เมษายน พ.ศ. ๒๕๖๓").Value);
        Assert.Equal(expected, ThaiDatePattern.Official.WithDigits(DigitStyle.Thai).Parse("24 เมษายน พ.ศ. 2563").Value);
    }

    [Fact]
    public void PatternsWithoutAFullDateCannotParse()
    {
        var result = ThaiDatePattern.Create("d MMMM").Parse("24 เมษายน");

        Assert.False(result.Success);
        Assert.Contains("no year", result.Message);
        Assert.Contains("no day", ThaiDatePattern.Create("MMMM y").Parse("เมษายน 2563").Message);
        Assert.Contains("no month", ThaiDatePattern.Create("d y").Parse("24 2563").Message);
    }

    [Fact]
    public void DisagreeingBuddhistAndGregorianYearsFail()
    {
        var pattern = ThaiDatePattern.Create("d/M/y (u)");

        Assert.Equal(new LocalDate(2020, 4, 24), pattern.Parse("24/4/2563 (2020)").Value);
        Assert.Contains("disagree", pattern.Parse("24/4/2563 (2021)").Message);
    }

    [Fact]
    public void FormatOverloadsAgree()
    {
        var date = new LocalDate(2020, 4, 24);
        var builder = new StringBuilder("ประกาศ ณ ");

        Assert.Equal("24 เมษายน พ.ศ. 2563", ThaiDatePattern.Official.Format(new DateTime(2020, 4, 24, 13, 45, 0, DateTimeKind.Utc)));
        Assert.Equal("24 เมษายน พ.ศ. 2563", ThaiDatePattern.Official.Format(new DateOnly(2020, 4, 24)));
        Assert.Equal("ประกาศ ณ 24 เมษายน พ.ศ. 2563", ThaiDatePattern.Official.AppendFormat(date, builder).ToString());
    }

    [Fact]
    public void DatesInOtherCalendarsAreWrittenByTheirIsoDate()
    {
        var julian = new LocalDate(2020, 4, 11, CalendarSystem.Julian);

        Assert.Equal("24 เมษายน พ.ศ. 2563", ThaiDatePattern.Official.Format(julian));
    }

    [Fact]
    public void LongLiteralsUseTheHeapPathCorrectly()
    {
        var filler = new string('ก', 300);
        var pattern = ThaiDatePattern.Create($"'{filler}' d/M/y");
        var date = new LocalDate(2020, 4, 24);

        Assert.Equal($"{filler} 24/4/2563", pattern.Format(date));
        Assert.Equal(date, pattern.Parse($"{filler} 24/4/2563").Value);
        var span = new char[320];
        Assert.True(pattern.TryFormat(date, span, out var written));
        Assert.Equal($"{filler} 24/4/2563", new string(span, 0, written));
    }

    [Property(MaxTest = MaxTest, Arbitrary = new[] { typeof(GovernanceArbitraries) })]
    public bool FourDigitYearStandardPatternsRoundTripEveryDate(LocalDate date)
        => FourDigitYearPatterns.All(p => p.Parse(p.Format(date)).Value == date);

    [Property(MaxTest = MaxTest, Arbitrary = new[] { typeof(GovernanceArbitraries) })]
    public bool HistoricalRuleRoundTripsEveryDate(LocalDate date)
        => FourDigitYearPatterns.Select(p => p.WithEraRule(BuddhistEraRule.Historical)).All(p => p.Parse(p.Format(date)).Value == date);

    [Fact]
    public void TwoDigitYearPatternsRoundTripInsideTheWindow()
    {
        var patterns = new[] { ThaiDatePattern.Short, ThaiDatePattern.Short.WithDigits(DigitStyle.Thai), ThaiDatePattern.Create("dd/MM/uu") };
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), Prop.ForAll(WindowDate, date => patterns.All(p => p.Parse(p.Format(date)).Value == date)));
    }

    [Theory]
    [InlineData("1/1/00", 1957)]
    [InlineData("31/12/99", 2056)]
    [InlineData("24/4/63", 2020)]
    public void TwoDigitYearsAreReadInBe2500To2599(string text, int expectedYear)
    {
        Assert.Equal(expectedYear, ThaiDatePattern.Short.Parse(text).Value.Year);
    }

    [Property(MaxTest = MaxTest, Arbitrary = new[] { typeof(GovernanceArbitraries) })]
    public bool TryFormatAgreesWithFormat(LocalDate date)
    {
        var buffer = new char[64];
        return FourDigitYearPatterns.Append(ThaiDatePattern.Short)
            .All(p => p.TryFormat(date, buffer.AsSpan(), out var written) && new string(buffer, 0, written) == p.Format(date));
    }

    [Property(MaxTest = MaxTest, Arbitrary = new[] { typeof(GovernanceArbitraries) })]
    public bool Utf8AgreesWithUtf16(LocalDate date)
    {
        var buffer = new byte[200];
        return FourDigitYearPatterns.Append(ThaiDatePattern.Short)
            .All(p => p.TryFormat(date, buffer.AsSpan(), out var written) && buffer.AsSpan(0, written).SequenceEqual(Encoding.UTF8.GetBytes(p.Format(date))));
    }

    [Fact]
    public void Utf8EncodesSurrogatePairsInLiterals()
    {
        var pattern = ThaiDatePattern.Create("'\U0001F4C5' d");
        var buffer = new byte[16];

        Assert.True(pattern.TryFormat(new LocalDate(2020, 4, 24), buffer.AsSpan(), out var written));
        Assert.Equal(Encoding.UTF8.GetBytes("\U0001F4C5 24"), buffer.AsSpan(0, written).ToArray());
    }

    [Fact]
    public void TryFormatIntoATooSmallSpanWritesNothing()
    {
        var arbitrary = Gen.Choose(0, DayCount).Zip(Gen.Choose(0, 100)).Select(t => (Date: FirstDate.PlusDays(t.Item1), Shortfall: t.Item2)).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), Prop.ForAll(arbitrary, input =>
            {
                var pattern = ThaiDatePattern.Full.WithDigits(DigitStyle.Thai);
                var text = pattern.Format(input.Date);
                var size = Math.Max(0, text.Length - 1 - (input.Shortfall % text.Length));
                var chars = Enumerable.Repeat('#', size).ToArray();
                var utf8Size = Math.Max(0, Encoding.UTF8.GetByteCount(text) - 1 - input.Shortfall);
                var bytes = Enumerable.Repeat((byte)'#', utf8Size).ToArray();

                return !pattern.TryFormat(input.Date, chars.AsSpan(), out var charsWritten)
                       && charsWritten == 0
                       && chars.All(c => c == '#')
                       && !pattern.TryFormat(input.Date, bytes.AsSpan(), out var bytesWritten)
                       && bytesWritten == 0
                       && bytes.All(b => b == '#');
            }));
    }

    [Fact]
    public void TryFormatIntoAnExactSpanSucceeds()
    {
        var date = new LocalDate(2020, 4, 24);
        var text = ThaiDatePattern.Full.Format(date);
        var chars = new char[text.Length];
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];

        Assert.True(ThaiDatePattern.Full.TryFormat(date, chars.AsSpan(), out var charsWritten));
        Assert.Equal(text, new string(chars, 0, charsWritten));
        Assert.True(ThaiDatePattern.Full.TryFormat(date, bytes.AsSpan(), out var bytesWritten));
        Assert.Equal(bytes.Length, bytesWritten);
    }

    [Fact]
    public void ParsingArbitraryStringsNeverThrows()
    {
        var patterns = FourDigitYearPatterns.Append(ThaiDatePattern.Short).Append(ThaiDatePattern.Create("ddd dd/MM/yyyy (uu)")).ToArray();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), Prop.ForAll(ThaiishText.Arbitrary, text => patterns.All(p => ParsesWithoutThrowing(p, text))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), Prop.ForAll(ThaiishText.AnyString, text => patterns.All(p => ParsesWithoutThrowing(p, text))));
    }

    [Fact]
    public void CreatingFromArbitraryTextNeverThrows()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), Prop.ForAll(ThaiishText.AnyString, text =>
            {
                var result = ThaiDatePattern.TryCreate(text);
                return result.Success || (result.Message.Length > 0 && result.Position >= 0 && result.Position <= text.Length);
            }));
    }

    /// <summary>The same day and month in a year of the two-digit window (CE 1957–2056), 29 February moved to the 28th when the year has none.</summary>
    private static LocalDate IntoTwoDigitYearWindow(LocalDate date)
    {
        var year = 1957 + (Math.Abs(date.Year) % 100);
        return new LocalDate(year, date.Month, Math.Min(date.Day, CalendarSystem.Iso.GetDaysInMonth(year, date.Month)));
    }

    private static bool ParsesWithoutThrowing(ThaiDatePattern pattern, string text)
    {
        var result = pattern.Parse(text);
        return result.Success || (result.Message.Length > 0 && result.Position >= 0 && result.Position <= text.Length);
    }
}
