using Microsoft.CodeAnalysis;
using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests;

public sealed class UnnamedFeedbackChannelsAnalyzerTests
{
    // Kinds out of the analyzer's sight: it does not follow a method's result.
    private const string Pickers = "static ChannelKind PickChannel() => ChannelKind.Website; static StepKind PickStep() => StepKind.Review;";

    private static Task Verify(string body) => AnalyzerVerifier<UnnamedFeedbackChannelsAnalyzer>.VerifyAsync(
        TestSources.InMethod("bool flag, FeedbackChannel given, ChannelDirection direction", body, Pickers));

    [Fact]
    public Task Flags_a_chain_whose_only_routes_name_no_channel() => Verify(
        """
        var promise = Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Unspecified, "ช่องทางต่าง ๆ").[|Build()|];
        var hears = new MeasureBuilder("a", "t").AddStep(StepKind.CollectFeedback, "รับฟังความคิดเห็นทั้งเป็นทางการและไม่เป็นทางการ").[|Build()|];
        var committee = new MeasureBuilder("a", "t").AddPublicationChannel(ChannelKind.Website).AddStep(new MeasureStep(StepKind.AppointRepresentatives, "คณะกรรมการ")).[|TryBuild(out _, out _)|];
        var placeholder = new MeasureBuilder("a", "t").AddChannel(new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง")).AddStep(StepKind.AppointRepresentatives, "c").[|Build()|];
        """);

    [Fact]
    public Task Is_silent_when_a_channel_is_named_or_there_is_no_route_at_all() => Verify(
        """
        var named = Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Unspecified).AddFeedbackChannel(ChannelKind.Telephone, "0 2000 0000").Build();
        var namedAfterCommittee = new MeasureBuilder("a", "t").AddStep(StepKind.AppointRepresentatives, "c").AddChannel(new FeedbackChannel(ChannelKind.SuggestionBox)).Build();
        var outboundOnly = new MeasureBuilder("a", "t").AddPublicationChannel(ChannelKind.Unspecified).Build();
        var nothing = new MeasureBuilder("a", "t").AddSatisfactionAssessment("s").Build();
        """);

    [Fact]
    public Task Is_silent_when_a_kind_or_channel_is_not_a_constant_it_can_see() => Verify(
        """
        var a = new MeasureBuilder("a", "t").AddFeedbackChannel(PickChannel()).Build();
        var b = new MeasureBuilder("a", "t").AddChannel(new FeedbackChannel(PickChannel())).Build();
        var c = new MeasureBuilder("a", "t").AddStep(StepKind.CollectFeedback, "c").AddChannel(given).Build();
        var d = new MeasureBuilder("a", "t").AddStep(PickStep(), "s").Build();
        var e = new Measure("a", "t", [new FeedbackChannel(PickChannel())], []);
        var f = new Measure { Agency = "a", Title = "t", Channels = [given] };
        """);

    [Fact]
    public Task Flags_an_unnamed_channel_whatever_its_direction_when_another_route_is_certain() => Verify(
        """
        var a = new MeasureBuilder("a", "t").AddStep(StepKind.CollectFeedback, "c").AddChannel(new FeedbackChannel(ChannelKind.Unspecified, direction)).[|Build()|];
        var b = new MeasureBuilder("a", "t").AddChannel(new FeedbackChannel(ChannelKind.Unspecified, direction)).Build();
        """);

    [Fact]
    public Task Judges_constructor_and_initializer_collections_and_lists_in_locals() => Verify(
        """
        var a = [|new Measure("a", "t", [new FeedbackChannel(ChannelKind.Unspecified)], [])|];
        var b = [|new Measure|] { Agency = "a", Title = "t", Steps = [new(StepKind.AppointRepresentatives, "คณะกรรมการ")] };
        var c = [|new Measure|] { Agency = "a", Title = "t", Channels = new[] { new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound) }, Steps = new List<MeasureStep> { new(StepKind.CollectFeedback, "c") } };
        var d = new Measure { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Unspecified), new FeedbackChannel(ChannelKind.Email)] };

        var channels = new List<FeedbackChannel>();
        channels.Add(new FeedbackChannel(ChannelKind.Unspecified, detail: "ช่องทางต่าง ๆ"));
        var e = [|new Measure("a", "t", channels, [])|];
        channels.Add(new FeedbackChannel(ChannelKind.Letter));
        var f = new Measure("a", "t", channels, []);

        var steps = new List<MeasureStep>();
        steps.Add(new(StepKind.AppointRepresentatives, "คณะกรรมการ"));
        var g = [|new Measure("a", "t", [], steps)|];

        var draft = new Measure { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Unspecified)] };
        var findings = draft.Validate();
        """);

    [Fact]
    public Task Follows_a_local_builder_through_branches() => Verify(
        """
        var builder = new MeasureBuilder("a", "t");
        if (flag)
        {
            builder.AddStep(StepKind.AppointRepresentatives, "c");
        }
        else
        {
            builder.AddFeedbackChannel(ChannelKind.Unspecified);
        }

        var m1 = builder.[|Build()|];

        var sometimesNamed = new MeasureBuilder("a", "t").AddStep(StepKind.CollectFeedback, "c");
        if (flag)
        {
            sometimesNamed.AddFeedbackChannel(ChannelKind.Website);
        }

        var m2 = sometimesNamed.Build();
        """);

    [Fact]
    public async Task Reports_as_info_and_never_together_with_GOV001()
    {
        var compilation = AnalyzerHarness.Compile(
            """
            using Participation.Governance.Measures;

            class C
            {
                object None() => Measure.CreateBuilder("a", "t").Build();

                object Unnamed() => Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Unspecified).Build();
            }
            """);
        var diagnostics = await AnalyzerHarness.AnalyzeAsync(compilation, new NoFeedbackChannelAnalyzer(), new UnnamedFeedbackChannelsAnalyzer());
        Assert.Equal(["GOV001", "GOV005"], diagnostics.Select(d => d.Id));
        var unnamed = diagnostics[1];
        Assert.Equal(DiagnosticSeverity.Info, unnamed.Severity);
        Assert.Contains("Unnamed", unnamed.Location.SourceTree!.GetText().Lines[unnamed.Location.GetLineSpan().StartLinePosition.Line].ToString(), StringComparison.Ordinal);
    }
}
