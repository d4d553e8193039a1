using Microsoft.CodeAnalysis;
using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests;

public sealed class BuddhistYearAsGregorianAnalyzerTests
{
    private static readonly BuddhistYearAsGregorianAnalyzer Analyzer = new();

    private static Task Verify(string body) => AnalyzerVerifier<BuddhistYearAsGregorianAnalyzer>.VerifyAsync(
        $$"""
        using System;
        using System.Globalization;
        using NodaTime;
        using NodaTime.Calendars;

        class C
        {
            object M(int year, Calendar calendar, CalendarSystem calendarSystem, Era era)
            {
                {{body}}
                return null!;
            }
        }
        """);

    [Fact]
    public Task Flags_a_Buddhist_year_in_every_Gregorian_date_constructor() => Verify(
        """
        var a = new LocalDate([|2563|], 1, 1);
        var b = new DateTime([|2563|], 1, 1);
        var c = new DateOnly([|2567|], 10, 1);
        var d = new LocalDateTime([|2563|], 1, 1, 8, 30);
        var e = new DateTime([|2563|], 1, 1, 8, 0, 0, DateTimeKind.Utc);
        var f = new DateTimeOffset([|2568|], 1, 1, 0, 0, 0, TimeSpan.Zero);
        var g = new YearMonth([|2568|], 3);
        DateOnly h = new([|2568|], 9, 30);
        """);

    [Fact]
    public Task Flags_named_constant_and_static_method_years() => AnalyzerVerifier<BuddhistYearAsGregorianAnalyzer>.VerifyAsync(
        """
        using System;
        using System.Globalization;
        using NodaTime;

        class C
        {
            const int ThisYear = 2568;

            object M() => (
                new LocalDate(month: 2, day: 29, year: [|2563|]),
                new DateTime([|ThisYear|], 1, 1),
                DateTime.DaysInMonth([|2563|], 2),
                DateTime.IsLeapYear([|2400 + 163|]),
                LocalDate.FromYearMonthWeekAndDay([|2567|], 10, 1, IsoDayOfWeek.Monday),
                ISOWeek.GetWeeksInYear([|2567|]));
        }
        """);

    [Fact]
    public Task Flags_the_blind_spots_calendar_era_week_year_and_instant_overloads() => Verify(
        """
        var a = new LocalDate([|2563|], 4, 24, CalendarSystem.Iso);
        var b = new LocalDate([|2563|], 4, 24, CalendarSystem.Gregorian);
        var c = new GregorianCalendar().ToDateTime([|2563|], 4, 24, 0, 0, 0, 0);
        var d = new DateTime([|2563|], 1, 1, new GregorianCalendar());
        var e = new DateTime([|2563|], 1, 1, 0, 0, 0, new GregorianCalendar(GregorianCalendarTypes.Localized));
        var f = new LocalDate(Era.Common, [|2563|], 4, 24);
        var g = LocalDate.FromWeekYearWeekAndDay([|2563|], 17, IsoDayOfWeek.Friday);
        var h = Instant.FromUtc([|2563|], 4, 24, 0, 0);
        var i = new YearMonth([|2563|], 4, CalendarSystem.Iso);
        var j = new YearMonth(Era.Common, [|2563|], 4);
        var k = new DateTimeOffset([|2563|], 4, 24, 0, 0, 0, 0, new GregorianCalendar(), TimeSpan.FromHours(7));
        var l = new DateOnly([|2563|], 4, 24, new GregorianCalendar());
        var m = CalendarSystem.Iso.GetDaysInMonth([|2563|], 2);
        var n = new GregorianCalendar().IsLeapYear([|2563|]);
        var o = ISOWeek.ToDateTime([|2563|], 17, DayOfWeek.Friday);
        var p = Instant.FromUtc([|2563|], 4, 24, 0, 0, 0);
        """);

    [Fact]
    public Task Keeps_flagging_a_licence_expiry_written_in_the_Buddhist_Era() => AnalyzerVerifier<BuddhistYearAsGregorianAnalyzer>.VerifyAsync(
        """
        using System;

        class Licence
        {
            public DateTime LicenseExpiry { get; set; } = new DateTime([|2568|], 12, 31); // พ.ศ. 2568
        }
        """);

    [Fact]
    public Task Is_silent_on_century_sentinels_and_leap_year_cases() => Verify(
        """
        var never = new DateTime(2500, 1, 1);
        var max = new DateTime(2499, 12, 31, 23, 59, 59);
        var far = new DateOnly(2600, 1, 1);
        var leap = DateTime.IsLeapYear(2400);
        var leapDay = new DateTime(2400, 2, 29);
        var noda = new LocalDate(2400, 2, 29);
        var end = new LocalDate(2699, 12, 31);
        var top = new DateTime(2700, 1, 1);
        """);

    [Fact]
    public Task Is_silent_on_a_Buddhist_date_converted_on_the_spot() => Verify(
        """
        var a = new DateTime(2563, 4, 24).AddYears(-543);
        var b = new LocalDate(2563, 4, 24).PlusYears(-543);
        var c = new DateOnly(2563, 4, 24).AddYears(-543);
        var d = new DateTime(2483, 2, 1).AddYears(-542);
        var e = new DateTime([|2563|], 4, 24).AddYears(-1);
        var f = new DateTime(2563 - 543, 4, 24);
        """);

    [Fact]
    public Task Is_silent_where_the_calendar_or_era_is_not_certainly_Gregorian() => Verify(
        """
        var a = new DateTime(2563, 1, 1, new ThaiBuddhistCalendar());
        var b = new ThaiBuddhistCalendar().ToDateTime(2563, 4, 24, 0, 0, 0, 0);
        var c = new DateTime(2563, 1, 1, calendar);
        var d = new LocalDate(2563, 1, 1, calendarSystem);
        var e = new LocalDate(2563, 1, 1, CalendarSystem.Julian);
        var f = new LocalDate(Era.BeforeCommon, 2563, 1, 1);
        var g = new LocalDate(era, 2563, 1, 1);
        var h = new CultureInfo("th-TH").Calendar.ToDateTime(2563, 4, 24, 0, 0, 0, 0);
        var i = calendarSystem.GetDaysInMonth(2563, 2);
        var j = new DateOnly(2563, 4, 24, new ThaiBuddhistCalendar());
        """);

    [Fact]
    public Task Is_silent_on_non_constant_years_and_other_parameters() => Verify(
        """
        var a = new DateTime(year, 1, 1);
        var b = new DateTime(2020, 1, 1).AddDays(2563);
        var c = TimeSpan.FromDays(2563);
        var d = new DateTime(day: 1, month: 1, year: 2020);
        var e = new DateTime(2020, 1, 1).AddYears(2563 - 2020);
        var f = Period.FromYears(2563);
        """);

    [Fact]
    public Task Works_in_top_level_statements_and_lambdas() => AnalyzerVerifier<BuddhistYearAsGregorianAnalyzer>.VerifyAsync(
        """
        using System;
        using NodaTime;

        Func<LocalDate> f = () => new LocalDate([|2563|], 1, 1);
        Console.WriteLine(new DateOnly([|2563|], 1, 1));
        Console.WriteLine(f());
        """,
        OutputKind.ConsoleApplication);

    [Fact]
    public void Every_year_in_range_but_the_century_values_is_flagged_with_its_Gregorian_value_in_the_message()
    {
        var years = Gen.Choose(1, 4000).ToArbitrary();
        Prop.ForAll(years, year =>
        {
            var compilation = AnalyzerHarness.Compile($"class C {{ System.DateTime M() => new System.DateTime({year}, 1, 1); }}");
            var diagnostics = AnalyzerHarness.AnalyzeAsync(compilation, Analyzer).GetAwaiter().GetResult();
            var flagged = year is >= 2400 and <= 2700 && year % 100 is not 0 and not 99;
            Assert.Equal(flagged ? 1 : 0, diagnostics.Length);
            if (flagged)
            {
                Assert.Contains($"BE {year} is CE {year - 543}", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}
