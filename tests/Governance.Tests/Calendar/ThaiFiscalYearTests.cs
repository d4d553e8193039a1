using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Calendar;

public class ThaiFiscalYearTests
{
    [Fact]
    public void FiscalYear2563_RunsFromOctober2019ToSeptember2020()
    {
        var year = new ThaiFiscalYear(2563);
        Assert.Equal(2563, year.BuddhistYear);
        Assert.Equal(new LocalDate(2019, 10, 1), year.Start);
        Assert.Equal(new LocalDate(2020, 9, 30), year.End);
        Assert.Equal("2563", year.ToString());
    }

    [Theory]
    [InlineData(2019, 9, 30, 2562)]
    [InlineData(2019, 10, 1, 2563)]
    [InlineData(2020, 2, 29, 2563)]
    [InlineData(2020, 9, 30, 2563)]
    [InlineData(2020, 10, 1, 2564)]
    [InlineData(1960, 10, 1, 2504)]
    [InlineData(9999, 9, 30, 10542)]
    public void FromDate_KnownDates(int year, int month, int day, int fiscalYear)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(fiscalYear, ThaiFiscalYear.FromDate(date).BuddhistYear);
        Assert.Equal(fiscalYear, ThaiFiscalYear.FromDate(date.ToDateTimeUnspecified()).BuddhistYear);
        Assert.Equal(fiscalYear, ThaiFiscalYear.FromDate(date.ToDateOnly()).BuddhistYear);
        Assert.True(ThaiFiscalYear.TryFromDate(date, out var tried));
        Assert.Equal(fiscalYear, tried.BuddhistYear);
    }

    [Theory]
    [InlineData(2503, "2504")]
    [InlineData(0, "2504")]
    [InlineData(int.MinValue, "2504")]
    [InlineData(10543, "10542")]
    [InlineData(int.MaxValue, "10542")]
    public void UnsupportedYears_AreRefusedWithTheLimit(int buddhistYear, string limit)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ThaiFiscalYear(buddhistYear));
        Assert.Contains($"Fiscal year {buddhistYear} is not supported", e.Message);
        Assert.Contains(limit, e.Message);
        Assert.Equal("buddhistYear", e.ParamName);
    }

    [Theory]
    [InlineData(1960, 9, 30, "falls before fiscal year 2504")]
    [InlineData(-9998, 1, 1, "falls before fiscal year 2504")]
    [InlineData(9999, 10, 1, "last supported fiscal year is 10542")]
    [InlineData(9999, 12, 31, "last supported fiscal year is 10542")]
    public void DatesOutsideTheSupportedYears_AreRefused(int year, int month, int day, string reason)
    {
        var date = new LocalDate(year, month, day);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ThaiFiscalYear.FromDate(date));
        Assert.Contains(reason, e.Message);
        Assert.False(ThaiFiscalYear.TryFromDate(date, out _));
    }

    [Fact]
    public void DefaultAndLimits_AreValidYears()
    {
        Assert.Equal(2504, default(ThaiFiscalYear).BuddhistYear);
        Assert.Equal(ThaiFiscalYear.MinValue, default);
        Assert.Equal(new LocalDate(1960, 10, 1), ThaiFiscalYear.MinValue.Start);
        Assert.Equal(new LocalDate(9999, 9, 30), ThaiFiscalYear.MaxValue.End);
    }

    [Fact]
    public void EveryDate_LiesInTheYearThatEndsOnTheFirstThirtiethOfSeptemberOnOrAfterIt()
        => PropertyCheck.Holds(CalendarGenerators.FiscalDate, date =>
        {
            var year = ThaiFiscalYear.FromDate(date);
            var end = year.End;
            return end is { Month: 9, Day: 30 }
                && end >= date && end.PlusYears(-1) < date
                && year.BuddhistYear == end.Year + 543
                && year.Start <= date
                && year.Contains(date);
        });

    [Fact]
    public void Years_TileTheCalendar()
        => PropertyCheck.Holds(CalendarGenerators.FiscalYear.Where(y => y != ThaiFiscalYear.MaxValue), year =>
            year.Next().Start == year.End.PlusDays(1)
            && year.Next().Previous() == year
            && year.Next().BuddhistYear == year.BuddhistYear + 1
            && !year.Contains(year.Next().Start)
            && !year.Next().Contains(year.End));

    [Fact]
    public void Ordering_IsConsistentWithDates()
        => PropertyCheck.Holds(Gen.Zip(CalendarGenerators.FiscalDate, CalendarGenerators.FiscalDate), pair =>
        {
            var (a, b) = pair;
            var (x, y) = (ThaiFiscalYear.FromDate(a), ThaiFiscalYear.FromDate(b));
            var sign = Math.Sign(x.CompareTo(y));
            return (a <= b ? x <= y : x >= y)
                && sign == Math.Sign(x.Start.CompareTo(y.Start))
                && sign == Math.Sign(((IComparable)x).CompareTo(y))
                && (x == y) == (sign == 0) && (x != y) == (sign != 0)
                && (x < y) == (sign < 0) && (x > y) == (sign > 0)
                && (x == y) == x.Equals(y) && (x == y) == x.Equals((object)y)
                && (x != y || x.GetHashCode() == y.GetHashCode());
        });

    [Fact]
    public void Quarters_TileTheYearInOrder()
        => PropertyCheck.Holds(CalendarGenerators.FiscalYear, year =>
        {
            var quarters = year.Quarters;
            return quarters.Count == 4
                && quarters[0].Start == year.Start
                && quarters[3].End == year.End
                && Enumerable.Range(0, 3).All(i => quarters[i].End.PlusDays(1) == quarters[i + 1].Start)
                && quarters.Select((q, i) => q == year.GetQuarter(i + 1) && q.FiscalYear == year && q.Number == i + 1).All(ok => ok);
        });

    [Fact]
    public void HalvesAndFullYear_CoverTheExpectedMonths()
    {
        var year = new ThaiFiscalYear(2563);
        Assert.Equal((new LocalDate(2019, 10, 1), new LocalDate(2020, 3, 31)), (year.FirstHalf.Start, year.FirstHalf.End));
        Assert.Equal((new LocalDate(2020, 4, 1), new LocalDate(2020, 9, 30)), (year.SecondHalf.Start, year.SecondHalf.End));
        Assert.Equal((year.Start, year.End), (year.FullYear.Start, year.FullYear.End));
        Assert.Equal(FiscalPeriodKind.HalfYear, year.FirstHalf.Kind);
        Assert.Equal(FiscalPeriodKind.FullYear, year.FullYear.Kind);
    }

    [Fact]
    public void NextAndPrevious_StopAtTheSupportedRange()
    {
        var last = Assert.Throws<InvalidOperationException>(() => ThaiFiscalYear.MaxValue.Next());
        Assert.Contains("10542", last.Message);
        var first = Assert.Throws<InvalidOperationException>(() => ThaiFiscalYear.MinValue.Previous());
        Assert.Contains("2504", first.Message);
    }

    [Fact]
    public void ParseAndFormat_RoundTrip()
        => PropertyCheck.Holds(CalendarGenerators.FiscalYear, year =>
        {
            var text = year.ToString();
            return ThaiFiscalYear.Parse(text).Value == year
                && ThaiFiscalYear.Parse(text.AsSpan()).Value == year
                && ThaiFiscalYear.TryParse(text, out var tried) && tried == year
                && text == year.BuddhistYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    [Theory]
    [InlineData("", 0, "the text is empty")]
    [InlineData("abc", 0, "found 'a'")]
    [InlineData(" 2563", 0, "found U+0020")]
    [InlineData("2563 ", 4, "Expected the end of the fiscal year")]
    [InlineData("2563Q1", 4, "found 'Q'")]
    [InlineData("02563", 0, "without leading zeros")]
    [InlineData("2503", 0, "Fiscal year 2503 is not supported")]
    [InlineData("10543", 0, "last supported fiscal year is 10542")]
    [InlineData("123456", 5, "at most 5 digits")]
    [InlineData("๒๕๖๓", 0, "found '๒'")]
    public void Parse_ExplainsWhatWasExpectedAndWhere(string text, int position, string message)
    {
        var result = ThaiFiscalYear.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Contains(message, result.Message);
        Assert.False(ThaiFiscalYear.TryParse(text, out _));
    }

    [Fact]
    public void Parse_NeverThrowsOnText()
        => PropertyCheck.Holds(
            Gen.Elements("0123456789Qq H-๒\t".ToCharArray()).ArrayOf().Select(chars => new string(chars)),
            text =>
            {
                var result = ThaiFiscalYear.Parse(text);
                return result.Success ? result.Value.ToString() == text : result.Message.Length > 0;
            });

    [Fact]
    public void NullText_IsAProgrammingError()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiFiscalYear.Parse(null!));
        Assert.False(ThaiFiscalYear.TryParse(null, out _));
    }

    [Fact]
    public void NonGenericCompareTo_SortsNullFirstAndRefusesOtherTypes()
    {
        IComparable year = new ThaiFiscalYear(2563);
        Assert.True(year.CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => year.CompareTo(2563));
    }

    [Fact]
    public void DatesInOtherCalendars_AreReadAsTheSameDay()
    {
        // Julian 20 September 2020 is Gregorian 3 October 2020: fiscal year 2564.
        var julian = new LocalDate(2020, 9, 20, CalendarSystem.Julian);
        Assert.Equal(2564, ThaiFiscalYear.FromDate(julian).BuddhistYear);
        Assert.True(new ThaiFiscalYear(2564).Contains(julian));
    }
}
