using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Calendar;

public class OversightRuleTests
{
    private static readonly ThaiFiscalYear Year2563 = new(2563);

    [Fact]
    public void TwiceAYear_CountsOnlyDistinctDaysInTheYear()
    {
        var rule = OversightRule.AtLeast(2);
        Assert.True(rule.IsSatisfiedBy(new[] { new LocalDate(2019, 11, 1), new LocalDate(2020, 5, 1) }, Year2563));
        Assert.False(rule.IsSatisfiedBy(new[] { new LocalDate(2019, 11, 1) }, Year2563));
        Assert.False(rule.IsSatisfiedBy(new[] { new LocalDate(2019, 11, 1), new LocalDate(2019, 11, 1) }, Year2563));
        Assert.False(rule.IsSatisfiedBy(new[] { new LocalDate(2019, 9, 30), new LocalDate(2020, 10, 1), new LocalDate(2020, 9, 30) }, Year2563));
        Assert.True(rule.IsSatisfiedBy(new[] { new LocalDate(2019, 10, 1), new LocalDate(2020, 9, 30) }, Year2563));
        Assert.False(rule.IsSatisfiedBy(Array.Empty<LocalDate>(), Year2563));
    }

    [Fact]
    public void Count_IsTheNumberOfDistinctInYearDays()
        => PropertyCheck.Holds(
            Gen.Zip(CalendarGenerators.Between(new LocalDate(2019, 6, 1), new LocalDate(2021, 1, 31)).ArrayOf(), Gen.Choose(1, 12)),
            pair =>
            {
                var (dates, times) = pair;
                var expected = dates.Where(d => d >= Year2563.Start && d <= Year2563.End).Distinct().Count();
                return OversightRule.CountOversightDays(dates, Year2563) == expected
                    && OversightRule.AtLeast(times).IsSatisfiedBy(dates, Year2563) == (expected >= times);
            },
            maxTest: 500);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(366)]
    public void AtLeast_RefusesCountsNoYearCouldMeet(int times)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => OversightRule.AtLeast(times));
        Assert.Contains("1 to 365", e.Message);
    }

    [Fact]
    public void NullDates_AreAProgrammingError()
        => Assert.Throws<ArgumentNullException>(() => OversightRule.AtLeast(2).IsSatisfiedBy(null!, Year2563));

    [Fact]
    public void SuggestedDates_TwiceAYear_AreTheSixMonthAndYearEnds()
        => Assert.Equal(
            new[] { new LocalDate(2020, 3, 31), new LocalDate(2020, 9, 30) },
            OversightRule.AtLeast(2).GetSuggestedDueDates(Year2563));

    [Fact]
    public void SuggestedDates_FourTimesAYear_AreTheQuarterlyReportDates()
        => Assert.Equal(ReportingSchedule.Quarterly.GetDueDates(Year2563), OversightRule.AtLeast(4).GetSuggestedDueDates(Year2563));

    [Fact]
    public void SuggestedDates_ThreeTimesAYear_AreEveryFourMonths()
        => Assert.Equal(
            new[] { new LocalDate(2020, 1, 31), new LocalDate(2020, 5, 31), new LocalDate(2020, 9, 30) },
            OversightRule.AtLeast(3).GetSuggestedDueDates(Year2563));

    [Fact]
    public void SuggestedDates_SatisfyTheRuleAndEndOnTheLastDay()
        => PropertyCheck.Holds(Gen.Zip(Gen.Choose(1, OversightRule.MaxTimesPerFiscalYear), CalendarGenerators.FiscalYear), pair =>
        {
            var (times, year) = pair;
            var rule = OversightRule.AtLeast(times);
            var dates = rule.GetSuggestedDueDates(year);
            return dates.Count == times
                && dates.Zip(dates.Skip(1), (a, b) => a < b).All(ok => ok)
                && dates[0] >= year.Start
                && dates[^1] == year.End
                && rule.IsSatisfiedBy(dates, year);
        },
        maxTest: 300);

    [Fact]
    public void Equality_IsByTheMinimum()
    {
        Assert.Equal(OversightRule.AtLeast(2), OversightRule.AtLeast(2));
        Assert.True(OversightRule.AtLeast(2) == OversightRule.AtLeast(2));
        Assert.True(OversightRule.AtLeast(2) != OversightRule.AtLeast(3));
        Assert.Equal(OversightRule.AtLeast(2).GetHashCode(), OversightRule.AtLeast(2).GetHashCode());
        Assert.False(OversightRule.AtLeast(2).Equals(null));
        Assert.Equal("at least 2 times per fiscal year", OversightRule.AtLeast(2).ToString());
    }
}
