using BenchmarkDotNet.Attributes;
using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Benchmarks.Calendar;

/// <summary>
/// The fiscal quarter of a date: <see cref="FiscalQuarter.FromDate(DateTime)"/> and
/// <see cref="FiscalQuarter.FromDate(LocalDate)"/> against month arithmetic written by hand on <see cref="DateTime"/>
/// (the anchor). Each operation is one date; every method reduces the fiscal year and quarter of the same 4,096 dates to
/// <c>year × 4 + quarter</c> and sums it, so both sides produce the same information.
/// Goal: ours within 1.2× the anchor's time, allocating nothing.
/// </summary>
[MemoryDiagnoser]
public class FiscalQuarterBenchmarks
{
    private DateTime[] _dateTimes = [];
    private LocalDate[] _localDates = [];

    /// <summary>Creates the dates once per run.</summary>
    [GlobalSetup]
    public void Setup() => (_dateTimes, _localDates) = CalendarDates.Create();

    /// <summary>The anchor: what an application writes without the library (no range checks, no types).</summary>
    /// <returns>The sum of year × 4 + quarter.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = CalendarDates.Count)]
    public int HandWrittenDateTimeArithmetic()
    {
        var sum = 0;
        foreach (var date in _dateTimes)
        {
            var month = date.Month;
            var fiscalYear = date.Year + 543 + (month >= 10 ? 1 : 0);
            var quarter = (((month + 2) % 12) / 3) + 1;
            sum += (fiscalYear * 4) + quarter;
        }

        return sum;
    }

    /// <summary>Ours, from a <see cref="DateTime"/>.</summary>
    /// <returns>The sum of year × 4 + quarter.</returns>
    [Benchmark(OperationsPerInvoke = CalendarDates.Count)]
    public int FiscalQuarterFromDateTime()
    {
        var sum = 0;
        foreach (var date in _dateTimes)
        {
            var quarter = FiscalQuarter.FromDate(date);
            sum += (quarter.FiscalYear.BuddhistYear * 4) + quarter.Number;
        }

        return sum;
    }

    /// <summary>Ours, from a <see cref="LocalDate"/>: the library's native input.</summary>
    /// <returns>The sum of year × 4 + quarter.</returns>
    [Benchmark(OperationsPerInvoke = CalendarDates.Count)]
    public int FiscalQuarterFromLocalDate()
    {
        var sum = 0;
        foreach (var date in _localDates)
        {
            var quarter = FiscalQuarter.FromDate(date);
            sum += (quarter.FiscalYear.BuddhistYear * 4) + quarter.Number;
        }

        return sum;
    }
}
