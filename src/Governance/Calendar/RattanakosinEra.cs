using NodaTime;

namespace Participation.Governance.Calendar;

/// <summary>
/// Conversions for the Rattanakosin era (รัตนโกสินทรศก, ร.ศ.), the civil era of Siam from 1 April 1889
/// (ร.ศ. 108) to 31 March 1913 (ร.ศ. 131). Each year ran 1 April – 31 March: CE = RS + 1781 for
/// April–December and RS + 1782 for January–March.
/// </summary>
/// <remarks>
/// Only the civil span is supported: dates before 1 April 1889 or after 31 March 1913, and RS years other
/// than 108–131, throw <see cref="ArgumentOutOfRangeException"/> naming the span from the throwing members
/// and return false from the <c>Try…</c> members.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class RattanakosinEra
{
    /// <summary>The first RS year of civil use: 108 (from 1 April 1889).</summary>
    public const int FirstYear = 108;

    /// <summary>The last RS year of civil use: 131 (to 31 March 1913).</summary>
    public const int LastYear = 131;

    /// <summary>CE − RS for April–December.</summary>
    private const int AprilOffset = 1781;

    private const string Span = "the Rattanakosin era (ร.ศ.) was in civil use from 1889-04-01 (ร.ศ. 108) to 1913-03-31 (ร.ศ. 131)";

    /// <summary>Gets the first day of civil use: 1 April 1889.</summary>
    public static LocalDate CivilStart => new(FirstYear + AprilOffset, 4, 1);

    /// <summary>Gets the last day of civil use: 31 March 1913.</summary>
    public static LocalDate CivilEnd => new(LastYear + AprilOffset + 1, 3, 31);

    /// <summary>Gets the RS year of a date.</summary>
    /// <param name="date">The date, 1889-04-01 to 1913-03-31; a date in a non-ISO calendar is converted to ISO first.</param>
    /// <returns>The RS year, 108–131.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the era's civil span.</exception>
    public static int GetYear(LocalDate date)
    {
        if (!TryGetYear(date, out var year))
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(date), date, $"The date {FiscalCalendar.Iso(FiscalCalendar.ToIso(date))} has no RS year: {Span}.");
        }

        return year;
    }

    /// <summary>Gets the RS year of a <see cref="DateTime"/>'s date.</summary>
    /// <param name="date">The date; its time of day and kind are ignored.</param>
    /// <returns>The RS year, 108–131.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the era's civil span.</exception>
    public static int GetYear(DateTime date) => GetYear(LocalDate.FromDateTime(date));

#if NET6_0_OR_GREATER
    /// <summary>Gets the RS year of a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The RS year, 108–131.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the era's civil span.</exception>
    public static int GetYear(DateOnly date) => GetYear(LocalDate.FromDateOnly(date));
#endif

    /// <summary>Tries to get the RS year of a date.</summary>
    /// <param name="date">The date; a date in a non-ISO calendar is converted to ISO first.</param>
    /// <param name="rattanakosinYear">The RS year, or 0 when the date is outside the civil span.</param>
    /// <returns>False when the date is before 1889-04-01 or after 1913-03-31.</returns>
    public static bool TryGetYear(LocalDate date, out int rattanakosinYear)
    {
        date = FiscalCalendar.ToIso(date);
        var year = date.Year - AprilOffset - (date.Month <= 3 ? 1 : 0);
        var ok = year >= FirstYear && year <= LastYear;
        rattanakosinYear = ok ? year : 0;
        return ok;
    }

    /// <summary>Converts an RS year and month to the Gregorian year in which that month fell.</summary>
    /// <param name="rattanakosinYear">The RS year, 108–131.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>RS + 1781 for April–December, RS + 1782 for January–March.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 108–131 or the month is not 1–12.</exception>
    public static int ToGregorianYear(int rattanakosinYear, int month)
    {
        CheckYear(rattanakosinYear);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return rattanakosinYear + AprilOffset + (month <= 3 ? 1 : 0);
    }

    /// <summary>Tries to convert an RS year and month to the Gregorian year in which that month fell.</summary>
    /// <param name="rattanakosinYear">The RS year.</param>
    /// <param name="month">The month.</param>
    /// <param name="gregorianYear">The Gregorian year, or 0 on failure.</param>
    /// <returns>False when the year is outside 108–131 or the month is not 1–12.</returns>
    public static bool TryToGregorianYear(int rattanakosinYear, int month, out int gregorianYear)
    {
        var ok = rattanakosinYear >= FirstYear && rattanakosinYear <= LastYear && month >= 1 && month <= 12;
        gregorianYear = ok ? rattanakosinYear + AprilOffset + (month <= 3 ? 1 : 0) : 0;
        return ok;
    }

    /// <summary>Builds the ISO date for a day of an RS year.</summary>
    /// <param name="rattanakosinYear">The RS year, 108–131.</param>
    /// <param name="month">The month, 1–12 (January–March belong to the later Gregorian year).</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range.</exception>
    public static LocalDate ToLocalDate(int rattanakosinYear, int month, int day)
    {
        var year = ToGregorianYear(rattanakosinYear, month);
        Preconditions.CheckArgumentRange(nameof(day), day, 1, CalendarSystem.Iso.GetDaysInMonth(year, month));
        return new LocalDate(year, month, day);
    }

    /// <summary>Tries to build the ISO date for a day of an RS year.</summary>
    /// <param name="rattanakosinYear">The RS year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="date">The date, or default on failure.</param>
    /// <returns>False when the year, month or day is out of range.</returns>
    public static bool TryToLocalDate(int rattanakosinYear, int month, int day, out LocalDate date)
    {
        date = default;
        if (!TryToGregorianYear(rattanakosinYear, month, out var year) || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static void CheckYear(int rattanakosinYear)
    {
        if (rattanakosinYear < FirstYear || rattanakosinYear > LastYear)
        {
            Preconditions.ThrowArgumentOutOfRange(
                nameof(rattanakosinYear),
                rattanakosinYear,
                $"RS year {rattanakosinYear} is outside the supported span: {Span}, so only ร.ศ. {FirstYear}–{LastYear} are supported.");
        }
    }
}
