using Microsoft.CodeAnalysis.CSharp;
using Participation.Governance.Analyzers.CodeFixes;
using Participation.Governance.Analyzers.Tests.Harness;
using Participation.Governance.Measures;

namespace Participation.Governance.Analyzers.Tests.CodeFixes;

public sealed class NoFeedbackChannelCodeFixProviderTests
{
    private static string InMethod(string body) => TestSources.InMethod(body);

    private static Task VerifyFix(string markup, string expected, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CodeFixVerifier<NoFeedbackChannelAnalyzer, NoFeedbackChannelCodeFixProvider>.VerifyFixAsync(markup, expected, languageVersion: languageVersion);

    [Fact]
    public Task Inserts_a_channel_to_name_before_Build_on_one_line() => VerifyFix(
        InMethod("""return Measure.CreateBuilder("a", "t").AddSatisfactionAssessment("s").[|Build()|];"""),
        InMethod("""return Measure.CreateBuilder("a", "t").AddSatisfactionAssessment("s").AddFeedbackChannel(ChannelKind.Unspecified, "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น").Build();"""));

    [Fact]
    public Task Inserts_the_call_on_its_own_line_in_a_chain_written_one_call_per_line() => VerifyFix(
        InMethod("""
            return Measure.CreateBuilder("a", "t")
                        .AddSatisfactionAssessment("s")
                        .[|Build()|];
            """),
        InMethod("""
            return Measure.CreateBuilder("a", "t")
                        .AddSatisfactionAssessment("s")
                        .AddFeedbackChannel(ChannelKind.Unspecified, "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")
                        .Build();
            """));

    [Fact]
    public Task Inserts_the_call_on_its_own_line_in_a_chain_with_dots_at_line_ends() => VerifyFix(
        InMethod("""
            return Measure.CreateBuilder("a", "t").
                AddSatisfactionAssessment("s").
                [|Build()|];
            """),
        InMethod("""
            return Measure.CreateBuilder("a", "t").
                AddSatisfactionAssessment("s").
                AddFeedbackChannel(ChannelKind.Unspecified, "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น").
                Build();
            """));

    [Fact]
    public Task Fixes_a_null_conditional_call() => VerifyFix(
        InMethod("""
            var builder = new MeasureBuilder("a", "t");
            MeasureBuilder? maybe = builder;
            return maybe?.[|Build()|]!;
            """),
        InMethod("""
            var builder = new MeasureBuilder("a", "t");
            MeasureBuilder? maybe = builder;
            return maybe?.AddFeedbackChannel(ChannelKind.Unspecified, "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น").Build()!;
            """));

    [Fact]
    public Task Qualifies_the_kind_where_the_namespace_is_not_imported() => VerifyFix(
        """
        class C
        {
            object M() => new Participation.Governance.Measures.MeasureBuilder("a", "t").[|TryBuild(out _, out _)|];
        }
        """,
        """
        class C
        {
            object M() => new Participation.Governance.Measures.MeasureBuilder("a", "t").AddFeedbackChannel(Participation.Governance.Measures.ChannelKind.Unspecified, "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น").TryBuild(out _, out _);
        }
        """);

    [Fact]
    public Task Adds_an_element_to_a_collection_expression() => VerifyFix(
        InMethod("""return [|new Measure|] { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound)] };"""),
        InMethod("""return new Measure { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound), new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")] };"""));

    [Fact]
    public Task Adds_an_element_to_an_empty_collection_expression() => VerifyFix(
        InMethod("""return [|new Measure("a", "t", [], [])|];"""),
        InMethod("""return new Measure("a", "t", [new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")], []);"""));

    [Fact]
    public Task Adds_an_element_to_an_array_initializer() => VerifyFix(
        InMethod("""return [|new Measure("a", "t", new FeedbackChannel[] { }, new List<MeasureStep>())|];"""),
        InMethod("""return new Measure("a", "t", new FeedbackChannel[] { new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น") }, new List<MeasureStep>());"""));

    [Fact]
    public Task Adds_an_initializer_to_a_list_without_one() => VerifyFix(
        InMethod("""return [|new Measure("a", "t", new List<FeedbackChannel>(), [])|];"""),
        InMethod("""return new Measure("a", "t", new List<FeedbackChannel>() { new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น") }, []);"""));

    [Fact]
    public Task Replaces_an_empty_array_of_length_zero() => VerifyFix(
        InMethod("""return [|new Measure("a", "t", new FeedbackChannel[0], [])|];"""),
        InMethod("""return new Measure("a", "t", [new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")], []);"""));

    [Fact]
    public Task Replaces_Array_Empty_with_an_array_before_CSharp_12() => VerifyFix(
        InMethod("""return [|new Measure("a", "t", System.Array.Empty<FeedbackChannel>(), new MeasureStep[0])|];"""),
        InMethod("""return new Measure("a", "t", new[] { new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น") }, new MeasureStep[0]);"""),
        LanguageVersion.CSharp11);

    [Fact]
    public Task Adds_the_element_where_a_local_list_is_declared() => VerifyFix(
        InMethod("""
            var channels = new List<FeedbackChannel>();
            return [|new Measure("a", "t", channels, [])|];
            """),
        InMethod("""
            var channels = new List<FeedbackChannel>() { new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น") };
            return new Measure("a", "t", channels, []);
            """));

    [Fact]
    public Task Adds_an_element_to_a_multi_line_list_in_its_layout() => VerifyFix(
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
                    new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น"),
                ],
            };
            """));

    [Fact]
    public Task Adds_the_Channels_member_when_there_is_none() => VerifyFix(
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
                Channels = [new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")]
            };
            """));

    [Fact]
    public Task Leaves_a_trailing_comment_on_the_member_it_follows() => VerifyFix(
        InMethod("""
            return [|new Measure|]
            {
                Agency = "a",
                Title = "t" // the title as announced
            };
            """),
        InMethod("""
            return new Measure
            {
                Agency = "a",
                Title = "t", // the title as announced
                Channels = [new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")]
            };
            """));

    [Fact]
    public Task Leaves_a_comment_after_a_trailing_comma_where_it_is() => VerifyFix(
        InMethod("""
            return [|new Measure|]
            {
                Agency = "a",
                Title = "t", // the title as announced
            };
            """),
        InMethod("""
            return new Measure
            {
                Agency = "a",
                Title = "t", // the title as announced
                Channels = [new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")],
            };
            """));

    [Fact]
    public Task Leaves_an_inline_comment_on_the_member_it_follows() => VerifyFix(
        InMethod("""return [|new Measure|] { Agency = "a", Title = "t" /* draft */ };"""),
        InMethod("""return new Measure { Agency = "a", Title = "t" /* draft */, Channels = [new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")] };"""));

    [Fact]
    public Task Adds_after_the_comment_of_a_collection_that_holds_only_a_comment() => VerifyFix(
        InMethod("""return [|new Measure|] { Agency = "a", Title = "t", Channels = [ /* none yet */ ] };"""),
        InMethod("""return new Measure { Agency = "a", Title = "t", Channels = [ /* none yet */ new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น") ] };"""));

    [Fact]
    public Task Adds_on_a_line_after_the_comment_of_a_multi_line_collection_that_holds_only_a_comment() => VerifyFix(
        InMethod("""
            return [|new Measure|]
            {
                Agency = "a",
                Title = "t",
                Channels =
                [
                    // none yet
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
                    // none yet
                    new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")
                ],
            };
            """));

    [Fact]
    public Task Uses_an_array_before_CSharp_12() => VerifyFix(
        InMethod("""return [|new Measure|] { Agency = "a", Title = "t" };"""),
        InMethod("""return new Measure { Agency = "a", Title = "t", Channels = new[] { new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น") } };"""),
        LanguageVersion.CSharp11);

    [Fact]
    public void The_placeholder_channel_keeps_GOV005_reported_until_it_is_named()
    {
        var placeholder = new FeedbackChannel(ChannelKind.Unspecified, detail: NoFeedbackChannelCodeFixProvider.PlaceholderDetail);
        var fixedMeasure = new Measure("a", "t", [placeholder], [new MeasureStep(StepKind.SatisfactionAssessment, "s")]);
        Assert.Equal(["GOV005"], fixedMeasure.Validate().Select(f => f.Id));

        var built = Measure.CreateBuilder("a", "t")
            .AddFeedbackChannel(ChannelKind.Unspecified, NoFeedbackChannelCodeFixProvider.PlaceholderDetail)
            .AddSatisfactionAssessment("s")
            .Validate();
        Assert.Equal(["GOV005"], built.Select(f => f.Id));

        var named = new Measure("a", "t", [new FeedbackChannel(ChannelKind.Telephone, detail: "0 2000 0000")], [new MeasureStep(StepKind.SatisfactionAssessment, "s")]);
        Assert.Empty(named.Validate());
    }

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
            var a = Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Unspecified, "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น").Build();
            var b = new Measure { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")] };
            var c = new MeasureBuilder("a", "t")
                .AddSatisfactionAssessment("s")
                .AddFeedbackChannel(ChannelKind.Unspecified, "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น")
                .Build();
            return (a, b, c);
            """);
        var fixedText = await AnalyzerHarness.FixAllAsync(source, new NoFeedbackChannelAnalyzer(), new NoFeedbackChannelCodeFixProvider(), "GOV001.AddChannelPlaceholder");
        Assert.Equal(expected, fixedText);
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Compile(fixedText), new NoFeedbackChannelAnalyzer()));

        // Each placeholder is a channel still to name: GOV005 while typing, as Validate() says at run time.
        var unnamed = await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Compile(fixedText), new UnnamedFeedbackChannelsAnalyzer());
        Assert.Equal(3, unnamed.Count(d => d.Id == "GOV005"));
    }
}
