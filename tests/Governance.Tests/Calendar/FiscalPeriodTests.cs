using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Calendar;

public class FiscalPeriodTests
{
    private static readonly Gen<FiscalPeriod> AnyPeriod = Gen.OneOf(
        CalendarGenerators.Quarter.Select(q => q.ToFiscalPeriod()),
        Gen.Zip(CalendarGenerators.FiscalYear, Gen.Choose(1, 2), FiscalPeriod.ForHalfYear),
        CalendarGenerators.FiscalYear.Select(FiscalPeriod.ForFullYear));

    [Fact]
    public void SixMonthPeriodOf2563_IsOctoberToMarch()
    {
        var half = FiscalPeriod.ForHalfYear(new ThaiFiscalYear(2563), 1);
        Assert.Equal(new LocalDate(2019, 10, 1), half.Start);
        Assert.Equal(new LocalDate(2020, 3, 31), half.End);
        Assert.Equal("2563H1", half.ToString());
        Assert.Equal(183, half.ToDateInterval().Length);
    }

    [Fact]
    public void Periods_SpanWholeMonthsOfTheirLength()
        => PropertyCheck.Holds(AnyPeriod, period =>
        {
            var months = period.Kind switch { FiscalPeriodKind.Quarter => 3, FiscalPeriodKind.HalfYear => 6, _ => 12 };
            return period.Start.Day == 1
                && period.End.PlusDays(1).Day == 1
                && Period.Between(period.Start, period.End.PlusDays(1), PeriodUnits.Months).Months == months
                && period.FiscalYear.Contains(period.Start) && period.FiscalYear.Contains(period.End);
        });

    [Fact]
    public void Halves_TileTheYear()
        => PropertyCheck.Holds(CalendarGenerators.FiscalYear, year =>
            year.FirstHalf.Start == year.Start
            && year.FirstHalf.End.PlusDays(1) == year.SecondHalf.Start
            && year.SecondHalf.End == year.End
            && year.FirstHalf.End == year.GetQuarter(2).End);

    [Fact]
    public void Contains_AgreesWithStartAndEnd()
        => PropertyCheck.Holds(Gen.Zip(AnyPeriod, CalendarGenerators.AnyDate), pair =>
        {
            var (period, date) = pair;
            var near = period.Start.PlusDays((date.Day % 40) - 5);
            return period.Contains(date) == (period.Start <= date && date <= period.End)
                && period.Contains(near) == (period.Start <= near && near <= period.End);
        });

    [Fact]
    public void ParseAndFormat_RoundTrip()
        => PropertyCheck.Holds(AnyPeriod, period =>
            FiscalPeriod.Parse(period.ToString()).Value == period
            && FiscalPeriod.Parse(period.ToString().AsSpan()).Value == period
            && FiscalPeriod.TryParse(period.ToString(), out var tried) && tried == period);

    [Theory]
    [InlineData("2563", FiscalPeriodKind.FullYear, 1)]
    [InlineData("2563H2", FiscalPeriodKind.HalfYear, 2)]
    [InlineData("2563h1", FiscalPeriodKind.HalfYear, 1)]
    [InlineData("2563Q3", FiscalPeriodKind.Quarter, 3)]
    public void Parse_ReadsEveryKind(string text, FiscalPeriodKind kind, int number)
    {
        var period = FiscalPeriod.Parse(text).Value;
        Assert.Equal((2563, kind, number), (period.FiscalYear.BuddhistYear, period.Kind, period.Number));
    }

    [Theory]
    [InlineData("2563H3", 5, "half number 1–2")]
    [InlineData("2563X1", 4, "'Q' (quarter) or 'H' (half-year)")]
    [InlineData("2563Q", 5, "but the text ended")]
    [InlineData("", 0, "the text is empty")]
    public void Parse_ExplainsWhatWasExpectedAndWhere(string text, int position, string message)
    {
        var result = FiscalPeriod.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Contains(message, result.Message);
        Assert.False(FiscalPeriod.TryParse(text, out _));
    }

    [Fact]
    public void Equality_NeedsTheSameYearKindAndNumber()
    {
        var year = new ThaiFiscalYear(2563);
        Assert.Equal(year.FirstHalf, FiscalPeriod.ForHalfYear(year, 1));
        Assert.True(year.FirstHalf == FiscalPeriod.ForHalfYear(year, 1));
        Assert.NotEqual(year.FirstHalf, year.SecondHalf);
        Assert.True(year.GetQuarter(1).ToFiscalPeriod() != year.FirstHalf);
        Assert.NotEqual(year.FullYear, year.Next().FullYear);
        Assert.NotEqual(year.FullYear, (object)year);
        Assert.Equal(year.FirstHalf.GetHashCode(), FiscalPeriod.ForHalfYear(year, 1).GetHashCode());
    }

    [Fact]
    public void DefaultIsTheFirstQuarterOf2504()
        => Assert.Equal("2504Q1", default(FiscalPeriod).ToString());

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void HalvesOtherThanOneAndTwo_AreRefused(int half)
        => Assert.Throws<ArgumentOutOfRangeException>(() => FiscalPeriod.ForHalfYear(new ThaiFiscalYear(2563), half));
}
