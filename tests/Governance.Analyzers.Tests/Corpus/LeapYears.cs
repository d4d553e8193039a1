using System;
using System.Globalization;
using NodaTime;

namespace Corpus.LeapYears;

/// <summary>Leap-year helpers and the century cases their tests check.</summary>
public static class LeapYearRules
{
    public static bool IsGregorianLeapYear(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static bool[] CenturyCases() =>
    [
        DateTime.IsLeapYear(2000),
        DateTime.IsLeapYear(2100),
        DateTime.IsLeapYear(2400),
        DateTime.IsLeapYear(2500),
        new GregorianCalendar().IsLeapYear(2400),
        CalendarSystem.Iso.IsLeapYear(2400),
    ];

    public static DateTime LeapDayOfA400YearCentury() => new DateTime(2400, 2, 29);

    public static LocalDate NodaLeapDay() => new LocalDate(2400, 2, 29);

    public static int DaysInFebruary2400() => DateTime.DaysInMonth(2400, 2);

    public static bool AgreesWithTheFramework()
    {
        for (var year = 1; year <= 9999; year++)
        {
            if (IsGregorianLeapYear(year) != DateTime.IsLeapYear(year))
            {
                return false;
            }
        }

        return true;
    }

    public static int LeapYearsIn(int fromYear, int toYear)
    {
        var count = 0;
        for (var year = fromYear; year <= toYear; year++)
        {
            count += CalendarSystem.Gregorian.IsLeapYear(year) ? 1 : 0;
        }

        return count;
    }
}
