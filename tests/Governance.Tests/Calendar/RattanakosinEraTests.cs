using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Calendar;

public class RattanakosinEraTests
{
    private static readonly Gen<LocalDate> CivilDate = CalendarGenerators.Between(new LocalDate(1889, 4, 1), new LocalDate(1913, 3, 31));

    [Theory]
    [InlineData(1889, 4, 1, 108)]
    [InlineData(1889, 12, 31, 108)]
    [InlineData(1890, 1, 1, 108)]
    [InlineData(1890, 3, 31, 108)]
    [InlineData(1890, 4, 1, 109)]
    [InlineData(1912, 4, 1, 131)]
    [InlineData(1913, 3, 31, 131)]
    public void KnownDates(int year, int month, int day, int rattanakosinYear)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(rattanakosinYear, RattanakosinEra.GetYear(date));
        Assert.True(RattanakosinEra.TryGetYear(date, out var tried));
        Assert.Equal(rattanakosinYear, tried);
    }

    [Theory]
    [InlineData(1889, 3, 31)]
    [InlineData(1913, 4, 1)]
    [InlineData(2020, 1, 1)]
    public void DatesOutsideTheCivilSpan_AreRefusedNamingTheSpan(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RattanakosinEra.GetYear(date));
        Assert.Contains("1889-04-01", e.Message);
        Assert.Contains("1913-03-31", e.Message);
        Assert.False(RattanakosinEra.TryGetYear(date, out var tried));
        Assert.Equal(0, tried);
    }

    [Fact]
    public void DatesRoundTrip_OverTheCivilSpan()
        => PropertyCheck.Holds(CivilDate, date =>
        {
            var year = RattanakosinEra.GetYear(date);
            return RattanakosinEra.ToLocalDate(year, date.Month, date.Day) == date
                && RattanakosinEra.TryToLocalDate(year, date.Month, date.Day, out var built) && built == date
                && RattanakosinEra.ToGregorianYear(year, date.Month) == date.Year;
        });

    [Fact]
    public void Year_TurnsOnlyOnTheFirstOfApril()
        => PropertyCheck.Holds(CalendarGenerators.Between(new LocalDate(1889, 4, 1), new LocalDate(1913, 3, 30)), date =>
        {
            var next = date.PlusDays(1);
            var step = RattanakosinEra.GetYear(next) - RattanakosinEra.GetYear(date);
            return step == (next is { Month: 4, Day: 1 } ? 1 : 0);
        });

    [Fact]
    public void Year_Is2324BelowTheHistoricalBuddhistYear_BothBeginningInApril()
        => PropertyCheck.Holds(CivilDate, date =>
            RattanakosinEra.GetYear(date) + 2324 == BuddhistEra.GetYear(date, BuddhistEraRule.Historical));

    [Theory]
    [InlineData(108, 4, 1889)]
    [InlineData(108, 12, 1889)]
    [InlineData(108, 1, 1890)]
    [InlineData(131, 3, 1913)]
    public void ToGregorianYear_AddsThe1781Or1782Offset(int rattanakosinYear, int month, int gregorianYear)
    {
        Assert.Equal(gregorianYear, RattanakosinEra.ToGregorianYear(rattanakosinYear, month));
        Assert.True(RattanakosinEra.TryToGregorianYear(rattanakosinYear, month, out var tried));
        Assert.Equal(gregorianYear, tried);
    }

    [Theory]
    [InlineData(107, 4)]
    [InlineData(132, 4)]
    public void YearsOutsideTheCivilSpan_AreRefusedNamingTheSpan(int rattanakosinYear, int month)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RattanakosinEra.ToGregorianYear(rattanakosinYear, month));
        Assert.Contains("108–131", e.Message);
        Assert.False(RattanakosinEra.TryToGregorianYear(rattanakosinYear, month, out _));
        Assert.False(RattanakosinEra.TryToLocalDate(rattanakosinYear, month, 1, out _));
    }

    [Fact]
    public void BadMonthsAndDays_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RattanakosinEra.ToGregorianYear(120, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => RattanakosinEra.ToLocalDate(120, 2, 30));
        Assert.False(RattanakosinEra.TryToLocalDate(120, 0, 1, out _));
        Assert.False(RattanakosinEra.TryToLocalDate(120, 4, 31, out _));
    }

    [Fact]
    public void SpanProperties_MatchTheEra()
    {
        Assert.Equal(new LocalDate(1889, 4, 1), RattanakosinEra.CivilStart);
        Assert.Equal(new LocalDate(1913, 3, 31), RattanakosinEra.CivilEnd);
        Assert.Equal(108, RattanakosinEra.GetYear(new DateTime(1889, 4, 1, 12, 0, 0)));
        Assert.Equal(131, RattanakosinEra.GetYear(new DateOnly(1913, 3, 31)));
    }
}
