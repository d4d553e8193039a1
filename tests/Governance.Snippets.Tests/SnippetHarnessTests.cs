using Participation.Governance.Snippets.Tests.Harness;

namespace Participation.Governance.Snippets.Tests;

/// <summary>The harness catches what it is there to catch: wrong comments, code that does not compile, findings not stated.</summary>
public sealed class SnippetHarnessTests
{
    [Fact]
    public void A_comment_that_states_a_wrong_value_fails_and_says_where_and_what()
    {
        var result = Run("""
            using Participation.Governance.ThaiFormatting.Numerals;

            var thai = ThaiDigits.ToThai("2563");    // "๒๕๖๔"
            ThaiDigits.ToArabic("๑๒");               // 12
            """);

        Assert.Equal(["example.md:4: the comment says \"๒๕๖๔\" but the value is ๒๕๖๓"], result.Problems);
        Assert.Equal(2, result.Checked);
    }

    [Fact]
    public void Printed_lines_dates_sequences_explanations_and_a_trailing_ellipsis_are_read_as_documented()
    {
        var result = Run("""
            using NodaTime;
            using Participation.Governance.Calendar;

            var fy = new ThaiFiscalYear(2563);
            var start = fy.Start;                        // 2019-10-01 (the first of October)
            var quarters = fy.Quarters;                  // 2563Q1, 2563Q2, 2563Q3, 2563Q4
            foreach (var q in fy.Quarters) Console.WriteLine(q);       // 2563Q1, 2563Q2, …
            Console.WriteLine(fy);                       // 2563 — the fiscal year's BE number
            ThaiFiscalYear.FromDate(new LocalDate(2020, 4, 24)).Next();  // 2564
            """);

        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        Assert.Equal(5, result.Checked);
    }

    [Fact]
    public void An_example_that_does_not_compile_as_written_fails_with_the_compiler_error_at_its_Markdown_line()
    {
        var result = Run("""
            var digits = ThaiDigits.ToThai("2563");   // "๒๕๖๓"
            """);

        Assert.False(result.Ran);
        Assert.Contains(result.Problems, p => p.StartsWith("example.md:2: CS0103", StringComparison.Ordinal));
    }

    [Fact]
    public void An_explanation_is_left_alone_but_a_value_stated_on_a_statement_without_one_fails()
    {
        var result = Run("""
            Console.Error.WriteLine("x");   // goes to standard error, not checked
            Console.Error.WriteLine("y");   // 42
            """);

        Assert.Equal(["example.md:3: the comment reads as a value (42) but the statement has none; start an explanation with a lower-case word"], result.Problems);
    }

    [Fact]
    public void Analyzer_findings_must_be_the_ones_the_comments_name()
    {
        var stated = Run("""
            using NodaTime;

            var day = new LocalDate(2563, 4, 24);   // GOV003: a BE year
            """, analyzers: true);
        Assert.Empty(stated.Problems);
        Assert.False(stated.Ran);

        // Without the analyzers (the netstandard2.0 run) such an example is still only compiled: it is wrong on purpose.
        var unanalysed = Run("""
            using Participation.Governance.Measures;

            var measure = Measure.CreateBuilder("ก", "ข").Build();   // GOV001 and GOV002
            """);
        Assert.Empty(unanalysed.Problems);
        Assert.False(unanalysed.Ran);

        var unstated = Run("""
            using NodaTime;

            var day = new LocalDate(2563, 4, 24);
            """, analyzers: true);
        Assert.Equal(["example.md:4: the comment names analyzer findings [] but the analyzers report [GOV003]"], unstated.Problems);
    }

    [Fact]
    public void A_block_can_continue_the_previous_one_and_be_given_a_file()
    {
        var snippets = MarkdownSnippets.Read("example.md", """
            ```csharp
            var name = "compliant.json";
            ```

            <!-- snippet: continues; file compliant.json = samples/measures/compliant.json -->
            ```csharp
            var length = File.ReadAllText(name).Length > 0;   // true
            ```
            """);

        Assert.Equal([null, ""], snippets.Select(s => s.Continues));
        var result = SnippetProgram.Run(MarkdownSnippets.Chain(snippets, snippets[1]), SnippetLibraries.Net8, ReadmeSnippetTestsRoot.Path, runAnalyzers: false);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        Assert.Equal(1, result.Checked);
    }

    [Fact]
    public void A_block_can_continue_a_named_block_further_up()
    {
        var snippets = MarkdownSnippets.Read("example.md", """
            <!-- snippet: name year -->
            ```csharp
            var year = new Participation.Governance.Calendar.ThaiFiscalYear(2567);
            ```

            ```csharp
            var other = 1;
            ```

            <!-- snippet: continues year -->
            ```csharp
            var next = year.Next();   // 2568
            ```
            """);

        var chain = MarkdownSnippets.Chain(snippets, snippets[2]);
        Assert.Equal([1, 3], chain.Select(s => s.Index));
        var result = SnippetProgram.Run(chain, SnippetLibraries.Net8, ReadmeSnippetTestsRoot.Path, runAnalyzers: false);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        Assert.Equal(1, result.Checked);
    }

    private static SnippetResult Run(string code, bool analyzers = false)
    {
        var snippet = Assert.Single(MarkdownSnippets.Read("example.md", "```csharp\n" + code + "\n```\n"));
        return SnippetProgram.Run([snippet], SnippetLibraries.Net8, ReadmeSnippetTestsRoot.Path, analyzers);
    }
}
