using Microsoft.CodeAnalysis;
using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests;

public sealed class NoFeedbackChannelAnalyzerTests
{
    private static readonly NoFeedbackChannelAnalyzer Analyzer = new();

    private static Task Verify(string body, string members = "") => AnalyzerVerifier<NoFeedbackChannelAnalyzer>.VerifyAsync(
        TestSources.InMethod("bool flag, FeedbackChannel given, IEnumerable<FeedbackChannel> list, ChannelDirection direction, MeasureBuilder parameter", body, members));

    [Fact]
    public Task Flags_a_chain_without_an_inbound_channel() => Verify(
        """
        var a = Measure.CreateBuilder("a", "t").AddSatisfactionAssessment("s").[|Build()|];
        var b = new MeasureBuilder("a", "t").AddPublicationChannel(ChannelKind.Website).[|Build()|];
        var c = new MeasureBuilder("a", "t").AddChannel(new FeedbackChannel(ChannelKind.Email, ChannelDirection.Outbound)).[|Build()|];
        var d = new MeasureBuilder("a", "t").[|TryBuild(out var m, out var findings)|];
        """);

    [Fact]
    public Task Is_silent_when_a_chain_has_an_inbound_channel() => Verify(
        """
        var a = Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Telephone).Build();
        var b = new MeasureBuilder("a", "t").AddChannel(new FeedbackChannel(ChannelKind.Email)).Build();
        var c = new MeasureBuilder("a", "t").AddChannel(new FeedbackChannel(ChannelKind.Email, ChannelDirection.Inbound, "x@example.org")).Build();
        var d = new MeasureBuilder("a", "t").AddChannel(new FeedbackChannel(detail: "box", kind: ChannelKind.SuggestionBox)).AddLevel(ParticipationLevel.Inform).Build();
        """);

    [Fact]
    public Task Is_silent_when_the_channel_comes_from_somewhere_it_cannot_see() => Verify(
        """
        var a = new MeasureBuilder("a", "t").AddChannel(given).Build();
        var b = new MeasureBuilder("a", "t").AddChannel(new FeedbackChannel(ChannelKind.Email, direction)).Build();
        var c = parameter.Build();
        var d = Make().Build();
        var e = new MeasureBuilder("a", "t").AddChannel(list.First()).Build();
        """,
        "static MeasureBuilder Make() => new(\"a\", \"t\");");

    [Fact]
    public Task Is_silent_when_a_chain_hears_people_or_seats_their_representatives() => Verify(
        """
        var a = Measure.CreateBuilder("a", "t").AddStep(StepKind.CollectFeedback, "รับฟังความคิดเห็นของผู้มีส่วนได้ส่วนเสีย").Build();
        var b = new MeasureBuilder("a", "t").AddStep(StepKind.AppointRepresentatives, "แต่งตั้งผู้แทนภาคประชาชนเป็นคณะกรรมการ", ParticipationPhase.BeforePlanning).Build();
        var c = new MeasureBuilder("a", "t").AddStep(new MeasureStep(StepKind.AppointRepresentatives, "คณะทำงาน") { Phases = [ParticipationPhase.BeforePlanning] }).Build();
        var d = new MeasureBuilder("a", "t").AddPublicationChannel(ChannelKind.Website).AddStep(new MeasureStep(StepKind.CollectFeedback, "รับฟัง")).TryBuild(out _, out _);
        var e = new MeasureBuilder("a", "t").AddFeedbackChannel(ChannelKind.Unspecified, "ช่องทางต่าง ๆ").Build();
        """);

    [Fact]
    public Task Flags_a_chain_whose_steps_do_not_hear_people() => Verify(
        """
        var a = Measure.CreateBuilder("a", "t").AddStep(StepKind.PublishInformation, "เผยแพร่").AddStep(StepKind.Report, "รายงาน").[|Build()|];
        var b = new MeasureBuilder("a", "t").AddStep(new MeasureStep(StepKind.ImproveFromFeedback, "ปรับปรุง")).AddSatisfactionAssessment("s").[|Build()|];
        var c = new MeasureBuilder("a", "t").AddStep(StepKind.JointPlanning, "วางแผนร่วม").AddStep(StepKind.Oversight, "กำกับ").[|TryBuild(out _, out _)|];
        """);

    [Fact]
    public Task Is_silent_when_a_step_kind_comes_from_a_variable() => Verify(
        """
        var kind = Pick();
        var a = new MeasureBuilder("a", "t").AddStep(kind, "s").Build();
        var b = new MeasureBuilder("a", "t").AddStep(new MeasureStep(kind, "s")).Build();
        var c = new MeasureBuilder("a", "t").AddStep(Given()).Build();
        var d = new Measure("a", "t", [], [new MeasureStep(kind, "s")]);
        var e = new Measure { Agency = "a", Title = "t", Steps = [Given()] };
        var f = new Measure("a", "t", [], Steps());
        """,
        "static StepKind Pick() => StepKind.Report; static MeasureStep Given() => new(StepKind.Report, \"r\"); static IEnumerable<MeasureStep> Steps() => [];");

    [Fact]
    public Task Judges_route_steps_in_constructor_and_initializer_collections() => Verify(
        """
        var a = new Measure("a", "t", [], [new MeasureStep(StepKind.CollectFeedback, "รับฟังความคิดเห็น")]);
        var b = new Measure { Agency = "a", Title = "t", Steps = [new(StepKind.AppointRepresentatives, "คณะกรรมการ")] };
        var c = new Measure("a", "t", new[] { new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound) }, new List<MeasureStep> { new(StepKind.AppointRepresentatives, "คณะกรรมการ") });
        var d = new Measure { Agency = "a", Title = "t", Channels = [], Steps = new[] { new MeasureStep(StepKind.Review, "r"), new MeasureStep(StepKind.CollectFeedback, "c") } };

        var e = [|new Measure("a", "t", [], [new MeasureStep(StepKind.Review, "r")])|];
        var f = [|new Measure|] { Agency = "a", Title = "t", Steps = [new(StepKind.SatisfactionAssessment, "s"), new(StepKind.PublishInformation, "p")] };
        var g = [|new Measure|] { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound)], Steps = Array.Empty<MeasureStep>() };
        """);

    [Fact]
    public Task Follows_a_step_list_held_in_a_local() => Verify(
        """
        var heard = new List<MeasureStep>();
        heard.Add(new MeasureStep(StepKind.CollectFeedback, "รับฟังความคิดเห็น"));
        var m1 = new Measure("a", "t", [], heard);

        var committees = new List<MeasureStep> { new(StepKind.Report, "r") };
        committees.Add(new(StepKind.AppointRepresentatives, "คณะกรรมการ"));
        var m2 = new Measure { Agency = "a", Title = "t", Steps = committees };

        var reported = new List<MeasureStep> { new(StepKind.Report, "r") };
        reported.Add(new MeasureStep(StepKind.SatisfactionAssessment, "s"));
        var m3 = [|new Measure("a", "t", [], reported)|];

        var unknown = new List<MeasureStep>();
        unknown.Add(new MeasureStep(Pick(), "s"));
        var m4 = new Measure("a", "t", [], unknown);

        MeasureStep[] shared = [new(StepKind.AppointRepresentatives, "คณะกรรมการ")];
        var m5 = new Measure("a", "t", [], shared);
        var m6 = new Measure { Agency = "b", Title = "t", Steps = shared };

        var sharedWithoutRoute = new List<MeasureStep> { new(StepKind.Review, "r") };
        var m7 = [|new Measure("a", "t", [], sharedWithoutRoute)|];
        var m8 = [|new Measure|] { Agency = "b", Title = "t", Steps = sharedWithoutRoute };
        sharedWithoutRoute.Add(new(StepKind.CollectFeedback, "c"));
        var m9 = new Measure("c", "t", [], sharedWithoutRoute);
        """,
        "static StepKind Pick() => StepKind.Report;");

    [Fact]
    public Task Follows_a_local_builder_whose_route_is_a_step() => Verify(
        """
        var committee = new MeasureBuilder("a", "t");
        committee.AddStep(StepKind.AppointRepresentatives, "แต่งตั้งผู้แทนชุมชนเป็นกรรมการ");
        var m1 = committee.Build();

        var either = new MeasureBuilder("a", "t");
        if (flag)
        {
            either.AddFeedbackChannel(ChannelKind.Telephone);
        }
        else
        {
            either.AddStep(StepKind.CollectFeedback, "รับฟังความคิดเห็น");
        }

        var m2 = either.Build();

        var neither = new MeasureBuilder("a", "t");
        if (flag)
        {
            neither.AddStep(StepKind.Report, "r");
        }
        else
        {
            neither.AddPublicationChannel(ChannelKind.Website);
        }

        var m3 = neither.[|Build()|];

        var sometimes = new MeasureBuilder("a", "t");
        if (flag)
        {
            sometimes.AddStep(StepKind.CollectFeedback, "รับฟัง");
        }

        var m4 = sometimes.Build();
        """);

    [Fact]
    public Task Flags_a_local_builder_completed_in_the_same_method() => Verify(
        """
        var builder = new MeasureBuilder("a", "t");
        builder.AddSatisfactionAssessment("s");
        builder = builder.AddLevel(ParticipationLevel.Consult);
        builder.AddPublicationChannel(ChannelKind.NoticeBoard).AddLegalBasis("law");
        var problems = builder.Validate();
        var measure = builder.[|Build()|];
        """);

    [Fact]
    public Task Follows_a_local_builder_that_gets_its_channel_in_an_earlier_statement() => Verify(
        """
        var builder = Measure.CreateBuilder("a", "t");
        builder.AddFeedbackChannel(ChannelKind.Website);
        var measure = builder.Build();
        var other = new MeasureBuilder("a", "t");
        other = other.AddChannel(new FeedbackChannel(ChannelKind.Letter));
        var second = other.Build();
        MeasureBuilder late;
        late = new MeasureBuilder("a", "t");
        var third = late.[|Build()|];
        """);

    [Fact]
    public Task Is_silent_when_a_local_builder_escapes_or_is_changed_where_it_cannot_follow() => Verify(
        """
        var passed = new MeasureBuilder("a", "t");
        Configure(passed);
        var m1 = passed.Build();

        var branched = new MeasureBuilder("a", "t");
        if (flag) branched.AddFeedbackChannel(ChannelKind.Website);
        var m2 = branched.Build();

        var looped = new MeasureBuilder("a", "t");
        foreach (var channel in list) looped.AddChannel(channel);
        var m3 = looped.Build();

        var captured = new MeasureBuilder("a", "t");
        Action add = () => captured.AddFeedbackChannel(ChannelKind.Website);
        add();
        var m4 = captured.Build();

        var aliased = new MeasureBuilder("a", "t");
        var alias = aliased;
        alias.AddFeedbackChannel(ChannelKind.Website);
        var m5 = aliased.Build();

        var stored = new MeasureBuilder("a", "t");
        field = stored;
        field.AddFeedbackChannel(ChannelKind.Website);
        var m6 = stored.Build();

        var conditional = new MeasureBuilder("a", "t");
        _ = flag ? conditional.AddFeedbackChannel(ChannelKind.Website).Validate() : null;
        var m7 = conditional.Build();

        var fromParameter = parameter;
        var m8 = fromParameter.Build();

        var readLater = new MeasureBuilder("a", "t");
        var m9 = readLater.Build();
        Func<Measure> later = () => readLater.Build();

        var byLocalFunction = new MeasureBuilder("a", "t");
        AddChannel();
        var m10 = byLocalFunction.Build();
        void AddChannel() => byLocalFunction.AddFeedbackChannel(ChannelKind.Website);

        var filledLater = new List<FeedbackChannel>();
        AddTo();
        var m11 = new Measure("a", "t", filledLater, []);
        void AddTo() => filledLater.Add(new FeedbackChannel(ChannelKind.Website));
        """,
        "MeasureBuilder? field; static void Configure(MeasureBuilder b) => b.AddFeedbackChannel(ChannelKind.Website);");

    [Fact]
    public Task Follows_a_builder_read_through_another_local_only_when_nothing_changes_it_later() => Verify(
        """
        var first = new MeasureBuilder("a", "t").AddLevel(ParticipationLevel.Inform);
        var second = first.AddSatisfactionAssessment("s");
        var m1 = second.[|Build()|];

        var x = new MeasureBuilder("a", "t");
        var y = x;
        x.AddFeedbackChannel(ChannelKind.Website);
        var m2 = y.Build();
        """);

    [Fact]
    public Task A_build_inside_a_loop_or_lambda_is_judged_by_what_it_can_see() => Verify(
        """
        var builder = new MeasureBuilder("a", "t");
        for (var i = 0; i < 2; i++)
        {
            var inLoop = builder.[|Build()|];
        }

        Func<Measure> own = () =>
        {
            var inner = new MeasureBuilder("a", "t");
            Func<Measure> nested = () => new MeasureBuilder("b", "t").[|Build()|];
            return inner.[|Build()|];
        };
        """);

    [Fact]
    public Task Handles_null_conditional_chains() => Verify(
        """
        MeasureBuilder? maybe = flag ? new MeasureBuilder("a", "t") : null;
        var a = maybe?.AddLevel(ParticipationLevel.Inform).[|Build()|];
        var unknown = flag ? parameter : null;
        var a2 = unknown?.Build();
        MeasureBuilder? known = new MeasureBuilder("a", "t");
        var b = known?.AddLevel(ParticipationLevel.Inform)?.[|Build()|];
        var c = known?.AddFeedbackChannel(ChannelKind.Website).Build();
        """);

    [Fact]
    public Task Follows_a_builder_chosen_by_a_conditional_expression() => Verify(
        """
        var a = (flag ? new MeasureBuilder("a", "t") : Measure.CreateBuilder("b", "t")).[|Build()|];
        var chosen = flag ? new MeasureBuilder("a", "t") : new MeasureBuilder("b", "t").AddSatisfactionAssessment("s");
        var b = chosen.[|Build()|];
        var mixed = flag ? new MeasureBuilder("a", "t").AddFeedbackChannel(ChannelKind.Website) : new MeasureBuilder("b", "t");
        var c = mixed.Build();
        var both = flag ? new MeasureBuilder("a", "t").AddFeedbackChannel(ChannelKind.Website) : new MeasureBuilder("b", "t").AddChannel(new FeedbackChannel(ChannelKind.Email));
        var d = both.Build();
        var fromParameter = (flag ? parameter : new MeasureBuilder("b", "t")).Build();
        """);

    [Fact]
    public Task Follows_a_builder_through_try_catch_finally() => Verify(
        """
        var first = new MeasureBuilder("a", "t");
        try
        {
            first.AddSatisfactionAssessment("s");
            first.AddPublicationChannel(ChannelKind.Website);
        }
        finally
        {
            Console.WriteLine("done");
        }

        var m1 = first.[|Build()|];

        var second = new MeasureBuilder("a", "t");
        try
        {
            second.AddLevel(ParticipationLevel.Inform);
            var m2 = second.[|Build()|];
        }
        finally
        {
        }

        var third = new MeasureBuilder("a", "t");
        try
        {
            third.AddFeedbackChannel(ChannelKind.Website);
        }
        catch (InvalidOperationException)
        {
        }

        var m3 = third.Build();

        var fourth = new MeasureBuilder("a", "t");
        try
        {
            fourth.AddLevel(ParticipationLevel.Inform);
        }
        catch (InvalidOperationException)
        {
        }

        var m4 = fourth.[|Build()|];

        var fifth = new MeasureBuilder("a", "t");
        try
        {
            fifth.AddSatisfactionAssessment("s");
        }
        finally
        {
            var m5 = fifth.[|Build()|];
        }

        var sixth = new MeasureBuilder("a", "t");
        try
        {
            sixth.AddFeedbackChannel(ChannelKind.Website);
        }
        finally
        {
            var m6 = sixth.Build();
        }

        var seventh = new MeasureBuilder("a", "t");
        try
        {
        }
        catch (InvalidOperationException)
        {
            seventh.AddFeedbackChannel(ChannelKind.Website);
        }

        var m7 = seventh.Build();
        """);

    [Fact]
    public Task Follows_a_builder_through_branches_and_loops_that_agree() => Verify(
        """
        var inBranch = new MeasureBuilder("a", "t");
        if (flag)
        {
            inBranch.AddSatisfactionAssessment("s");
        }
        else
        {
            inBranch.AddLevel(ParticipationLevel.Consult);
        }

        var m1 = inBranch.[|Build()|];

        var inLoop = new MeasureBuilder("a", "t");
        foreach (var level in new[] { ParticipationLevel.Inform, ParticipationLevel.Consult })
        {
            inLoop.AddLevel(level);
        }

        var m2 = inLoop.[|Build()|];

        var built = new MeasureBuilder("a", "t");
        using (var stream = new System.IO.MemoryStream())
        {
            built.AddLevel(ParticipationLevel.Inform);
            var m3 = built.[|Build()|];
        }

        lock (given)
        {
            var m4 = built.[|Build()|];
        }

        if (flag)
        {
            var m5 = built.[|Build()|];
        }
        """);

    [Fact]
    public Task Follows_a_builder_with_an_object_initializer_a_deconstruction_or_a_type_pattern() => Verify(
        """
        var a = new MeasureBuilder("a", "t") { }.AddSatisfactionAssessment("s").[|Build()|];

        var (deconstructed, name) = (new MeasureBuilder("a", "t"), "x");
        deconstructed.AddSatisfactionAssessment(name);
        var b = deconstructed.[|Build()|];

        (var other, var count) = (Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Website), 1);
        var c = other.Build();

        var (unknown, _) = Make2();
        var d = unknown.Build();

        object boxed = new MeasureBuilder("a", "t");
        if (boxed is MeasureBuilder typed)
        {
            var e = typed.[|Build()|];
        }

        if (Measure.CreateBuilder("a", "t") is { } fresh)
        {
            fresh.AddSatisfactionAssessment("s");
            var f = fresh.[|Build()|];
        }

        if (given is object && parameter is MeasureBuilder passed)
        {
            var g = passed.Build();
        }

        if (parameter is { } fromParameter)
        {
            var h = fromParameter.Build();
        }
        """,
        "static (MeasureBuilder, int) Make2() => (new MeasureBuilder(\"a\", \"t\").AddFeedbackChannel(ChannelKind.Website), 0);");

    [Fact]
    public Task Follows_a_channel_list_held_in_a_local() => Verify(
        """
        var steps = new List<MeasureStep> { new(StepKind.SatisfactionAssessment, "s") };
        var channels = new List<FeedbackChannel>();
        var m1 = [|new Measure("a", "t", channels, steps)|];

        FeedbackChannel[] none = [];
        var m2 = [|new Measure("a", "t", none, steps)|];

        var added = new List<FeedbackChannel>();
        added.Add(new FeedbackChannel(ChannelKind.Website));
        var m3 = new Measure("a", "t", added, steps);

        var outbound = new List<FeedbackChannel>();
        outbound.Add(new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound));
        var m4 = [|new Measure("a", "t", outbound, steps)|];

        var unknown = new List<FeedbackChannel>();
        unknown.Add(given);
        var m5 = new Measure("a", "t", unknown, steps);

        var filled = new List<FeedbackChannel>();
        Fill(filled);
        var m6 = new Measure("a", "t", filled, steps);

        var m7 = [|new Measure("a", "t", Array.Empty<FeedbackChannel>(), steps)|];
        var m8 = [|new Measure("a", "t", Enumerable.Empty<FeedbackChannel>(), steps)|];

        var initialised = new List<FeedbackChannel>();
        var m9 = [|new Measure|] { Agency = "a", Title = "t", Channels = initialised };

        var aliased = new List<FeedbackChannel>();
        var alias = aliased;
        alias.Add(new FeedbackChannel(ChannelKind.Website));
        var m10 = new Measure("a", "t", aliased, steps);
        """,
        "static void Fill(List<FeedbackChannel> list) => list.Add(new(ChannelKind.Website));");

    [Fact]
    public Task Is_silent_on_a_measure_whose_only_use_is_to_be_validated() => Verify(
        """
        var findings = new Measure { Agency = "a", Title = "t" }.Validate();
        var byValidator = MeasureValidator.Validate(new Measure { Agency = "a", Title = "t" });
        var draft = new Measure { Agency = "a", Title = "t" };
        var problems = draft.Validate();
        var again = MeasureValidator.Validate(draft);

        var used = [|new Measure|] { Agency = "a", Title = "t" };
        var checkedToo = used.Validate();
        Console.WriteLine(used);

        var unused = [|new Measure|] { Agency = "a", Title = "t" };
        var built = Measure.CreateBuilder("a", "t").[|Build()|].Validate();
        """);

    [Fact]
    public Task Flags_creations_with_no_inbound_channel() => Verify(
        """
        var a = [|new Measure|] { Agency = "a", Title = "t" };
        var b = [|new Measure|] { Agency = "a", Title = "t", Channels = [] };
        var c = [|new Measure|] { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound)] };
        var d = [|new Measure("a", "t", new List<FeedbackChannel>(), [])|];
        var e = [|new Measure("a", "t", new FeedbackChannel[0], Array.Empty<MeasureStep>())|];
        var f = [|new Measure("a", "t", new[] { new FeedbackChannel(ChannelKind.Newsletter, ChannelDirection.Outbound) }, [])|] { Levels = [ParticipationLevel.Inform] };
        Measure g = [|new()|] { Agency = "a", Title = "t" };
        """);

    [Fact]
    public Task Is_silent_on_creations_with_an_inbound_or_unknown_channel() => Verify(
        """
        var a = new Measure { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Website)] };
        var b = new Measure("a", "t", new List<FeedbackChannel> { new(ChannelKind.Telephone) }, []);
        var c = new Measure("a", "t", new[] { new FeedbackChannel(ChannelKind.Email, ChannelDirection.Inbound) }, []);
        var d = new Measure { Agency = "a", Title = "t", Channels = [.. list] };
        var e = new Measure { Agency = "a", Title = "t", Channels = list.ToList() };
        var f = new Measure("a", "t", list, []);
        var g = new Measure { Agency = "a", Title = "t", Channels = flag ? [] : [given] };
        var h = new Measure { Agency = "a", Title = "t", Channels = [given] };
        var i = new Measure { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.Email, direction)] };
        var j = new Measure { Agency = "a", Title = "t", Channels = Defaults() };
        """,
        "static IReadOnlyList<FeedbackChannel> Defaults() => [new(ChannelKind.Website)];");

    [Fact]
    public Task Works_in_top_level_statements() => AnalyzerVerifier<NoFeedbackChannelAnalyzer>.VerifyAsync(
        """
        using Participation.Governance.Measures;

        var builder = Measure.CreateBuilder("a", "t");
        builder.AddSatisfactionAssessment("s");
        var measure = builder.[|Build()|];
        var chained = Measure.CreateBuilder("a", "t").AddFeedbackChannel(ChannelKind.Website).Build();
        System.Console.WriteLine(measure);
        """,
        OutputKind.ConsoleApplication);

    [Fact]
    public Task Is_silent_behind_generic_wrappers_and_extension_methods() => AnalyzerVerifier<NoFeedbackChannelAnalyzer>.VerifyAsync(
        """
        using System;
        using Participation.Governance.Measures;

        static class Extensions
        {
            public static MeasureBuilder WithDefaults(this MeasureBuilder builder) => builder.AddFeedbackChannel(ChannelKind.Website);

            public static T Tap<T>(this T value, Action<T> action) { action(value); return value; }
        }

        class Wrapper<T> where T : class
        {
            public Wrapper(T value) => Value = value;

            public T Value { get; }
        }

        class C
        {
            object M()
            {
                var a = new MeasureBuilder("a", "t").WithDefaults().Build();
                var b = new MeasureBuilder("a", "t").Tap(x => x.AddFeedbackChannel(ChannelKind.Website)).Build();
                var c = new Wrapper<MeasureBuilder>(new MeasureBuilder("a", "t")).Value.Build();
                var d = new Wrapper<Measure>([|new Measure|] { Agency = "a", Title = "t" });
                return (a, b, c, d);
            }
        }
        """);

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        var compilation = AnalyzerHarness.Compile(
            """
            // <auto-generated/>
            using Participation.Governance.Measures;

            class C
            {
                object M() => new MeasureBuilder("a", "t").Build();
            }
            """);
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(compilation, Analyzer));
    }

    [Fact]
    public async Task Does_nothing_in_a_compilation_without_the_measure_model()
    {
        var compilation = AnalyzerHarness.Compile("class MeasureBuilder { public object Build() => this; } class C { object M() => new MeasureBuilder().Build(); }");
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(compilation, Analyzer));
    }
}
