using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Calendar;

public class FiscalQuarterTests
{
    [Theory]
    [InlineData(1, 2019, 10, 1, 2019, 12, 31)]
    [InlineData(2, 2020, 1, 1, 2020, 3, 31)]
    [InlineData(3, 2020, 4, 1, 2020, 6, 30)]
    [InlineData(4, 2020, 7, 1, 2020, 9, 30)]
    public void QuartersOf2563(int number, int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay)
    {
        var quarter = new FiscalQuarter(new ThaiFiscalYear(2563), number);
        Assert.Equal(new LocalDate(startYear, startMonth, startDay), quarter.Start);
        Assert.Equal(new LocalDate(endYear, endMonth, endDay), quarter.End);
        Assert.Equal($"2563Q{number}", quarter.ToString());
        Assert.Equal(number, quarter.Number);
        Assert.Equal(2563, quarter.FiscalYear.BuddhistYear);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(11, 1)]
    [InlineData(12, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(6, 3)]
    [InlineData(7, 4)]
    [InlineData(8, 4)]
    [InlineData(9, 4)]
    public void Months_BelongToTheirQuarter(int month, int number)
        => PropertyCheck.Holds(Gen.Choose(1961, 9998), year =>
        {
            var date = new LocalDate(year, month, 15);
            return FiscalQuarter.FromDate(date).Number == number
                && FiscalQuarter.FromDate(date).FiscalYear == ThaiFiscalYear.FromDate(date);
        }, maxTest: 100);

    [Fact]
    public void EveryDate_LiesInExactlyOneQuarterOfItsYear()
        => PropertyCheck.Holds(CalendarGenerators.FiscalDate, date =>
        {
            var quarter = FiscalQuarter.FromDate(date);
            var containing = ThaiFiscalYear.FromDate(date).Quarters.Where(q => q.Contains(date)).ToList();
            return containing.Count == 1 && containing[0] == quarter
                && quarter.Start <= date && date <= quarter.End
                && (quarter == ThaiFiscalYear.MinValue.GetQuarter(1) || !quarter.Previous().Contains(date))
                && (quarter == ThaiFiscalYear.MaxValue.GetQuarter(4) || !quarter.Next().Contains(date));
        });

    [Fact]
    public void Quarters_FollowOneAnotherWithoutGaps()
        => PropertyCheck.Holds(CalendarGenerators.Quarter.Where(q => q != ThaiFiscalYear.MaxValue.GetQuarter(4)), quarter =>
        {
            var next = quarter.Next();
            return next.Start == quarter.End.PlusDays(1)
                && next.Previous() == quarter
                && next > quarter
                && (quarter.Number == 4 ? next.Number == 1 && next.FiscalYear == quarter.FiscalYear.Next() : next.Number == quarter.Number + 1 && next.FiscalYear == quarter.FiscalYear)
                && Period.Between(quarter.Start, quarter.End, PeriodUnits.Months).Months == 2;
        });

    [Fact]
    public void Ordering_IsConsistentWithDates()
        => PropertyCheck.Holds(Gen.Zip(CalendarGenerators.FiscalDate, CalendarGenerators.FiscalDate), pair =>
        {
            var (a, b) = pair;
            var (x, y) = (FiscalQuarter.FromDate(a), FiscalQuarter.FromDate(b));
            var sign = Math.Sign(x.CompareTo(y));
            return (a <= b ? x <= y : x >= y)
                && sign == Math.Sign(x.Start.CompareTo(y.Start))
                && sign == Math.Sign(((IComparable)x).CompareTo(y))
                && (x == y) == (sign == 0) && (x != y) == (sign != 0)
                && (x < y) == (sign < 0) && (x > y) == (sign > 0)
                && (x == y) == x.Equals((object)y)
                && (x != y || x.GetHashCode() == y.GetHashCode());
        });

    [Fact]
    public void DateTimeAndDateOnlyOverloads_AgreeWithLocalDate()
        => PropertyCheck.Holds(CalendarGenerators.FiscalDate, date =>
            FiscalQuarter.FromDate(date.ToDateTimeUnspecified().AddHours(23.5)) == FiscalQuarter.FromDate(date)
            && FiscalQuarter.FromDate(date.ToDateOnly()) == FiscalQuarter.FromDate(date)
            && FiscalQuarter.TryFromDate(date, out var tried) && tried == FiscalQuarter.FromDate(date));

    [Fact]
    public void DatesOutsideTheSupportedYears_AreRefused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalQuarter.FromDate(new LocalDate(1960, 9, 30)));
        Assert.Contains("before fiscal year 2504", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalQuarter.FromDate(new DateTime(9999, 10, 1)));
        Assert.False(FiscalQuarter.TryFromDate(new LocalDate(9999, 12, 31), out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void QuarterNumbersOutsideOneToFour_AreRefused(int number)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalQuarter(new ThaiFiscalYear(2563), number));
        Assert.Contains("1 (October–December)", e.Message);
    }

    [Fact]
    public void DefaultAndEnds()
    {
        Assert.Equal("2504Q1", default(FiscalQuarter).ToString());
        Assert.Equal(new LocalDate(1960, 10, 1), default(FiscalQuarter).Start);
        Assert.Throws<InvalidOperationException>(() => default(FiscalQuarter).Previous());
        Assert.Throws<InvalidOperationException>(() => ThaiFiscalYear.MaxValue.GetQuarter(4).Next());
    }

    [Fact]
    public void ParseAndFormat_RoundTrip()
        => PropertyCheck.Holds(CalendarGenerators.Quarter, quarter =>
        {
            var text = quarter.ToString();
            return FiscalQuarter.Parse(text).Value == quarter
                && FiscalQuarter.Parse(text.ToLowerInvariant().AsSpan()).Value == quarter
                && FiscalQuarter.TryParse(text, out var tried) && tried == quarter
                && text == $"{quarter.FiscalYear.BuddhistYear}Q{quarter.Number}";
        });

    [Theory]
    [InlineData("2563", 4, "Expected 'Q' at position 4")]
    [InlineData("2563Q", 5, "quarter number 1–4 at position 5, but the text ended")]
    [InlineData("2563Q5", 5, "found '5'")]
    [InlineData("2563Q0", 5, "found '0'")]
    [InlineData("2563Q12", 6, "Expected the end of the text")]
    [InlineData("2563H1", 4, "found 'H'")]
    [InlineData("Q2", 0, "found 'Q'")]
    [InlineData("2503Q1", 0, "Fiscal year 2503 is not supported")]
    public void Parse_ExplainsWhatWasExpectedAndWhere(string text, int position, string message)
    {
        var result = FiscalQuarter.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Contains(message, result.Message);
        Assert.False(FiscalQuarter.TryParse(text, out _));
    }

    [Fact]
    public void Parse_NeverThrowsOnText()
        => PropertyCheck.Holds(
            Gen.Elements("0123456789Qq H".ToCharArray()).ArrayOf().Select(chars => new string(chars)),
            text =>
            {
                var result = FiscalQuarter.Parse(text);
                return result.Success ? string.Equals(result.Value.ToString(), text, StringComparison.OrdinalIgnoreCase) : result.Message.Length > 0;
            });

    [Fact]
    public void ToFiscalPeriod_KeepsTheDates()
        => PropertyCheck.Holds(CalendarGenerators.Quarter, quarter =>
        {
            var period = quarter.ToFiscalPeriod();
            return period.Kind == FiscalPeriodKind.Quarter && period.Number == quarter.Number
                && period.FiscalYear == quarter.FiscalYear && period.Start == quarter.Start && period.End == quarter.End
                && period.ToString() == quarter.ToString();
        });
}
