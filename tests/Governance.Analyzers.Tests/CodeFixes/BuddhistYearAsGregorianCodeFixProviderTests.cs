using Participation.Governance.Analyzers.CodeFixes;
using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests.CodeFixes;

public sealed class BuddhistYearAsGregorianCodeFixProviderTests
{
    private const string UseGregorian = "GOV003.UseGregorianYear";
    private const string Convert = "GOV003.ConvertWithBuddhistEra";

    private static readonly BuddhistYearAsGregorianAnalyzer Analyzer = new();
    private static readonly BuddhistYearAsGregorianCodeFixProvider Provider = new();

    [Fact]
    public Task Replaces_the_literal_with_the_Gregorian_year() => CodeFixVerifier<BuddhistYearAsGregorianAnalyzer, BuddhistYearAsGregorianCodeFixProvider>.VerifyFixAsync(
        """
        using NodaTime;

        class C
        {
            LocalDate M() => new LocalDate([|2563|], 1, 1);
        }
        """,
        """
        using NodaTime;

        class C
        {
            LocalDate M() => new LocalDate(2020, 1, 1);
        }
        """,
        UseGregorian);

    [Fact]
    public Task Converts_with_BuddhistEra_where_it_is_imported() => CodeFixVerifier<BuddhistYearAsGregorianAnalyzer, BuddhistYearAsGregorianCodeFixProvider>.VerifyFixAsync(
        """
        using System;
        using Participation.Governance.Calendar;

        class C
        {
            DateTime M() => new DateTime(year: [|2563|], month: 1, day: 1);
        }
        """,
        """
        using System;
        using Participation.Governance.Calendar;

        class C
        {
            DateTime M() => new DateTime(year: BuddhistEra.ToGregorianYear(2563), month: 1, day: 1);
        }
        """,
        Convert);

    [Fact]
    public Task Converts_with_a_qualified_call_where_it_is_not_imported() => CodeFixVerifier<BuddhistYearAsGregorianAnalyzer, BuddhistYearAsGregorianCodeFixProvider>.VerifyFixAsync(
        """
        class C
        {
            const int Year = 2567;

            System.DateOnly M() => new System.DateOnly([|Year|], 10, 1);
        }
        """,
        """
        class C
        {
            const int Year = 2567;

            System.DateOnly M() => new System.DateOnly(Participation.Governance.Calendar.BuddhistEra.ToGregorianYear(Year), 10, 1);
        }
        """,
        Convert);

    [Fact]
    public async Task Offers_both_fixes_for_a_literal_and_only_the_conversion_for_a_named_constant()
    {
        var literal = await AnalyzerHarness.OfferedFixesAsync("class C { System.DateTime M() => new System.DateTime(2563, 1, 1); }", Analyzer, Provider);
        Assert.Equal(["Use CE 2020", "Convert with BuddhistEra.ToGregorianYear(2563)"], literal.Select(a => a.Title));
        var named = await AnalyzerHarness.OfferedFixesAsync("class C { const int Y = 2563; System.DateTime M() => new System.DateTime(Y, 1, 1); }", Analyzer, Provider);
        Assert.Equal([Convert], named.Select(a => a.EquivalenceKey));
    }

    [Fact]
    public async Task Fix_all_replaces_every_literal()
    {
        const string Source = """
            using System;

            class C
            {
                object M() => (new DateTime(2563, 1, 1), new DateOnly(2568, 10, 1), DateTime.DaysInMonth(2567, 2));
            }
            """;
        var fixedText = await AnalyzerHarness.FixAllAsync(Source, Analyzer, Provider, UseGregorian);
        Assert.Equal(Source.Replace("2563", "2020").Replace("2568", "2025").Replace("2567", "2024"), fixedText);
    }
}
