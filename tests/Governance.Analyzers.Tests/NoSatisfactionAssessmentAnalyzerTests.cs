using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests;

public sealed class NoSatisfactionAssessmentAnalyzerTests
{
    private static readonly NoSatisfactionAssessmentAnalyzer Analyzer = new();

    private static Task Verify(string body, string members = "") => AnalyzerVerifier<NoSatisfactionAssessmentAnalyzer>.VerifyAsync(
        TestSources.InMethod("bool flag, StepKind kind, MeasureStep given, IEnumerable<MeasureStep> steps", body, members));

    [Fact]
    public Task Flags_a_chain_without_a_satisfaction_step() => Verify(
        """
        var a = Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Website).[|Build()|];
        var b = new MeasureBuilder("a", "t").AddStep(StepKind.Report, "report", ParticipationPhase.AfterOperation).[|Build()|];
        var c = new MeasureBuilder("a", "t").AddStep(new MeasureStep(StepKind.CollectFeedback, "collect")).[|TryBuild(out _, out _)|];
        """);

    [Fact]
    public Task Is_silent_when_a_chain_has_a_satisfaction_step() => Verify(
        """
        var a = Measure.CreateBuilder("a", "t").AddSatisfactionAssessment("s").Build();
        var b = new MeasureBuilder("a", "t").AddStep(StepKind.SatisfactionAssessment, "s").Build();
        var c = new MeasureBuilder("a", "t").AddStep(new MeasureStep(StepKind.SatisfactionAssessment, "s") { Phases = [ParticipationPhase.AfterOperation] }).Build();
        """);

    [Fact]
    public Task Is_silent_when_the_kind_or_step_is_not_a_constant_it_can_see() => Verify(
        """
        var a = new MeasureBuilder("a", "t").AddStep(kind, "s").Build();
        var b = new MeasureBuilder("a", "t").AddStep(given).Build();
        var c = new MeasureBuilder("a", "t").AddStep(steps.First()).Build();
        var d = new MeasureBuilder("a", "t").AddStep(new MeasureStep(kind, "s")).Build();
        """);

    [Fact]
    public Task Flags_a_local_builder_and_creations_without_a_satisfaction_step() => Verify(
        """
        var builder = new MeasureBuilder("a", "t");
        builder.AddStep(StepKind.Review, "review");
        var m1 = builder.[|Build()|];
        var m2 = [|new Measure|] { Agency = "a", Title = "t", Steps = [new MeasureStep(StepKind.Report, "r")] };
        var m3 = [|new Measure("a", "t", [], new List<MeasureStep> { new(StepKind.Oversight, "o") })|];
        var m4 = [|new Measure|] { Agency = "a", Title = "t" };
        """);

    [Fact]
    public Task Follows_conditional_builders_try_finally_and_local_step_lists() => Verify(
        """
        var chosen = flag ? new MeasureBuilder("a", "t").AddFeedbackChannel(ChannelKind.Website) : Measure.CreateBuilder("b", "t");
        var m1 = chosen.[|Build()|];

        var guarded = new MeasureBuilder("a", "t");
        try
        {
            guarded.AddFeedbackChannel(ChannelKind.Website);
        }
        finally
        {
            Console.WriteLine("done");
        }

        var m2 = guarded.[|Build()|];

        var assessed = new MeasureBuilder("a", "t");
        try
        {
            assessed.AddSatisfactionAssessment("s");
        }
        catch (InvalidOperationException)
        {
        }

        var m3 = assessed.Build();

        var none = new List<MeasureStep>();
        var m4 = [|new Measure("a", "t", [], none)|];
        var m5 = [|new Measure("a", "t", [], Array.Empty<MeasureStep>())|];
        var some = new List<MeasureStep>();
        some.Add(new MeasureStep(StepKind.SatisfactionAssessment, "s"));
        var m6 = new Measure("a", "t", [], some);
        var draft = new Measure { Agency = "a", Title = "t" };
        var findings = draft.Validate();
        """);

    [Fact]
    public Task Is_silent_on_creations_with_a_satisfaction_or_unknown_step() => Verify(
        """
        var m1 = new Measure { Agency = "a", Title = "t", Steps = [new MeasureStep(StepKind.SatisfactionAssessment, "s")] };
        var m2 = new Measure("a", "t", [], steps);
        var m3 = new Measure { Agency = "a", Title = "t", Steps = [given] };
        var m4 = new Measure { Agency = "a", Title = "t", Steps = steps.ToArray() };
        var m5 = new Measure { Agency = "a", Title = "t", Steps = [.. steps, new MeasureStep(StepKind.Report, "r")] };
        var m6 = new Measure { Agency = "a", Title = "t", Steps = new[] { new MeasureStep(kind, "s") } };
        """);
}
