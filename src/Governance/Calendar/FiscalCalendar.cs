using System.Runtime.CompilerServices;
using NodaTime;

namespace Participation.Governance.Calendar;

/// <summary>
/// Arithmetic shared by the fiscal types. Every fiscal value is a count of months from the first
/// supported fiscal month (October 1960, the start of fiscal year 2504), so a fiscal year is that count
/// divided by 12 and a fiscal quarter the count divided by 3.
/// </summary>
internal static class FiscalCalendar
{
    /// <summary>The Gregorian year in which fiscal year 2504 began (on 1 October).</summary>
    internal const int FirstStartYear = ThaiFiscalYear.MinBuddhistYear - BuddhistEra.Offset - 1;

    /// <summary>The zero-based month index of October.</summary>
    private const int OctoberIndex = 9;

    /// <summary>The number of fiscal months from October 1960 to September 9999 inclusive, minus one.</summary>
    internal const int MaxMonthIndex = ((ThaiFiscalYear.MaxBuddhistYear - ThaiFiscalYear.MinBuddhistYear + 1) * 12) - 1;

    /// <summary>
    /// The fiscal month index of a date: 0 for October 1960, counting up one per month. Negative before
    /// fiscal year 2504; above <see cref="MaxMonthIndex"/> from October 9999 on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int MonthIndex(int isoYear, int month) => ((isoYear - FirstStartYear) * 12) + month - 1 - OctoberIndex;

    /// <summary>Gets a <see cref="DateTime"/>'s year and month, computing its date only once where the runtime allows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void GetYearMonth(DateTime date, out int year, out int month)
    {
#if NET8_0_OR_GREATER
        date.Deconstruct(out year, out month, out _);
#else
        year = date.Year;
        month = date.Month;
#endif
    }

    /// <summary>Gets the ISO year and month of a fiscal month index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ToYearMonth(int monthIndex, out int isoYear, out int month)
    {
        var absolute = monthIndex + OctoberIndex;
        isoYear = FirstStartYear + (absolute / 12);
        month = (absolute % 12) + 1;
    }

    /// <summary>The first day of a fiscal month.</summary>
    internal static LocalDate StartOfMonth(int monthIndex)
    {
        ToYearMonth(monthIndex, out var year, out var month);
        return new LocalDate(year, month, 1);
    }

    /// <summary>The last day of a fiscal month.</summary>
    internal static LocalDate EndOfMonth(int monthIndex)
    {
        ToYearMonth(monthIndex, out var year, out var month);
        return new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
    }

    /// <summary>
    /// The same day in the ISO calendar. The fiscal and Buddhist-Era rules are defined on Gregorian
    /// dates, so a date held in another NodaTime calendar is converted rather than misread.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static LocalDate ToIso(LocalDate date)
        => ReferenceEquals(date.Calendar, CalendarSystem.Iso) ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>Explains why a date has no fiscal year.</summary>
    internal static string DescribeDateOutsideFiscalYears(LocalDate date)
        => MonthIndex(date.Year, date.Month) < 0
            ? $"The date {Iso(date)} falls before fiscal year {ThaiFiscalYear.MinBuddhistYear}, which began on {Iso(ThaiFiscalYear.MinValue.Start)}: earlier budget years followed other rules, which this library does not guess."
            : $"The date {Iso(date)} falls in fiscal year {ThaiFiscalYear.MaxBuddhistYear + 1}, which would end after {Iso(LocalDate.MaxIsoValue)}, the last date LocalDate can represent; the last supported fiscal year is {ThaiFiscalYear.MaxBuddhistYear}.";

    /// <summary>Explains why a BE year is not a supported fiscal year.</summary>
    internal static string DescribeUnsupportedFiscalYear(long buddhistYear)
        => buddhistYear < ThaiFiscalYear.MinBuddhistYear
            ? $"Fiscal year {buddhistYear} is not supported: the October–September fiscal year applies from fiscal year {ThaiFiscalYear.MinBuddhistYear} (which began on 1960-10-01) on, and earlier budget years followed other rules."
            : $"Fiscal year {buddhistYear} is not supported: it would end after {Iso(LocalDate.MaxIsoValue)}, the last date LocalDate can represent; the last supported fiscal year is {ThaiFiscalYear.MaxBuddhistYear}.";

    /// <summary>Formats a date as yyyy-MM-dd without depending on the current culture.</summary>
    internal static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
