using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Participation.Governance.Analyzers.Tests.Harness;
using Participation.Governance.Measures;

namespace Participation.Governance.Analyzers.Tests;

public sealed class GovernanceDiagnosticsTests
{
    private static readonly DiagnosticAnalyzer[] All =
        [new NoFeedbackChannelAnalyzer(), new NoSatisfactionAssessmentAnalyzer(), new BuddhistYearAsGregorianAnalyzer()];

    public static TheoryData<string> AllRuleIds() => ["GOV001", "GOV002", "GOV003", "GOV004", "GOV005"];

    [Fact]
    public void Every_descriptor_is_a_warning_with_a_help_link_to_its_page()
    {
        var descriptors = All.SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.Equal(["GOV001", "GOV002", "GOV003"], descriptors.Select(d => d.Id));
        Assert.All(descriptors, d =>
        {
            Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
            Assert.True(d.IsEnabledByDefault);
            Assert.Equal("Governance", d.Category);
            Assert.EndsWith("/docs/rules/" + d.Id + ".md", d.HelpLinkUri, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void Every_rule_has_a_page_that_names_it_and_says_how_to_configure_it(string id)
    {
        var page = Path.Combine(AnalyzerHarness.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), page + " is missing.");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id, text, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_analyzer_rule_is_listed_in_the_unshipped_release_notes()
    {
        var notes = File.ReadAllText(Path.Combine(AnalyzerHarness.RepositoryRoot, "src", "Governance.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.All(All.SelectMany(a => a.SupportedDiagnostics), d => Assert.Contains($"{d.Id} | Governance | Warning |", notes, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyzer_messages_are_the_runtime_validation_messages()
    {
        // The same empty measure, once validated at run time and once seen by the analyzers.
        var findings = Measure.CreateBuilder("a", "t").Validate();
        var compilation = AnalyzerHarness.Compile(
            """
            using Participation.Governance.Measures;

            class C
            {
                object M() => Measure.CreateBuilder("a", "t").Build();
            }
            """);
        var diagnostics = await AnalyzerHarness.AnalyzeAsync(compilation, All);
        foreach (var id in new[] { RuleIds.NoFeedbackChannel, RuleIds.NoSatisfactionAssessment })
        {
            var finding = Assert.Single(findings, f => f.Id == id);
            var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
            Assert.Equal(finding.Message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(finding.HelpLink, diagnostic.Descriptor.HelpLinkUri);
        }
    }
}
