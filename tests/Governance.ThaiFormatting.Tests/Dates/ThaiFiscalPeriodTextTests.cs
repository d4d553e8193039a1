using Participation.Governance.Calendar;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Tests.Dates;

public class ThaiFiscalPeriodTextTests
{
    private const int MaxTest = 500;

    private static readonly Arbitrary<ThaiFiscalYear> AnyFiscalYear = CalendarGenerators.FiscalYear.ToArbitrary();

    [Fact]
    public void FormatsTheThreeFormsWithThaiDigitsByDefault()
    {
        var year = new ThaiFiscalYear(2563);

        Assert.Equal("ปีงบประมาณ พ.ศ. ๒๕๖๓", ThaiFiscalPeriodText.Format(year));
        Assert.Equal("ไตรมาสที่ ๒/๒๕๖๓", ThaiFiscalPeriodText.Format(year.GetQuarter(2)));
        Assert.Equal("รอบ ๖ เดือน (ต.ค. ๒๕๖๒ – มี.ค. ๒๕๖๓)", ThaiFiscalPeriodText.Format(year.FirstHalf));
        Assert.Equal("รอบ ๖ เดือนหลัง (เม.ย. ๒๕๖๓ – ก.ย. ๒๕๖๓)", ThaiFiscalPeriodText.Format(year.SecondHalf));
        Assert.Equal("ปีงบประมาณ พ.ศ. ๒๕๖๓", ThaiFiscalPeriodText.Format(year.FullYear));
        Assert.Equal("ไตรมาสที่ ๔/๒๕๖๓", ThaiFiscalPeriodText.Format(year.GetQuarter(4).ToFiscalPeriod()));
    }

    [Fact]
    public void FormatsArabicDigitsOnRequest()
    {
        var year = new ThaiFiscalYear(2567);

        Assert.Equal("ปีงบประมาณ พ.ศ. 2567", ThaiFiscalPeriodText.Format(year, DigitStyle.Arabic));
        Assert.Equal("ไตรมาสที่ 1/2567", ThaiFiscalPeriodText.Format(year.GetQuarter(1), DigitStyle.Arabic));
        Assert.Equal("รอบ 6 เดือน (ต.ค. 2566 – มี.ค. 2567)", ThaiFiscalPeriodText.Format(year.FirstHalf, DigitStyle.Arabic));
    }

    [Theory]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๓", 2563)]
    [InlineData("ปีงบประมาณ พ.ศ.2563", 2563)]
    [InlineData("ปีงบประมาณ 2563", 2563)]
    [InlineData("  ปีงบ   พศ  ๒๕๖๓ ", 2563)]
    [InlineData("ปีงบประมาณ\u200Bพ.ศ.\u200B๒๕๐๔", 2504)]
    public void ParsesFiscalYears(string text, int expected)
    {
        Assert.Equal(new ThaiFiscalYear(expected), ThaiFiscalPeriodText.ParseFiscalYear(text).Value);
        Assert.Equal(new ThaiFiscalYear(expected).FullYear, ThaiFiscalPeriodText.ParsePeriod(text).Value);
    }

    [Theory]
    [InlineData("ไตรมาสที่ ๒/๒๕๖๓", 2563, 2)]
    [InlineData("ไตรมาสที่ 2 / 2563", 2563, 2)]
    [InlineData("ไตรมาส 4/2567", 2567, 4)]
    [InlineData("ไตรมาสที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๖๖", 2566, 1)]
    [InlineData("ไตรมาสที่๓/๒๕๖๕", 2565, 3)]
    public void ParsesQuarters(string text, int year, int number)
    {
        Assert.Equal(new FiscalQuarter(new ThaiFiscalYear(year), number), ThaiFiscalPeriodText.ParseQuarter(text).Value);
    }

    [Theory]
    [InlineData("รอบ ๖ เดือน (ต.ค. ๒๕๖๒ – มี.ค. ๒๕๖๓)", 2563, 1)]
    [InlineData("รอบ 6 เดือน (ต.ค. 2562 - มี.ค. 2563)", 2563, 1)]
    [InlineData("รอบ ๖ เดือนแรก (ตุลาคม ๒๕๖๒ ถึง มีนาคม ๒๕๖๓)", 2563, 1)]
    [InlineData("รอบ ๖ เดือน(ตค ๒๕๖๒—มีค ๒๕๖๓)", 2563, 1)]
    [InlineData("รอบ ๖ เดือนหลัง (เม.ย. ๒๕๖๓ – ก.ย. ๒๕๖๓)", 2563, 2)]
    [InlineData("รอบ ๖ เดือน (เม.ย. พ.ศ. ๒๕๖๓ – ก.ย. พ.ศ. ๒๕๖๓)", 2563, 2)]
    [InlineData("รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๗", 2567, 1)]
    [InlineData("รอบ ๖ เดือนหลัง ปีงบประมาณ ๒๕๖๗", 2567, 2)]
    public void ParsesHalfYears(string text, int year, int half)
    {
        Assert.Equal(FiscalPeriod.ForHalfYear(new ThaiFiscalYear(year), half), ThaiFiscalPeriodText.ParsePeriod(text).Value);
    }

    [Theory]
    [InlineData("", 0, "Expected ปีงบประมาณ")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๐๓", 16, "from BE 2504 on")]
    [InlineData("ปีงบประมาณ พ.ศ. ๖๓", 16, "four or five digits")]
    [InlineData("ปีงบประมาณ พ.ศ. ๑๐๕๔๓", 16, "the last is BE 10542")]
    [InlineData("ปีงบประมาณ พ.ศ. ๙๙๙๙๙๙", 16, "four or five digits")]
    [InlineData("ไตรมาสที่ ๕/๒๕๖๓", 10, "1 to 4")]
    [InlineData("ไตรมาสที่ ๒ ๒๕๖๓", 12, "'/' or ปีงบประมาณ")]
    [InlineData("รอบ ๑๒ เดือน (ต.ค. ๒๕๖๒ – ก.ย. ๒๕๖๓)", 4, "six-month")]
    [InlineData("รอบ ๖ เดือน (พ.ย. ๒๕๖๒ – เม.ย. ๒๕๖๓)", 12, "not half of a fiscal year")]
    [InlineData("รอบ ๖ เดือนหลัง (ต.ค. ๒๕๖๒ – มี.ค. ๒๕๖๓)", 16, "second (หลัง)")]
    [InlineData("รอบ ๖ เดือน (ต.ค. ๒๕๖๒ – มี.ค. ๒๕๖๓", 35, "')'")]
    [InlineData("รอบ ๖ เดือน (ต.ค. ๒๕๖๒ มี.ค. ๒๕๖๓)", 23, "dash")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๓ เป็นต้นไป", 21, "end of the text")]
    public void FailuresNameThePositionAndTheProblem(string text, int position, string expectedText)
    {
        var result = ThaiFiscalPeriodText.ParsePeriod(text);

        Assert.False(result.Success);
        Assert.Contains(expectedText, result.Message);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void KindSpecificParsersRefuseOtherKinds()
    {
        Assert.Contains("found a quarter", ThaiFiscalPeriodText.ParseFiscalYear("ไตรมาสที่ ๒/๒๕๖๓").Message);
        Assert.Contains("found a fiscal year", ThaiFiscalPeriodText.ParseQuarter("ปีงบประมาณ ๒๕๖๓").Message);
        Assert.Contains("half-year", ThaiFiscalPeriodText.ParseQuarter("รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๓").Message);
    }

    [Fact]
    public void EveryPeriodRoundTripsInBothDigitStyles()
    {
        var periods = AnyFiscalYear.Generator.SelectMany(
                year => Gen.Elements(year.FullYear, year.FirstHalf, year.SecondHalf, year.GetQuarter(1).ToFiscalPeriod(), year.GetQuarter(2).ToFiscalPeriod(), year.GetQuarter(3).ToFiscalPeriod(), year.GetQuarter(4).ToFiscalPeriod()))
            .ToArbitrary();
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest),
            Prop.ForAll(periods, period => ThaiFiscalPeriodText.ParsePeriod(ThaiFiscalPeriodText.Format(period)).Value == period
                                           && ThaiFiscalPeriodText.ParsePeriod(ThaiFiscalPeriodText.Format(period, DigitStyle.Arabic)).Value == period));
    }

    [FuzzProperty]
    public bool EveryPeriodOfEveryFiscalYearRoundTrips(ThaiFiscalYear year, bool thaiDigits)
    {
        // Issue 11, item 9: fiscal years 10000–10542 have five-digit years and could not be read back.
        var digits = thaiDigits ? DigitStyle.Thai : DigitStyle.Arabic;
        FiscalPeriod[] periods = [year.FullYear, year.FirstHalf, year.SecondHalf, .. year.Quarters.Select(q => q.ToFiscalPeriod())];
        return periods.All(period => ThaiFiscalPeriodText.ParsePeriod(ThaiFiscalPeriodText.Format(period, digits)).Value == period)
               && ThaiFiscalPeriodText.ParseFiscalYear(ThaiFiscalPeriodText.Format(year, digits)).Value == year;
    }

    [Theory]
    [InlineData(10000)]
    [InlineData(10542)]
    public void FiveDigitFiscalYearsRoundTrip(int buddhistYear)
    {
        var year = new ThaiFiscalYear(buddhistYear);

        Assert.True(EveryPeriodOfEveryFiscalYearRoundTrips(year, thaiDigits: true));
        Assert.True(EveryPeriodOfEveryFiscalYearRoundTrips(year, thaiDigits: false));
    }

    [Fact]
    public void ParsingArbitraryTextNeverThrows()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest),
            Prop.ForAll(ThaiishText.Arbitrary, text => ThaiFiscalPeriodText.ParsePeriod(text).Success || ThaiFiscalPeriodText.ParsePeriod(text).Message!.Length > 0));
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest),
            Prop.ForAll(ThaiishText.AnyString, text => ThaiFiscalPeriodText.ParsePeriod(text).Success || ThaiFiscalPeriodText.ParsePeriod(text).Message!.Length > 0));
    }

    [Fact]
    public void NullTextThrows()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiFiscalPeriodText.ParsePeriod((string)null!));
        Assert.Throws<ArgumentNullException>(() => ThaiFiscalPeriodText.ParseQuarter((string)null!));
        Assert.Throws<ArgumentNullException>(() => ThaiFiscalPeriodText.ParseFiscalYear((string)null!));
    }
}
