using Participation.Governance.Analyzers.CodeFixes;
using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests.CodeFixes;

public sealed class NoSatisfactionAssessmentCodeFixProviderTests
{
    private static readonly NoSatisfactionAssessmentAnalyzer Analyzer = new();
    private static readonly NoSatisfactionAssessmentCodeFixProvider Provider = new();

    private static string InMethod(string body) => TestSources.InMethod(body);

    [Fact]
    public Task Inserts_the_assessment_before_Build() => CodeFixVerifier<NoSatisfactionAssessmentAnalyzer, NoSatisfactionAssessmentCodeFixProvider>.VerifyFixAsync(
        InMethod("""
            var builder = Measure.CreateBuilder("a", "t");
            builder.AddFeedbackChannel(ChannelKind.Website);
            return builder.[|Build()|];
            """),
        InMethod("""
            var builder = Measure.CreateBuilder("a", "t");
            builder.AddFeedbackChannel(ChannelKind.Website);
            return builder.AddSatisfactionAssessment("ประเมินความพึงพอใจของผู้รับบริการ").Build();
            """));

    [Fact]
    public Task Adds_a_step_to_a_list_initializer() => CodeFixVerifier<NoSatisfactionAssessmentAnalyzer, NoSatisfactionAssessmentCodeFixProvider>.VerifyFixAsync(
        InMethod("""return [|new Measure("a", "t", [], new List<MeasureStep> { new(StepKind.Report, "r") })|];"""),
        InMethod("""return new Measure("a", "t", [], new List<MeasureStep> { new(StepKind.Report, "r"), new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจของผู้รับบริการ") });"""));

    [Fact]
    public Task Adds_the_Steps_member_after_a_trailing_comma() => CodeFixVerifier<NoSatisfactionAssessmentAnalyzer, NoSatisfactionAssessmentCodeFixProvider>.VerifyFixAsync(
        InMethod("""return [|new Measure|] { Agency = "a", Title = "t", };"""),
        InMethod("""return new Measure { Agency = "a", Title = "t", Steps = [new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจของผู้รับบริการ")] };"""));

    [Fact]
    public Task Replaces_an_empty_step_array_of_length_zero() => CodeFixVerifier<NoSatisfactionAssessmentAnalyzer, NoSatisfactionAssessmentCodeFixProvider>.VerifyFixAsync(
        InMethod("""return [|new Measure("a", "t", [new FeedbackChannel(ChannelKind.Email)], new MeasureStep[0])|];"""),
        InMethod("""return new Measure("a", "t", [new FeedbackChannel(ChannelKind.Email)], [new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจของผู้รับบริการ")]);"""));

    [Fact]
    public Task Inserts_on_its_own_line_after_a_commented_chain_with_dots_at_line_ends() => CodeFixVerifier<NoSatisfactionAssessmentAnalyzer, NoSatisfactionAssessmentCodeFixProvider>.VerifyFixAsync(
        InMethod("""
            return Measure.CreateBuilder("a", "t").
                AddFeedbackChannel(ChannelKind.Website). // the agency's site
                [|Build()|];
            """),
        InMethod("""
            return Measure.CreateBuilder("a", "t").
                AddFeedbackChannel(ChannelKind.Website). // the agency's site
                AddSatisfactionAssessment("ประเมินความพึงพอใจของผู้รับบริการ").
                Build();
            """));

    [Fact]
    public Task Keeps_a_trailing_comment_on_the_last_step() => CodeFixVerifier<NoSatisfactionAssessmentAnalyzer, NoSatisfactionAssessmentCodeFixProvider>.VerifyFixAsync(
        InMethod("""
            return [|new Measure|]
            {
                Agency = "a",
                Title = "t",
                Steps =
                [
                    new MeasureStep(StepKind.Report, "r") // twice a year
                ]
            };
            """),
        InMethod("""
            return new Measure
            {
                Agency = "a",
                Title = "t",
                Steps =
                [
                    new MeasureStep(StepKind.Report, "r"), // twice a year
                    new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจของผู้รับบริการ")
                ]
            };
            """));

    [Fact]
    public async Task Fix_all_fixes_every_measure_of_the_document()
    {
        var source = InMethod("""
            var a = Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Website).Build();
            var b = new Measure("a", "t", [], new[] { new MeasureStep(StepKind.Report, "r") });
            return (a, b);
            """);
        var expected = InMethod("""
            var a = Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Website).AddSatisfactionAssessment("ประเมินความพึงพอใจของผู้รับบริการ").Build();
            var b = new Measure("a", "t", [], new[] { new MeasureStep(StepKind.Report, "r"), new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจของผู้รับบริการ") });
            return (a, b);
            """);
        var fixedText = await AnalyzerHarness.FixAllAsync(source, Analyzer, Provider, "GOV002.AddSatisfactionAssessment");
        Assert.Equal(expected, fixedText);
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Compile(fixedText), Analyzer));
    }
}
