using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Calendar;

public class ReportingScheduleTests
{
    private static readonly Gen<ReportingSchedule> AnySchedule = Gen.Choose(1, 15).Select(mask =>
        ReportingSchedule.ForQuarters(Enumerable.Range(1, 4).Where(q => (mask & (1 << (q - 1))) != 0).ToArray()));

    [Fact]
    public void SemiAnnual_IsDueAtTheEndOfMarchAndSeptember()
    {
        Assert.Equal(new[] { 2, 4 }, ReportingSchedule.SemiAnnual.Quarters);
        Assert.Equal(
            new[] { new LocalDate(2020, 3, 31), new LocalDate(2020, 9, 30) },
            ReportingSchedule.SemiAnnual.GetDueDates(new ThaiFiscalYear(2563)));
    }

    [Fact]
    public void Quarterly_IsDueAtEveryQuarterEnd()
        => Assert.Equal(
            new[] { new LocalDate(2019, 12, 31), new LocalDate(2020, 3, 31), new LocalDate(2020, 6, 30), new LocalDate(2020, 9, 30) },
            ReportingSchedule.Quarterly.GetDueDates(new ThaiFiscalYear(2563)));

    [Fact]
    public void ForQuarters_IgnoresOrderAndRepeats()
    {
        var schedule = ReportingSchedule.ForQuarters(4, 2, 2);
        Assert.Equal(ReportingSchedule.SemiAnnual, schedule);
        Assert.True(schedule == ReportingSchedule.SemiAnnual);
        Assert.Equal(ReportingSchedule.SemiAnnual.GetHashCode(), schedule.GetHashCode());
        Assert.Equal(new[] { 1, 3 }, ReportingSchedule.ForQuarters(3, 1).Quarters);
        Assert.True(ReportingSchedule.ForQuarters(3, 1) != ReportingSchedule.ForQuarters(1));
        Assert.False(ReportingSchedule.ForQuarters(1).Equals(null));
    }

    [Fact]
    public void ForQuarters_RefusesBadInput()
    {
        Assert.Throws<ArgumentNullException>(() => ReportingSchedule.ForQuarters(null!));
        Assert.Throws<ArgumentException>(() => ReportingSchedule.ForQuarters());
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingSchedule.ForQuarters(2, 5));
        Assert.Contains("1–4", e.Message);
    }

    [Theory]
    [InlineData("2020-03-31", "2020-03-31")]
    [InlineData("2020-03-30", "2020-03-31")]
    [InlineData("2020-04-01", "2020-09-30")]
    [InlineData("2020-10-01", "2021-03-31")]
    [InlineData("2019-10-01", "2020-03-31")]
    public void GetNextDueDate_SemiAnnual(string onOrAfter, string expected)
        => Assert.Equal(Iso(expected), ReportingSchedule.SemiAnnual.GetNextDueDate(Iso(onOrAfter)));

    [Fact]
    public void GetNextDueDate_MayFallInTheNextFiscalYear()
        => Assert.Equal(new LocalDate(2020, 12, 31), ReportingSchedule.ForQuarters(1).GetNextDueDate(new LocalDate(2020, 1, 1)));

    [Fact]
    public void NextDueDate_IsTheEarliestDueDateOnOrAfterTheDate()
        => PropertyCheck.Holds(Gen.Zip(AnySchedule, CalendarGenerators.Between(CalendarGenerators.FirstFiscalDay, new LocalDate(9998, 9, 30))), pair =>
        {
            var (schedule, date) = pair;
            var next = schedule.GetNextDueDate(date);
            var year = ThaiFiscalYear.FromDate(date);
            var candidates = schedule.GetDueDates(year).Concat(schedule.GetDueDates(year.Next())).Where(d => d >= date);
            return next == candidates.Min()
                && schedule.GetDueDates(ThaiFiscalYear.FromDate(next)).Contains(next)
                && schedule.TryGetNextDueDate(date, out var tried) && tried == next;
        });

    [Fact]
    public void DueDates_AreQuarterEndsInOrder()
        => PropertyCheck.Holds(Gen.Zip(AnySchedule, CalendarGenerators.FiscalYear), pair =>
        {
            var (schedule, year) = pair;
            var dates = schedule.GetDueDates(year);
            return dates.Count == schedule.Quarters.Count
                && dates.Zip(schedule.Quarters, (d, q) => d == year.GetQuarter(q).End).All(ok => ok)
                && dates.Zip(dates.Skip(1), (a, b) => a < b).All(ok => ok);
        });

    [Fact]
    public void GetNextDueDate_OutsideTheSupportedYears_IsRefused()
    {
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingSchedule.SemiAnnual.GetNextDueDate(new LocalDate(1960, 9, 30)));
        Assert.Contains("before fiscal year 2504", before.Message);
        Assert.Equal(new LocalDate(9999, 9, 30), ReportingSchedule.SemiAnnual.GetNextDueDate(new LocalDate(9999, 4, 1)));
        var after = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingSchedule.ForQuarters(1).GetNextDueDate(new LocalDate(9999, 1, 1)));
        Assert.Contains("10542", after.Message);
        Assert.False(ReportingSchedule.ForQuarters(1).TryGetNextDueDate(new LocalDate(9999, 1, 1), out _));
    }

    [Fact]
    public void ToString_NamesTheQuarters()
    {
        Assert.Equal("semi-annual: due at the end of Q2, Q4", ReportingSchedule.SemiAnnual.ToString());
        Assert.Equal("quarterly: due at the end of Q1, Q2, Q3, Q4", ReportingSchedule.Quarterly.ToString());
        Assert.Equal("due at the end of Q3", ReportingSchedule.ForQuarters(3).ToString());
    }

    private static LocalDate Iso(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
