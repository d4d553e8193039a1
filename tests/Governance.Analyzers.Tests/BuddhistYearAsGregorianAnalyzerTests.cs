using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests;

public sealed class BuddhistYearAsGregorianAnalyzerTests
{
    private static readonly BuddhistYearAsGregorianAnalyzer Analyzer = new();

    [Fact]
    public Task Flags_a_Buddhist_year_in_every_Gregorian_date_constructor() => AnalyzerVerifier<BuddhistYearAsGregorianAnalyzer>.VerifyAsync(
        """
        using System;
        using NodaTime;

        class C
        {
            void M()
            {
                var a = new LocalDate([|2563|], 1, 1);
                var b = new DateTime([|2563|], 1, 1);
                var c = new DateOnly([|2567|], 10, 1);
                var d = new LocalDateTime([|2563|], 1, 1, 8, 30);
                var e = new DateTime([|2563|], 1, 1, 8, 0, 0, DateTimeKind.Utc);
                var f = new DateTimeOffset([|2600|], 1, 1, 0, 0, 0, TimeSpan.Zero);
                var g = new YearMonth([|2568|], 3);
            }
        }
        """);

    [Fact]
    public Task Flags_named_constant_and_static_method_years() => AnalyzerVerifier<BuddhistYearAsGregorianAnalyzer>.VerifyAsync(
        """
        using System;
        using NodaTime;

        class C
        {
            const int ThisYear = 2568;

            void M()
            {
                var a = new LocalDate(month: 2, day: 29, year: [|2563|]);
                var b = new DateTime([|ThisYear|], 1, 1);
                var c = DateTime.DaysInMonth([|2563|], 2);
                var d = DateTime.IsLeapYear([|2400 + 163|]);
            }
        }
        """);

    [Fact]
    public Task The_range_is_2400_to_2700_inclusive() => AnalyzerVerifier<BuddhistYearAsGregorianAnalyzer>.VerifyAsync(
        """
        using System;

        class C
        {
            void M()
            {
                var a = new DateTime(2399, 1, 1);
                var b = new DateTime([|2400|], 1, 1);
                var c = new DateTime([|2700|], 1, 1);
                var d = new DateTime(2701, 1, 1);
                var e = new DateTime(2020, 1, 1);
            }
        }
        """);

    [Fact]
    public Task Is_silent_on_non_constant_years_other_parameters_and_calendar_overloads() => AnalyzerVerifier<BuddhistYearAsGregorianAnalyzer>.VerifyAsync(
        """
        using System;
        using System.Globalization;
        using NodaTime;

        class C
        {
            void M(int year)
            {
                var a = new DateTime(year, 1, 1);
                var b = new DateTime(2563, 1, 1, new ThaiBuddhistCalendar());
                var c = new LocalDate(2563, 1, 1, CalendarSystem.Julian);
                var d = new DateTime(2020, 1, 1).AddDays(2563);
                var e = TimeSpan.FromDays(2563);
                var f = new DateTime(day: 1, month: 1, year: 2020);
            }
        }
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
        Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);

    [Fact]
    public void Every_year_in_range_is_flagged_with_its_Gregorian_value_in_the_message()
    {
        var years = Gen.Choose(1, 4000).ToArbitrary();
        Prop.ForAll(years, year =>
        {
            var compilation = AnalyzerHarness.Compile($"class C {{ System.DateTime M() => new System.DateTime({year}, 1, 1); }}");
            var diagnostics = AnalyzerHarness.AnalyzeAsync(compilation, Analyzer).GetAwaiter().GetResult();
            var inRange = year is >= 2400 and <= 2700;
            Assert.Equal(inRange ? 1 : 0, diagnostics.Length);
            if (inRange)
            {
                Assert.Contains($"BE {year} is CE {year - 543}", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}
