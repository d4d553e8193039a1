using System.Globalization;
using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Calendar;

public class BuddhistEraTests
{
    private static readonly ThaiBuddhistCalendar Icu = new();

    [Fact]
    public void ModernRule_AgreesWithThaiBuddhistCalendar_OverDateTimesRange()
        => PropertyCheck.Holds(
            CalendarGenerators.Between(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31)),
            date => BuddhistEra.GetYear(date) == Icu.GetYear(date.ToDateTimeUnspecified()));

    [Theory]
    [InlineData(BuddhistEraRule.Modern)]
    [InlineData(BuddhistEraRule.Historical)]
    public void DateRoundTrips_OverLocalDatesWholeRange(BuddhistEraRule rule)
        => PropertyCheck.Holds(CalendarGenerators.AnyDate, date =>
        {
            var year = BuddhistEra.GetYear(date, rule);
            return BuddhistEra.ToLocalDate(year, date.Month, date.Day, rule) == date
                && BuddhistEra.TryToLocalDate(year, date.Month, date.Day, rule, out var parsed) && parsed == date
                && BuddhistEra.ToGregorianYear(year, date.Month, rule) == date.Year
                && BuddhistEra.ToBuddhistYear(date.Year, date.Month, rule) == year;
        });

    [Fact]
    public void YearRoundTrips_UnderTheModernRule()
        => PropertyCheck.Holds(Gen.Choose(-9998, 9999), year =>
            BuddhistEra.ToGregorianYear(BuddhistEra.ToBuddhistYear(year)) == year
            && BuddhistEra.ToBuddhistYear(year) - year == 543);

    [Fact]
    public void HistoricalRule_AgreesWithModernFrom1941_AndDiffersByOneOnlyInJanuaryToMarchBefore()
        => PropertyCheck.Holds(CalendarGenerators.AnyDate, date =>
        {
            var modern = BuddhistEra.GetYear(date);
            var historical = BuddhistEra.GetYear(date, BuddhistEraRule.Historical);
            var differs = date < new LocalDate(1941, 1, 1) && date.Month <= 3;
            return differs ? historical == modern - 1 : historical == modern;
        });

    [Fact]
    public void HistoricalYear_BeginsOnTheFirstOfAprilBefore1941_AndOnTheFirstOfJanuaryFrom1941()
        => PropertyCheck.Holds(CalendarGenerators.Between(new LocalDate(1800, 1, 1), new LocalDate(2000, 12, 31)), date =>
        {
            var next = date.PlusDays(1);
            var step = BuddhistEra.GetYear(next, BuddhistEraRule.Historical) - BuddhistEra.GetYear(date, BuddhistEraRule.Historical);
            var newYear = next.Year < 1941 ? next is { Month: 4, Day: 1 } : next is { Month: 1, Day: 1 };
            return step == (newYear ? 1 : 0);
        });

    [Theory]
    [InlineData(1940, 2, 1, 2482, 2483)]
    [InlineData(1940, 3, 31, 2482, 2483)]
    [InlineData(1940, 4, 1, 2483, 2483)]
    [InlineData(1940, 12, 31, 2483, 2483)]
    [InlineData(1941, 1, 1, 2484, 2484)]
    [InlineData(1889, 4, 1, 2432, 2432)]
    [InlineData(1890, 1, 1, 2432, 2433)]
    [InlineData(2020, 4, 24, 2563, 2563)]
    public void KnownDates(int year, int month, int day, int historical, int modern)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(historical, BuddhistEra.GetYear(date, BuddhistEraRule.Historical));
        Assert.Equal(modern, BuddhistEra.GetYear(date, BuddhistEraRule.Modern));
        Assert.Equal(modern, BuddhistEra.GetYear(date));
    }

    [Fact]
    public void BuddhistYear2483_HadNoJanuaryToMarchUnderTheHistoricalRule()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.ToGregorianYear(2483, 1, BuddhistEraRule.Historical));
        Assert.Contains("January BE 2483 did not exist under the historical rule", e.Message);
        Assert.Contains("1 April to 31 December 1940", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.ToLocalDate(2483, 3, 15, BuddhistEraRule.Historical));
        Assert.False(BuddhistEra.TryToGregorianYear(2483, 2, BuddhistEraRule.Historical, out _));
        Assert.False(BuddhistEra.TryToLocalDate(2483, 1, 1, BuddhistEraRule.Historical, out _));

        Assert.Equal(1940, BuddhistEra.ToGregorianYear(2483, 4, BuddhistEraRule.Historical));
        Assert.Equal(1941, BuddhistEra.ToGregorianYear(2484, 1, BuddhistEraRule.Historical));
        Assert.Equal(1940, BuddhistEra.ToGregorianYear(2483, 1, BuddhistEraRule.Modern));
    }

    [Theory]
    [InlineData(-9456, 1, BuddhistEraRule.Historical, -9998)]
    [InlineData(10542, 12, BuddhistEraRule.Historical, 9999)]
    [InlineData(-9455, 1, BuddhistEraRule.Modern, -9998)]
    [InlineData(10542, 12, BuddhistEraRule.Modern, 9999)]
    public void RangeEnds_Convert(int buddhistYear, int month, BuddhistEraRule rule, int gregorianYear)
        => Assert.Equal(gregorianYear, BuddhistEra.ToGregorianYear(buddhistYear, month, rule));

    [Theory]
    [InlineData(-9456, 4, BuddhistEraRule.Historical)]
    [InlineData(-9456, 1, BuddhistEraRule.Modern)]
    [InlineData(10543, 1, BuddhistEraRule.Modern)]
    [InlineData(int.MinValue, 1, BuddhistEraRule.Historical)]
    [InlineData(int.MaxValue, 1, BuddhistEraRule.Modern)]
    public void YearsBeyondLocalDate_AreRefusedWithTheRange(int buddhistYear, int month, BuddhistEraRule rule)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.ToGregorianYear(buddhistYear, month, rule));
        Assert.Contains("-9455 to 10542", e.Message);
        Assert.False(BuddhistEra.TryToGregorianYear(buddhistYear, month, rule, out _));
    }

    [Fact]
    public void GregorianYearsBeyondLocalDate_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.ToBuddhistYear(10000));
        Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.ToBuddhistYear(-9999, 1, BuddhistEraRule.Modern));
        Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.ToGregorianYear(10543));
        Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.ToBuddhistYear(2000, 13, BuddhistEraRule.Modern));
    }

    [Fact]
    public void ADayThatDoesNotExist_IsRefusedWithTheMonthLength()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.ToLocalDate(2563, 2, 30));
        Assert.Contains("29 days", e.Message);
        Assert.False(BuddhistEra.TryToLocalDate(2564, 2, 29, BuddhistEraRule.Modern, out _));
    }

    [Fact]
    public void UndefinedRule_IsRefused()
    {
        var rule = (BuddhistEraRule)7;
        Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.GetYear(new LocalDate(1930, 1, 1), rule));
        Assert.Throws<ArgumentOutOfRangeException>(() => BuddhistEra.ToGregorianYear(2470, 1, rule));
        Assert.False(BuddhistEra.TryToGregorianYear(2470, 1, rule, out _));
    }

    [Theory]
    [InlineData(BuddhistEraRule.Modern)]
    [InlineData(BuddhistEraRule.Historical)]
    public void DateTimeAndDateOnlyOverloads_AgreeWithLocalDate(BuddhistEraRule rule)
        => PropertyCheck.Holds(CalendarGenerators.Between(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31)), date =>
        {
            var expected = BuddhistEra.GetYear(date, rule);
            return BuddhistEra.GetYear(date.ToDateTimeUnspecified().AddHours(23), rule) == expected
                && BuddhistEra.GetYear(date.ToDateOnly(), rule) == expected;
        });

    [Fact]
    public void DatesInOtherCalendars_AreReadAsTheSameDay()
    {
        // Julian 25 December 1940 is Gregorian 7 January 1941: already BE 2484.
        var julian = new LocalDate(1940, 12, 25, CalendarSystem.Julian);
        Assert.Equal(2484, BuddhistEra.GetYear(julian));
        Assert.Equal(2484, BuddhistEra.GetYear(julian, BuddhistEraRule.Historical));
    }
}
