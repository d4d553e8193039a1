using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Participation.Governance.Analyzers.Tests.Harness;
using Participation.Governance.Measures;

namespace Participation.Governance.Analyzers.Tests;

public sealed class GovernanceDiagnosticsTests
{
    private static readonly DiagnosticAnalyzer[] All = AnalyzerHarness.AllAnalyzers();

    public static TheoryData<string> AllRuleIds() => ["GOV001", "GOV002", "GOV003", "GOV004", "GOV005"];

    [Fact]
    public void Every_descriptor_has_its_severity_and_a_help_link_to_its_page()
    {
        var descriptors = All.SelectMany(a => a.SupportedDiagnostics).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(["GOV001", "GOV002", "GOV003", "GOV005"], descriptors.Select(d => d.Id));
        Assert.Equal(
            [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Info],
            descriptors.Select(d => d.DefaultSeverity));
        Assert.All(descriptors, d =>
        {
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
        Assert.Contains("\n## Sources\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void Every_file_a_rule_page_links_to_exists(string id)
    {
        var folder = Path.Combine(AnalyzerHarness.RepositoryRoot, "docs", "rules");
        var text = File.ReadAllText(Path.Combine(folder, id + ".md"));
        var targets = System.Text.RegularExpressions.Regex.Matches(text, @"\]\((?<target>[^)#:]+)(#[^)]*)?\)")
            .Select(m => m.Groups["target"].Value)
            .ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, target =>
        {
            var path = Path.GetFullPath(Path.Combine(folder, target));
            Assert.True(File.Exists(path) || Directory.Exists(path), $"{id}.md links to {target}, which does not exist.");
        });
    }

    [Fact]
    public void The_analyzer_rule_pages_say_what_stays_silent_and_how_test_projects_turn_the_measure_rules_down()
    {
        foreach (var descriptor in All.SelectMany(a => a.SupportedDiagnostics))
        {
            var text = File.ReadAllText(Path.Combine(AnalyzerHarness.RepositoryRoot, "docs", "rules", descriptor.Id + ".md"));
            Assert.Contains("## When it stays silent, and why", text, StringComparison.Ordinal);
        }

        var measureRule = File.ReadAllText(Path.Combine(AnalyzerHarness.RepositoryRoot, "docs", "rules", "GOV001.md"));
        Assert.Contains("### Test projects", measureRule, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.GOV002.severity = suggestion", measureRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_analyzer_rule_is_listed_in_the_unshipped_release_notes()
    {
        var notes = File.ReadAllText(Path.Combine(AnalyzerHarness.RepositoryRoot, "src", "Governance.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.All(All.SelectMany(a => a.SupportedDiagnostics), d => Assert.Contains($"{d.Id} | Governance | {d.DefaultSeverity} |", notes, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyzer_messages_and_severities_are_the_runtime_validation_ones()
    {
        // The same measures, once validated at run time and once seen by the analyzers: an empty one (GOV001, GOV002)
        // and one whose only route is a committee (GOV005).
        var findings = Measure.CreateBuilder("a", "t").Validate()
            .Concat(Measure.CreateBuilder("a", "t").AddStep(StepKind.AppointRepresentatives, "c").AddSatisfactionAssessment("s").Validate())
            .ToList();
        var compilation = AnalyzerHarness.Compile(
            """
            using Participation.Governance.Measures;

            class C
            {
                object Empty() => Measure.CreateBuilder("a", "t").Build();

                object Committee() => Measure.CreateBuilder("a", "t").AddStep(StepKind.AppointRepresentatives, "c").AddSatisfactionAssessment("s").Build();
            }
            """);
        var diagnostics = await AnalyzerHarness.AnalyzeAsync(compilation, All);
        foreach (var id in new[] { RuleIds.NoFeedbackChannel, RuleIds.NoSatisfactionAssessment, RuleIds.UnnamedFeedbackChannels })
        {
            var finding = Assert.Single(findings, f => f.Id == id);
            var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
            Assert.Equal(finding.Message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(finding.HelpLink, diagnostic.Descriptor.HelpLinkUri);
            Assert.Equal(finding.Severity == FindingSeverity.Info ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning, diagnostic.Severity);
        }
    }
}
