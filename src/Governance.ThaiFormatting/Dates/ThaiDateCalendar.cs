using NodaTime;
using NodaTime.Text;
using Participation.Governance.Calendar;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>
/// Turns the day, month and year read from Thai text into a <see cref="LocalDate"/>, with a message a
/// user can act on when that date never existed. Shared by the pattern and the tolerant reader.
/// </summary>
internal static class ThaiDateCalendar
{
    private const int MinIsoYear = -9998;
    private const int MaxIsoYear = 9999;

    /// <summary>Builds the date of a day in a Buddhist-Era year under <paramref name="rule"/>.</summary>
    internal static bool TryBuild(int buddhistYear, int month, int day, BuddhistEraRule rule, out LocalDate date, out string? message)
    {
        date = default;
        if (!CheckMonth(month, out message))
        {
            return false;
        }

        if (!BuddhistEra.TryToGregorianYear(buddhistYear, month, rule, out var year))
        {
            message = EraYearConverter.Convert(buddhistYear, month, YearEra.Buddhist, YearEra.Common, rule).Message;
            return false;
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            message = $"{day} {ThaiDateNames.MonthNames[month - 1]} BE {buddhistYear} does not exist: {DescribeMonthLength(year, month, daysInMonth)}";
            return false;
        }

        date = new LocalDate(year, month, day);
        message = null;
        return true;
    }

    /// <summary>Builds the date of a day in a Gregorian (CE) year.</summary>
    internal static bool TryBuildGregorian(int year, int month, int day, out LocalDate date, out string? message)
    {
        date = default;
        if (!CheckMonth(month, out message))
        {
            return false;
        }

        if (year < MinIsoYear || year > MaxIsoYear)
        {
            message = $"The CE year {year} is outside the supported range {MinIsoYear} to {MaxIsoYear}.";
            return false;
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            message = $"{day} {ThaiDateNames.MonthNames[month - 1]} CE {year} does not exist: {DescribeMonthLength(year, month, daysInMonth)}";
            return false;
        }

        date = new LocalDate(year, month, day);
        message = null;
        return true;
    }

    /// <summary>
    /// Checks a day against its month when the year is not known yet: 31 เมษายน never exists, 29 กุมภาพันธ์
    /// sometimes does. Returns a message for a day that exists in no year.
    /// </summary>
    internal static string? CheckDayInAnyYear(int day, int month)
    {
        // 2000 is a leap year, so it gives every month its longest length.
        var longest = CalendarSystem.Iso.GetDaysInMonth(2000, month);
        return day < 1 || day > longest
            ? $"{day} {ThaiDateNames.MonthNames[month - 1]} does not exist: {ThaiDateNames.MonthNames[month - 1]} has at most {longest} days."
            : null;
    }

    /// <summary>
    /// Expands a two-digit year into the century window that starts at <paramref name="windowStart"/>:
    /// the one year in [windowStart, windowStart + 99] that ends in those two digits.
    /// </summary>
    internal static int ExpandTwoDigitYear(int twoDigits, int windowStart)
    {
        var century = windowStart - Mod100(windowStart);
        var year = century + twoDigits;
        return year < windowStart ? year + 100 : year;
    }

    /// <summary>Describes a weekday that does not match its date, naming both.</summary>
    internal static string DescribeWeekdayMismatch(IsoDayOfWeek written, LocalDate date)
        => $"The text says {ThaiDateNames.WeekdayNames[(int)written]} ({ThaiDateNames.EnglishWeekdayNames[(int)written]}), "
           + $"but {date.Day} {ThaiDateNames.MonthNames[date.Month - 1]} ({LocalDatePattern.Iso.Format(date)}) "
           + $"is a {ThaiDateNames.WeekdayNames[(int)date.DayOfWeek]} ({ThaiDateNames.EnglishWeekdayNames[(int)date.DayOfWeek]}).";

    private static int Mod100(int value) => ((value % 100) + 100) % 100;

    private static bool CheckMonth(int month, out string? message)
    {
        message = month < 1 || month > 12 ? $"Month {month} does not exist: expected a month from 1 to 12." : null;
        return message is null;
    }

    private static string DescribeMonthLength(int year, int month, int daysInMonth)
        => month == 2
            ? $"February (กุมภาพันธ์) has {daysInMonth} days in CE {year}, {(daysInMonth == 29 ? "a leap year" : "a common year")}."
            : $"{ThaiDateNames.MonthNames[month - 1]} has {daysInMonth} days.";
}
