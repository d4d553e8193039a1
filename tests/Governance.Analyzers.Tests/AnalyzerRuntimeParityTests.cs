using Participation.Governance.Analyzers.Tests.Harness;
using Participation.Governance.Measures;

namespace Participation.Governance.Analyzers.Tests;

/// <summary>
/// A measure written in C# gets the same GOV001, GOV002 and GOV005 verdict from the analyzers as from
/// <see cref="MeasureValidator.Validate"/> on the measure the same code makes when it runs (see
/// <see cref="MeasureSnippets"/>); where the analyzer cannot see a value it stays silent, never disagrees.
/// </summary>
public sealed class AnalyzerRuntimeParityTests
{
    /// <summary>The ways a measure is written that the analysis follows.</summary>
    public enum Written
    {
        Chain,
        LocalBuilder,
        Constructor,
        Initializer,
        LocalLists,
    }

    [Fact]
    public async Task Every_step_kind_in_every_form_gets_the_runtime_verdict()
    {
        // Kind by kind, so a step kind the runtime starts to count as a route in (MeasureValidator.IsRouteIn) and the
        // analyzer does not shows up here.
        var snippets =
            from kind in Enum.GetValues<StepKind>()
            from written in Enum.GetValues<Written>()
            from style in new[] { 0, 1, 2 }
            select new Snippet(written, [Item.Step(kind, style)], style);
        AssertSameVerdicts(await JudgeAsync(snippets));
    }

    [Fact]
    public async Task Every_channel_kind_and_direction_in_every_form_gets_the_runtime_verdict()
    {
        var snippets =
            from kind in Enum.GetValues<ChannelKind>()
            from direction in Enum.GetValues<ChannelDirection>()
            from written in Enum.GetValues<Written>()
            from style in new[] { 0, 1, 2 }
            select new Snippet(written, [Item.Channel(kind, direction, style), Item.Step(StepKind.SatisfactionAssessment, style)], style);
        AssertSameVerdicts(await JudgeAsync(snippets));
    }

    [Fact]
    public void Any_mix_of_channels_and_steps_in_any_form_gets_the_runtime_verdict()
    {
        var item =
            from isChannel in Gen.Elements(true, false)
            from channelKind in Gen.Elements(Enum.GetValues<ChannelKind>())
            from direction in Gen.Elements(Enum.GetValues<ChannelDirection>())
            from stepKind in Gen.Elements(Enum.GetValues<StepKind>())
            from style in Gen.Choose(0, 2)
            select isChannel ? Item.Channel(channelKind, direction, style) : Item.Step(stepKind, style);
        var snippet =
            from written in Gen.Elements(Enum.GetValues<Written>())
            from items in Gen.ListOf(item).Select(items => items.Take(5).ToArray())
            from style in Gen.Choose(0, 2)
            select new Snippet(written, items, style);
        var batch = Gen.NonEmptyListOf(snippet).Select(snippets => snippets.Take(12).ToArray());

        // One compilation per batch keeps a run to seconds.
        Prop.ForAll(batch.ToArbitrary(), snippets => AssertSameVerdicts(JudgeAsync(snippets).GetAwaiter().GetResult()))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Fact]
    public async Task Committees_promises_and_announcements_written_by_hand_get_the_runtime_verdict()
    {
        string[] bodies =
        [
            // A committee of representatives is a route in that names no channel: GOV005, not GOV001.
            """
            return Measure.CreateBuilder("องค์การบริหารส่วนตำบลสมมติ", "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม")
                .AddPublicationChannel(ChannelKind.Website, "https://www.example.go.th")
                .AddStep(StepKind.AppointRepresentatives, "แต่งตั้งผู้แทนภาคประชาชนร่วมเป็นคณะกรรมการพัฒนาท้องถิ่น")
                .AddSatisfactionAssessment("ประเมินความพึงพอใจของผู้รับบริการ")
                .Build();
            """,

            // A promise to hear people, in every form.
            """
            var builder = new MeasureBuilder("สำนักงานเขตตัวอย่าง", "มาตรการ");
            builder.AddStep(new MeasureStep(StepKind.CollectFeedback, "จัดให้มีช่องทางรับฟังความคิดเห็นที่หลากหลาย"));
            builder.AddSatisfactionAssessment("ประเมิน");
            return builder.Build();
            """,
            """
            return new Measure("a", "t", [], [new MeasureStep(StepKind.CollectFeedback, "เปิดช่องทางรับฟังความคิดเห็น")]);
            """,
            """
            return new Measure { Agency = "a", Title = "t", Steps = [new(StepKind.AppointRepresentatives, "คณะทำงาน"), new(StepKind.SatisfactionAssessment, "ประเมิน")] };
            """,
            """
            var steps = new List<MeasureStep>();
            steps.Add(new MeasureStep(StepKind.Review, "ทบทวน"));
            steps.Add(new MeasureStep(StepKind.AppointRepresentatives, "คณะกรรมการ"));
            return new Measure("a", "t", Array.Empty<FeedbackChannel>(), steps);
            """,

            // Publishing only: no route at all.
            """
            return Measure.CreateBuilder("a", "t")
                .AddPublicationChannel(ChannelKind.Website)
                .AddPublicationChannel(ChannelKind.NoticeBoard)
                .AddStep(StepKind.PublishInformation, "เผยแพร่ข้อมูลข่าวสาร")
                .AddStep(StepKind.Report, "รายงานผล")
                .Build();
            """,

            // "Through various channels", then named ones.
            """
            return new Measure("a", "t", [new FeedbackChannel(ChannelKind.Unspecified, detail: "ช่องทางต่าง ๆ")], [new MeasureStep(StepKind.CollectFeedback, "รับฟัง")]);
            """,
            """
            var channels = new List<FeedbackChannel> { new(ChannelKind.Unspecified, detail: "ช่องทางต่าง ๆ") };
            channels.Add(new FeedbackChannel(ChannelKind.Telephone, detail: "0 2000 0000"));
            return new Measure { Agency = "a", Title = "t", Channels = channels };
            """,

            // Branches that agree on a route, reached differently.
            """
            var builder = new MeasureBuilder("a", "t");
            if (Flag)
            {
                builder.AddFeedbackChannel(ChannelKind.Unspecified);
            }
            else
            {
                builder.AddStep(StepKind.AppointRepresentatives, "คณะกรรมการ");
            }

            return builder.AddSatisfactionAssessment("s").Build();
            """,
            """
            var builder = Flag
                ? new MeasureBuilder("a", "t").AddStep(StepKind.CollectFeedback, "รับฟัง")
                : Measure.CreateBuilder("b", "t").AddStep(StepKind.CollectFeedback, "รับฟัง");
            return builder.Build();
            """,

            // One step list shared by two measures (the first only validated, so the snippet makes one measure).
            """
            MeasureStep[] shared = [new(StepKind.Review, "ทบทวน")];
            var problems = MeasureValidator.Validate(new Measure("a", "t", [], shared));
            return new Measure { Agency = "b", Title = "t", Steps = shared };
            """,
        ];
        AssertSameVerdicts(await MeasureSnippets.JudgeAsync(bodies));
    }

    [Fact]
    public async Task Where_a_kind_or_channel_is_out_of_sight_the_analyzer_is_silent_rather_than_wrong()
    {
        string[] bodies =
        [
            """return new MeasureBuilder("a", "t").AddStep(UnseenStepKind, "s").AddSatisfactionAssessment("s").Build();""",
            """return new MeasureBuilder("a", "t").AddStep(new MeasureStep(UnseenStepKind, "s")).Build();""",
            """return new Measure("a", "t", [], [Step(StepKind.Report)]);""",
            """return new Measure { Agency = "a", Title = "t", Steps = [new(UnseenStepKind, "s")] };""",
            """return new Measure("a", "t", [Outbound()], []);""",
            """return new MeasureBuilder("a", "t").AddFeedbackChannel(UnseenChannelKind).AddSatisfactionAssessment("s").Build();""",
            """return new Measure("a", "t", [new FeedbackChannel(ChannelKind.Website, UnseenDirection)], [Step(StepKind.SatisfactionAssessment)]);""",
            """
            var builder = new MeasureBuilder("a", "t").AddSatisfactionAssessment("s");
            if (Flag)
            {
                builder.AddStep(StepKind.Report, "r");
            }
            else
            {
                builder.AddStep(StepKind.CollectFeedback, "c");
            }

            return builder.Build();
            """,
            """
            var steps = new List<MeasureStep>();
            steps.Add(Step(StepKind.Oversight));
            return new Measure("a", "t", [], steps);
            """,
        ];
        var verdicts = await MeasureSnippets.JudgeAsync(bodies);
        Assert.All(verdicts, v => Assert.True(v.Analyzer.All(v.Runtime.Contains), "The analyzer reported what the runtime does not: " + v));
        Assert.All(verdicts, v => Assert.DoesNotContain("GOV001", v.Analyzer));

        // The silence is a choice, not blindness to these measures: run, most of them have no route at all.
        Assert.True(verdicts.Count(v => v.Runtime.Contains("GOV001")) >= 6, string.Join("\n", verdicts));
    }

    private static void AssertSameVerdicts(IReadOnlyList<MeasureSnippets.Verdict> verdicts)
    {
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.True(v.Analyzer.SequenceEqual(v.Runtime), "Different verdicts: " + v));
    }

    private static Task<IReadOnlyList<MeasureSnippets.Verdict>> JudgeAsync(IEnumerable<Snippet> snippets) =>
        MeasureSnippets.JudgeAsync([.. snippets.Select(s => s.ToString())]);

    /// <summary>A channel or a step of a measure, and which of the equivalent ways to write it a snippet uses.</summary>
    public sealed record Item(ChannelKind? ChannelKind, ChannelDirection Direction, StepKind StepKind, int Style)
    {
        public static Item Channel(ChannelKind kind, ChannelDirection direction, int style) => new(kind, direction, default, style);

        public static Item Step(StepKind kind, int style) => new(null, default, kind, style);

        public bool IsChannel => ChannelKind is not null;

        /// <summary>The builder call that adds it, without the dot.</summary>
        public string Call => (IsChannel, Direction, Style) switch
        {
            (true, ChannelDirection.Inbound, 0) => $"AddFeedbackChannel(ChannelKind.{ChannelKind})",
            (true, ChannelDirection.Outbound, 0) => $"AddPublicationChannel(ChannelKind.{ChannelKind}, \"ประชาสัมพันธ์\")",
            (true, _, _) => $"AddChannel({Element(typed: false)})",
            (false, _, 0) => $"AddStep(StepKind.{StepKind}, \"ขั้นตอน\")",
            (false, _, 1) => $"AddStep({Element(typed: false)})",
            _ => StepKind == StepKind.SatisfactionAssessment
                ? "AddSatisfactionAssessment(\"ประเมินความพึงพอใจ\", ParticipationPhase.AfterOperation)"
                : $"AddStep(StepKind.{StepKind}, \"ขั้นตอน\", ParticipationPhase.DuringOperation)",
        };

        /// <summary>The element that stands for it in a collection; <paramref name="typed"/> where <c>new(…)</c> has a target type.</summary>
        public string Element(bool typed)
        {
            var type = typed && Style == 2 ? string.Empty : IsChannel ? " FeedbackChannel" : " MeasureStep";
            return !IsChannel ? $"new{type}(StepKind.{StepKind}, \"ขั้นตอน\")"
                : Direction == ChannelDirection.Inbound && Style == 1 ? $"new{type}(ChannelKind.{ChannelKind})"
                : $"new{type}(ChannelKind.{ChannelKind}, ChannelDirection.{Direction}, \"รายละเอียด\")";
        }
    }

    /// <summary>A measure written one way; its text is a method body that returns the measure.</summary>
    public sealed record Snippet(Written Written, IReadOnlyList<Item> Items, int Style)
    {
        public override string ToString()
        {
            var channels = Items.Where(i => i.IsChannel).ToList();
            var steps = Items.Where(i => !i.IsChannel).ToList();
            switch (Written)
            {
                case Written.Chain:
                    var root = Style == 0 ? "Measure.CreateBuilder(\"a\", \"t\")" : "new MeasureBuilder(\"a\", \"t\")";
                    return "return " + root + string.Concat(Items.Select(i => "\n    ." + i.Call)) + "\n    .Build();";
                case Written.LocalBuilder:
                    // Calls as statements, or the builder assigned back (b = b.Add…), as code does both.
                    return "var builder = new MeasureBuilder(\"a\", \"t\");\n"
                        + string.Concat(Items.Select(i => (i.Style == 1 ? "builder = builder." : "builder.") + i.Call + ";\n"))
                        + "return builder.Build();";
                case Written.Constructor:
                    return $"return new Measure(\"a\", \"t\", {Collection(channels, "FeedbackChannel")}, {Collection(steps, "MeasureStep")});";
                case Written.Initializer:
                    var members = "Agency = \"a\", Title = \"t\"";
                    if (channels.Count > 0 || Style == 1)
                    {
                        members += ", Channels = " + Collection(channels, "FeedbackChannel");
                    }

                    if (steps.Count > 0 || Style == 1)
                    {
                        members += ", Steps = " + Collection(steps, "MeasureStep");
                    }

                    return "return new Measure { " + members + " };";
                default:
                    return "var channels = new List<FeedbackChannel>();\n"
                        + string.Concat(channels.Select(c => "channels.Add(" + c.Element(typed: true) + ");\n"))
                        + "var steps = new List<MeasureStep>();\n"
                        + string.Concat(steps.Select(s => "steps.Add(" + s.Element(typed: true) + ");\n"))
                        + "return new Measure(\"a\", \"t\", channels, steps);";
            }
        }

        private string Collection(IReadOnlyList<Item> items, string type) => Style switch
        {
            0 => "[" + string.Join(", ", items.Select(i => i.Element(typed: true))) + "]",
            1 => items.Count == 0 ? $"Array.Empty<{type}>()" : "new[] { " + string.Join(", ", items.Select(i => i.Element(typed: false))) + " }",
            _ => $"new List<{type}> {{ " + string.Join(", ", items.Select(i => i.Element(typed: true))) + " }",
        };
    }
}
