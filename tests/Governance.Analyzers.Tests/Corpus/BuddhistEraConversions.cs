using System;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace Corpus.BuddhistEra;

/// <summary>The Buddhist-Era helpers Thai applications write for themselves.</summary>
public static class ThaiDates
{
    private const int BuddhistEraOffset = 543;

    private static readonly CultureInfo Thai = new CultureInfo("th-TH");

    private static readonly ThaiBuddhistCalendar ThaiCalendar = new ThaiBuddhistCalendar();

    /// <summary>Dates typed in the Buddhist Era come back from forms as years after 2400.</summary>
    public static DateTime ToChristianEra(DateTime date) => date.Year > 2400 ? date.AddYears(-BuddhistEraOffset) : date;

    public static int ToBuddhistYear(int christianYear) => christianYear + BuddhistEraOffset;

    public static int ToChristianYear(int buddhistYear) => buddhistYear - BuddhistEraOffset;

    // The date as printed on the announcement, converted on the spot.
    public static DateTime AnnouncementDate() => new DateTime(2563, 4, 24).AddYears(-543);

    public static LocalDate AnnouncementLocalDate() => new LocalDate(2563, 4, 24).PlusYears(-543);

    public static DateTime InThaiCalendar() => new DateTime(2563, 4, 24, new ThaiBuddhistCalendar());

    public static DateTime InThaiCalendarWithTime() => new DateTime(2563, 4, 24, 9, 30, 0, ThaiCalendar);

    public static DateTime FromTheCultureCalendar() => Thai.Calendar.ToDateTime(2563, 4, 24, 0, 0, 0, 0);

    public static DateTime ByArithmetic() => new DateTime(2563 - BuddhistEraOffset, 4, 24);

    public static DateTime ByHelper() => new DateTime(ToChristianYear(2563), 4, 24);

    public static DateTime Parsed() => DateTime.ParseExact("24/04/2563", "dd/MM/yyyy", Thai);

    public static string Formatted(DateTime date) => date.ToString("d MMMM yyyy", Thai);

    public static bool LooksBuddhist(DateTime date) => date.Year is > 2400 and < 2700;

    public static int ThaiYearOf(DateTime date) => ThaiCalendar.GetYear(date);

    public static LocalDate BeforeCommonEra() => new LocalDate(Era.BeforeCommon, 2563, 1, 1);

    public static LocalDate InAnotherCalendar(CalendarSystem calendar) => new LocalDate(2563, 1, 1, calendar);
}
