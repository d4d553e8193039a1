using System.Runtime.CompilerServices;
using NodaTime;

namespace Participation.Governance.Calendar;

/// <summary>
/// Conversions between Gregorian (ISO) dates and years and the Buddhist Era (พุทธศักราช, พ.ศ.).
/// </summary>
/// <remarks>
/// <para>
/// Under <see cref="BuddhistEraRule.Modern"/> (the default) BE = CE + 543 for every date. Under
/// <see cref="BuddhistEraRule.Historical"/> the Thai year began on 1 April before 1 January 1941, so a date
/// in January–March of a year before 1941 has BE = CE + 542.
/// </para>
/// <para>
/// Both rules are total over <see cref="LocalDate"/>'s ISO range (CE −9998 to 9999, i.e. BE −9455 to 10542,
/// with the historical rule reaching BE −9456 for January–March of CE −9998). Conversions from a BE year
/// outside that range, or to a BE year/month that never existed (January–March 2483 under the historical
/// rule), throw <see cref="ArgumentOutOfRangeException"/> from the throwing members and return false from
/// the <c>Try…</c> members.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class BuddhistEra
{
    /// <summary>The difference BE − CE under the modern rule: 543.</summary>
    public const int Offset = EraOffsets.BuddhistEra;

    /// <summary>The first Gregorian year in which the Thai year began on 1 January: 1941 (พ.ศ. ๒๔๘๔).</summary>
    public const int FirstJanuaryNewYear = 1941;

    /// <summary>The BE year that was only nine months long (1 April – 31 December 1940) under the historical rule.</summary>
    public const int ShortYear = 2483;

    private const int MinIsoYear = -9998;
    private const int MaxIsoYear = 9999;

    /// <summary>The smallest BE year that <see cref="ToGregorianYear(int)"/> accepts: −9455 (CE −9998).</summary>
    public const int MinYear = MinIsoYear + Offset;

    /// <summary>The largest BE year that <see cref="ToGregorianYear(int)"/> accepts: 10542 (CE 9999).</summary>
    public const int MaxYear = MaxIsoYear + Offset;

    /// <summary>Gets the BE year of a date under the modern rule (CE + 543).</summary>
    /// <param name="date">The date; a date in a non-ISO calendar is converted to ISO first.</param>
    /// <returns>The Buddhist-Era year.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GetYear(LocalDate date) => FiscalCalendar.ToIso(date).Year + Offset;

    /// <summary>Gets the BE year of a date under the given rule.</summary>
    /// <param name="date">The date; a date in a non-ISO calendar is converted to ISO first.</param>
    /// <param name="rule">The rule to apply.</param>
    /// <returns>The Buddhist-Era year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined <see cref="BuddhistEraRule"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GetYear(LocalDate date, BuddhistEraRule rule)
    {
        date = FiscalCalendar.ToIso(date);
        return YearOf(date.Year, date.Month, rule);
    }

    /// <summary>Gets the BE year of a <see cref="DateTime"/>'s date under the given rule.</summary>
    /// <param name="date">The date; its time of day and kind are ignored.</param>
    /// <param name="rule">The rule to apply.</param>
    /// <returns>The Buddhist-Era year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined <see cref="BuddhistEraRule"/>.</exception>
    public static int GetYear(DateTime date, BuddhistEraRule rule = BuddhistEraRule.Modern)
    {
        if (rule == BuddhistEraRule.Modern)
        {
            return date.Year + Offset;
        }

        FiscalCalendar.GetYearMonth(date, out var year, out var month);
        return YearOf(year, month, rule);
    }

#if NET6_0_OR_GREATER
    /// <summary>Gets the BE year of a <see cref="DateOnly"/> under the given rule.</summary>
    /// <param name="date">The date.</param>
    /// <param name="rule">The rule to apply.</param>
    /// <returns>The Buddhist-Era year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined <see cref="BuddhistEraRule"/>.</exception>
    public static int GetYear(DateOnly date, BuddhistEraRule rule = BuddhistEraRule.Modern)
    {
        if (rule == BuddhistEraRule.Modern)
        {
            return date.Year + Offset;
        }

        date.Deconstruct(out var year, out var month, out _);
        return YearOf(year, month, rule);
    }
#endif

    /// <summary>Converts a Gregorian year to its BE year under the modern rule.</summary>
    /// <param name="gregorianYear">The Gregorian (CE) year, −9998 to 9999.</param>
    /// <returns>The BE year, CE + 543.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gregorianYear"/> is outside −9998 to 9999.</exception>
    public static int ToBuddhistYear(int gregorianYear)
    {
        CheckGregorianYear(gregorianYear);
        return gregorianYear + Offset;
    }

    /// <summary>Converts a Gregorian year and month to the BE year under the given rule.</summary>
    /// <param name="gregorianYear">The Gregorian (CE) year, −9998 to 9999.</param>
    /// <param name="month">The month, 1–12 (it matters only under the historical rule before 1941).</param>
    /// <param name="rule">The rule to apply.</param>
    /// <returns>The BE year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range, or <paramref name="rule"/> is not defined.</exception>
    public static int ToBuddhistYear(int gregorianYear, int month, BuddhistEraRule rule)
    {
        CheckGregorianYear(gregorianYear);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return YearOf(gregorianYear, month, rule);
    }

    /// <summary>Converts a BE year to its Gregorian year under the modern rule.</summary>
    /// <param name="buddhistYear">The BE year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The Gregorian year, BE − 543.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="buddhistYear"/> is outside the supported range.</exception>
    public static int ToGregorianYear(int buddhistYear)
    {
        if (buddhistYear < MinYear || buddhistYear > MaxYear)
        {
            Preconditions.ThrowArgumentOutOfRange(
                nameof(buddhistYear),
                buddhistYear,
                $"A Buddhist-Era year must be in the range {MinYear} to {MaxYear} (CE {MinIsoYear} to {MaxIsoYear}).");
        }

        return buddhistYear - Offset;
    }

    /// <summary>Converts a BE year and month to the Gregorian year under the given rule.</summary>
    /// <param name="buddhistYear">The BE year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="rule">The rule to apply.</param>
    /// <returns>The Gregorian year in which that month of that BE year fell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The month is not 1–12, the result would fall outside CE −9998 to 9999, the BE month never existed
    /// (January–March 2483 under the historical rule), or <paramref name="rule"/> is not defined.
    /// </exception>
    public static int ToGregorianYear(int buddhistYear, int month, BuddhistEraRule rule)
    {
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        CheckRule(rule);
        if (!TryToGregorianYear(buddhistYear, month, rule, out var year))
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(buddhistYear), buddhistYear, DescribeInvalidYear(buddhistYear, month, rule));
        }

        return year;
    }

    /// <summary>Tries to convert a BE year and month to the Gregorian year under the given rule.</summary>
    /// <param name="buddhistYear">The BE year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="rule">The rule to apply.</param>
    /// <param name="gregorianYear">The Gregorian year, or 0 when the conversion fails.</param>
    /// <returns>
    /// False when the month is not 1–12, the result is out of range, the BE month never existed, or
    /// <paramref name="rule"/> is not defined.
    /// </returns>
    public static bool TryToGregorianYear(int buddhistYear, int month, BuddhistEraRule rule, out int gregorianYear)
    {
        gregorianYear = 0;
        if (month < 1 || month > 12 || (uint)rule > (uint)BuddhistEraRule.Historical
            || buddhistYear < MinYear - 1 || buddhistYear > MaxYear)
        {
            return false;
        }

        var year = buddhistYear - Offset;
        if (rule == BuddhistEraRule.Historical && month <= 3 && year < FirstJanuaryNewYear)
        {
            year++;
            if (year >= FirstJanuaryNewYear)
            {
                // January–March of BE 2483 would be 1941, which is already BE 2484.
                return false;
            }
        }

        if (year < MinIsoYear || year > MaxIsoYear)
        {
            return false;
        }

        gregorianYear = year;
        return true;
    }

    /// <summary>Builds the ISO date for a day of a BE year.</summary>
    /// <param name="buddhistYear">The BE year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="rule">The rule to apply; modern when omitted.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The date does not exist (including January–March 2483 under the historical rule), is outside
    /// <see cref="LocalDate"/>'s range, or <paramref name="rule"/> is not defined.
    /// </exception>
    public static LocalDate ToLocalDate(int buddhistYear, int month, int day, BuddhistEraRule rule = BuddhistEraRule.Modern)
    {
        var year = ToGregorianYear(buddhistYear, month, rule);
        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            Preconditions.ThrowArgumentOutOfRange(
                nameof(day),
                day,
                $"Day {day} does not exist in month {month} of BE {buddhistYear}: that month has {daysInMonth} days.");
        }

        return new LocalDate(year, month, day);
    }

    /// <summary>Tries to build the ISO date for a day of a BE year.</summary>
    /// <param name="buddhistYear">The BE year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="rule">The rule to apply.</param>
    /// <param name="date">The date, or default when it does not exist.</param>
    /// <returns>False when the date does not exist, is out of range, or <paramref name="rule"/> is not defined.</returns>
    public static bool TryToLocalDate(int buddhistYear, int month, int day, BuddhistEraRule rule, out LocalDate date)
    {
        date = default;
        if (!TryToGregorianYear(buddhistYear, month, rule, out var year)
            || day < 1
            || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Explains why a BE year and month cannot be converted, in words a user can act on.</summary>
    internal static string DescribeInvalidYear(int buddhistYear, int month, BuddhistEraRule rule)
    {
        if (rule == BuddhistEraRule.Historical && buddhistYear == ShortYear && month >= 1 && month <= 3)
        {
            return $"{EraYearConverter.MonthName(month)} BE {ShortYear} did not exist under the historical rule: BE {ShortYear} ran only from 1 April to 31 December 1940, and January 1941 began BE {ShortYear + 1}.";
        }

        return $"BE year {buddhistYear} is outside the supported range {MinYear} to {MaxYear} (CE {MinIsoYear} to {MaxIsoYear}).";
    }

    /// <summary>The BE year of an ISO year and month known to be in range: the hot path, a compare or two.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int YearOf(int gregorianYear, int month, BuddhistEraRule rule)
    {
        CheckRule(rule);

        // Branch-free: (int)Historical is 1 and Modern 0, so only the historical rule subtracts one, for January–March before 1941.
        var shift = (int)rule & (gregorianYear < FirstJanuaryNewYear ? 1 : 0) & (month <= 3 ? 1 : 0);
        return gregorianYear + Offset - shift;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckRule(BuddhistEraRule rule)
    {
        if ((uint)rule > (uint)BuddhistEraRule.Historical)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(rule), rule, $"Unknown Buddhist-Era rule {(int)rule}: use {nameof(BuddhistEraRule.Modern)} or {nameof(BuddhistEraRule.Historical)}.");
        }
    }

    private static void CheckGregorianYear(int gregorianYear)
    {
        if (gregorianYear < MinIsoYear || gregorianYear > MaxIsoYear)
        {
            Preconditions.ThrowArgumentOutOfRange(
                nameof(gregorianYear),
                gregorianYear,
                $"A Gregorian year must be in the range {MinIsoYear} to {MaxIsoYear} (LocalDate's range).");
        }
    }
}
