using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Benchmarks.Calendar;

/// <summary>
/// The Buddhist-Era year of a date: <see cref="BuddhistEra.GetYear(LocalDate)"/> and its <see cref="DateTime"/>
/// overload against <see cref="ThaiBuddhistCalendar.GetYear(DateTime)"/> (the anchor). Each operation is one date;
/// every method sums the years of the same 4,096 dates, so the loop costs the same on every side.
/// Goal: ours at least twice as fast as the anchor, allocating nothing.
/// </summary>
[MemoryDiagnoser]
public class BuddhistEraBenchmarks
{
    private readonly ThaiBuddhistCalendar _calendar = new();
    private DateTime[] _dateTimes = [];
    private LocalDate[] _localDates = [];

    /// <summary>Creates the dates once per run.</summary>
    [GlobalSetup]
    public void Setup() => (_dateTimes, _localDates) = CalendarDates.Create();

    /// <summary>The anchor: .NET's Thai Buddhist calendar.</summary>
    /// <returns>The sum of the years.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = CalendarDates.Count)]
    public int ThaiBuddhistCalendarGetYear()
    {
        var sum = 0;
        foreach (var date in _dateTimes)
        {
            sum += _calendar.GetYear(date);
        }

        return sum;
    }

    /// <summary>Ours, from a <see cref="DateTime"/> (modern rule).</summary>
    /// <returns>The sum of the years.</returns>
    [Benchmark(OperationsPerInvoke = CalendarDates.Count)]
    public int BuddhistEraGetYearDateTime()
    {
        var sum = 0;
        foreach (var date in _dateTimes)
        {
            sum += BuddhistEra.GetYear(date);
        }

        return sum;
    }

    /// <summary>Ours, from a <see cref="LocalDate"/> (modern rule): the library's native input.</summary>
    /// <returns>The sum of the years.</returns>
    [Benchmark(OperationsPerInvoke = CalendarDates.Count)]
    public int BuddhistEraGetYearLocalDate()
    {
        var sum = 0;
        foreach (var date in _localDates)
        {
            sum += BuddhistEra.GetYear(date);
        }

        return sum;
    }

    /// <summary>Ours, from a <see cref="LocalDate"/> under the historical rule (which also reads the month).</summary>
    /// <returns>The sum of the years.</returns>
    [Benchmark(OperationsPerInvoke = CalendarDates.Count)]
    public int BuddhistEraGetYearLocalDateHistorical()
    {
        var sum = 0;
        foreach (var date in _localDates)
        {
            sum += BuddhistEra.GetYear(date, BuddhistEraRule.Historical);
        }

        return sum;
    }
}
