using System;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace Corpus.DateUtilities;

/// <summary>Date code of an agency application: fiscal years, licences, report deadlines.</summary>
public sealed class Licence
{
    public string Holder { get; init; } = "";

    public DateTime LicenseExpiry { get; set; } = new DateTime(2568, 12, 31); // expect: GOV003 (พ.ศ. 2568)

    public DateTime IssuedOn { get; set; } = new DateTime(2024, 1, 15);
}

public static class FiscalDates
{
    // ปีงบประมาณ พ.ศ. 2568 = 1 Oct 2024 – 30 Sep 2025
    public static LocalDate FiscalYear2568Start => new LocalDate(2024, 10, 1);

    public static LocalDate FiscalYear2568End => new LocalDate(2025, 9, 30);

    public static LocalDate WrittenFromTheAnnouncement => new LocalDate(2567, 10, 1); // expect: GOV003

    public static DateOnly ReportDue => new DateOnly(2568, 3, 31); // expect: GOV003

    public static int DaysInFebruary => DateTime.DaysInMonth(2567, 2); // expect: GOV003

    public static bool IsLeap => DateTime.IsLeapYear(2024);

    public static Instant CutOff => Instant.FromUtc(2567, 9, 30, 17, 0); // expect: GOV003

    public static DateTime Meeting => new GregorianCalendar().ToDateTime(2566, 5, 8, 9, 0, 0, 0); // expect: GOV003

    public static LocalDate InIso => new LocalDate(2565, 10, 1, CalendarSystem.Iso); // expect: GOV003

    public static LocalDate InCommonEra => new LocalDate(Era.Common, 2565, 10, 1); // expect: GOV003

    public static YearMonth Quarter => new YearMonth(2568, 1); // expect: GOV003

    public static DateTimeOffset Deadline => new DateTimeOffset(2568, 9, 30, 16, 30, 0, TimeSpan.FromHours(7)); // expect: GOV003

    public static LocalDate WeekOfTheMeeting => LocalDate.FromWeekYearWeekAndDay(2566, 19, IsoDayOfWeek.Monday); // expect: GOV003

    public static DateTime Correct => new DateTime(2025, 9, 30);

    public static DateTime ThaiCalendarDeadline => new DateTime(2568, 9, 30, new ThaiBuddhistCalendar());

    public static DateTime ConvertedDeadline => new DateTime(2568, 9, 30).AddYears(-543);

    public static LocalDate HalfYearReport(int fiscalYear) => new LocalDate(fiscalYear - 543, 3, 31);
}
