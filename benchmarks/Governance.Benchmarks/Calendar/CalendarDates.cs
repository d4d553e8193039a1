using NodaTime;

namespace Participation.Governance.Benchmarks.Calendar;

/// <summary>
/// The dates both sides of each calendar benchmark iterate over: the same days as <see cref="DateTime"/> and as
/// <see cref="LocalDate"/>, drawn with a fixed seed so that every run measures the same work.
/// </summary>
internal static class CalendarDates
{
    /// <summary>How many dates each benchmark invocation visits (its OperationsPerInvoke).</summary>
    internal const int Count = 4096;

    /// <summary>Creates <see cref="Count"/> dates between 1 October 1960 and 31 December 2100 (inside every supported fiscal year).</summary>
    internal static (DateTime[] DateTimes, LocalDate[] LocalDates) Create()
    {
        var random = new Random(2563);
        var first = new DateTime(1960, 10, 1);
        var days = (int)(new DateTime(2100, 12, 31) - first).TotalDays;
        var dateTimes = new DateTime[Count];
        var localDates = new LocalDate[Count];
        for (var i = 0; i < Count; i++)
        {
            dateTimes[i] = first.AddDays(random.Next(days + 1));
            localDates[i] = LocalDate.FromDateTime(dateTimes[i]);
        }

        return (dateTimes, localDates);
    }
}
