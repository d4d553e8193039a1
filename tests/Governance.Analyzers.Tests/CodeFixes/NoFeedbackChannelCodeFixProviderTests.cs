using Microsoft.CodeAnalysis.CSharp;
using Participation.Governance.Analyzers.CodeFixes;
using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests.CodeFixes;

public sealed class NoFeedbackChannelCodeFixProviderTests
{
    private static readonly NoFeedbackChannelAnalyzer Analyzer = new();
    private static readonly NoFeedbackChannelCodeFixProvider Provider = new();

    private static string InMethod(string body) => FixSources.InMethod(body);

    [Fact]
    public Task Inserts_a_website_channel_before_Build_on_one_line() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""return Measure.CreateBuilder("a", "t").AddSatisfactionAssessment("s").[|Build()|];"""),
        InMethod("""return Measure.CreateBuilder("a", "t").AddSatisfactionAssessment("s").AddFeedbackChannel(ChannelKind.Website).Build();"""));

    [Fact]
    public Task Inserts_the_call_on_its_own_line_in_a_chain_written_one_call_per_line() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""
            return Measure.CreateBuilder("a", "t")
                        .AddSatisfactionAssessment("s")
                        .[|Build()|];
            """),
        InMethod("""
            return Measure.CreateBuilder("a", "t")
                        .AddSatisfactionAssessment("s")
                        .AddFeedbackChannel(ChannelKind.Website)
                        .Build();
            """));

    [Fact]
    public Task Fixes_TryBuild_a_local_builder_and_a_null_conditional_call() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""
            var builder = new MeasureBuilder("a", "t");
            MeasureBuilder? maybe = builder;
            return maybe?.[|Build()|]!;
            """),
        InMethod("""
            var builder = new MeasureBuilder("a", "t");
            MeasureBuilder? maybe = builder;
            return maybe?.AddFeedbackChannel(ChannelKind.Website).Build()!;
            """));

    [Fact]
    public Task Qualifies_the_kind_where_the_namespace_is_not_imported() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        """
        class C
        {
            object M() => new Participation.Governance.Measures.MeasureBuilder("a", "t").[|TryBuild(out _, out _)|];
        }
        """,
        """
        class C
        {
            object M() => new Participation.Governance.Measures.MeasureBuilder("a", "t").AddFeedbackChannel(Participation.Governance.Measures.ChannelKind.Website).TryBuild(out _, out _);
        }
        """);

    [Fact]
    public Task Adds_an_element_to_a_collection_expression() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""return [|new Measure|] { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound)] };"""),
        InMethod("""return new Measure { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound), new FeedbackChannel(ChannelKind.Website)] };"""));

    [Fact]
    public Task Adds_an_element_to_an_empty_collection_expression_array_and_list() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""return [|new Measure("a", "t", [], [])|];"""),
        InMethod("""return new Measure("a", "t", [new FeedbackChannel(ChannelKind.Website)], []);"""));

    [Fact]
    public Task Adds_an_element_to_an_array_initializer() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""return [|new Measure("a", "t", new FeedbackChannel[] { }, new List<MeasureStep>())|];"""),
        InMethod("""return new Measure("a", "t", new FeedbackChannel[] { new FeedbackChannel(ChannelKind.Website) }, new List<MeasureStep>());"""));

    [Fact]
    public Task Adds_an_initializer_to_a_list_without_one() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""return [|new Measure("a", "t", new List<FeedbackChannel>(), [])|];"""),
        InMethod("""return new Measure("a", "t", new List<FeedbackChannel>() { new FeedbackChannel(ChannelKind.Website) }, []);"""));

    [Fact]
    public Task Adds_an_element_to_a_multi_line_list_in_its_layout() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""
            return [|new Measure|]
            {
                Agency = "a",
                Title = "t",
                Channels =
                [
                    new FeedbackChannel(ChannelKind.Newsletter, ChannelDirection.Outbound),
                ],
            };
            """),
        InMethod("""
            return new Measure
            {
                Agency = "a",
                Title = "t",
                Channels =
                [
                    new FeedbackChannel(ChannelKind.Newsletter, ChannelDirection.Outbound),
                    new FeedbackChannel(ChannelKind.Website),
                ],
            };
            """));

    [Fact]
    public Task Adds_the_Channels_member_when_there_is_none() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""
            return [|new Measure|]
            {
                Agency = "a",
                Title = "t"
            };
            """),
        InMethod("""
            return new Measure
            {
                Agency = "a",
                Title = "t",
                Channels = [new FeedbackChannel(ChannelKind.Website)]
            };
            """));

    [Fact]
    public async Task Offers_no_fix_for_a_collection_it_cannot_extend()
    {
        var source = InMethod("""return new Measure("a", "t", new FeedbackChannel[0], []);""");
        Assert.Empty(await AnalyzerHarness.OfferedFixesAsync(source, Analyzer, Provider));
    }

    [Fact]
    public Task Uses_an_array_before_CSharp_12() => CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(
        InMethod("""return [|new Measure|] { Agency = "a", Title = "t" };"""),
        InMethod("""return new Measure { Agency = "a", Title = "t", Channels = new[] { new FeedbackChannel(ChannelKind.Website) } };"""),
        languageVersion: LanguageVersion.CSharp11);

    [Fact]
    public async Task Fix_all_fixes_every_form_in_the_document()
    {
        var source = InMethod("""
            var a = Measure.CreateBuilder("a", "t").Build();
            var b = new Measure { Agency = "a", Title = "t", Channels = [] };
            var c = new MeasureBuilder("a", "t")
                .AddSatisfactionAssessment("s")
                .Build();
            return (a, b, c);
            """);
        var expected = InMethod("""
            var a = Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Website).Build();
            var b = new Measure { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Website)] };
            var c = new MeasureBuilder("a", "t")
                .AddSatisfactionAssessment("s")
                .AddFeedbackChannel(ChannelKind.Website)
                .Build();
            return (a, b, c);
            """);
        var fixedText = await AnalyzerHarness.FixAllAsync(source, Analyzer, Provider, "GOV001.AddWebsiteChannel");
        Assert.Equal(expected, fixedText);
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Compile(fixedText), Analyzer));
    }
}
