using Microsoft.CodeAnalysis.Diagnostics;
using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests;

/// <summary>Code as it is while being typed: the analyzers must never throw (AD0001), whatever they report.</summary>
public sealed class RobustnessTests
{
    private static readonly DiagnosticAnalyzer[] All = AnalyzerHarness.AllAnalyzers();

    public static TheoryData<string> IncompleteCode() =>
    [
        "var m = Measure.CreateBuilder(\"a\", \"t\").AddFeedbackChannel(",
        "var m = Measure.CreateBuilder(\"a\", \"t\").",
        "var m = Measure.CreateBuilder(\"a\", \"t\").Build(",
        "var m = new MeasureBuilder(\"a\").Build();",
        "var m = new MeasureBuilder().AddStep(StepKind.).Build();",
        "var b = new MeasureBuilder(\"a\", \"t\"); b.AddChannel(new FeedbackChannel()); var m = b.Build();",
        "var m = new Measure { Agency = \"a\", Title = \"t\", Channels = [new FeedbackChannel(ChannelKind.Website, ] };",
        "var m = new Measure { Agency = \"a\", Channels = [.. ] };",
        "var m = new Measure(\"a\", \"t\", [",
        "var m = new Measure(\"a\", \"t\", undefinedChannels, undefinedSteps);",
        "MeasureBuilder b; var m = b.Build();",
        "var m = b.Build(); var b = new MeasureBuilder(\"a\", \"t\");",
        "var d = new System.DateTime(2563, ",
        "var d = new System.DateTime(year: 2563);",
        "var d = new NodaTime.LocalDate(2563, 13, 45, 7);",
        "var m = unknown?.Build()?.Validate();",
        "goto end; var b = new MeasureBuilder(\"a\", \"t\"); end: var m = b.Build();",
        "var b = flag ? new MeasureBuilder(\"a\", \"t\") : ; var m = b.Build();",
        "var (b, n) = (new MeasureBuilder(\"a\", \"t\")); var m = b.Build();",
        "var (b, n) = new MeasureBuilder(\"a\", \"t\"); var m = b.Build();",
        "(var b, var n) = (new MeasureBuilder(\"a\", \"t\"), 1, 2); var m = b.Build();",
        "if (o is MeasureBuilder b) var m = b.Build();",
        "if (o is MeasureBuilder b || true) { var m = b.Build(); }",
        "if (!(o is MeasureBuilder b)) return; var m = b.Build();",
        "var b = new MeasureBuilder(\"a\", \"t\"); try { b.AddSatisfactionAssessment(\"s\"); } finally { var m = b.Build(); ",
        "var b = new MeasureBuilder(\"a\", \"t\"); try { } catch { b. } var m = b.Build();",
        "var b = new MeasureBuilder(\"a\", \"t\") { Unknown = 1 }; var m = b.Build();",
        "var b = new MeasureBuilder(\"a\", \"t\"); while (b.) { b.AddLevel(); } var m = b.Build();",
        "var c = new List<FeedbackChannel>(); c.Add(); c.Add(1, 2); var m = new Measure(\"a\", \"t\", c, []);",
        "FeedbackChannel[] c = new FeedbackChannel[; var m = new Measure(\"a\", \"t\", c, System.Array.Empty<MeasureStep>());",
        "var m = new Measure { Agency = \"a\", Title = \"t\" }.Validate(;",
        "var m = MeasureValidator.Validate(new Measure { Agency = \"a\" }, 1);",
        "var d = new System.DateTime(2563, 1, 1).AddYears(;",
        "var d = new System.DateTime(2563, 1, 1, new System.Globalization.GregorianCalendar(;",
        "var d = new NodaTime.LocalDate(NodaTime.Calendars.Era., 2563, 1, 1);",
        "var d = NodaTime.CalendarSystem.Iso.GetDaysInMonth(2563);",
        "var d = new System.Globalization.GregorianCalendar().ToDateTime(2563, 4);",
        "var d = NodaTime.Instant.FromUtc(2563, 4, 24, 0);",
        "var d = System.Globalization.ISOWeek.ToDateTime(2563, 17, );",
    ];

    [Theory]
    [MemberData(nameof(IncompleteCode))]
    public async Task Never_throws_on_code_being_typed(string statement)
    {
        var source = "using System.Collections.Generic;\nusing Participation.Governance.Measures;\nclass C\n{\n    void M(bool flag, object o)\n    {\n        " + statement + "\n    }\n}\n";
        var diagnostics = await AnalyzerHarness.AnalyzeIncompleteAsync(source, All);
        Assert.All(diagnostics, d => Assert.StartsWith("GOV00", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Never_throws_on_any_prefix_of_a_real_file()
    {
        const string File = """
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using NodaTime;
            using NodaTime.Calendars;
            using Participation.Governance.Measures;

            class C
            {
                Measure M(bool flag)
                {
                    var builder = Measure.CreateBuilder("สำนักงาน", "มาตรการ")
                        .AddFeedbackChannel(ChannelKind.Website, "https://example.go.th")
                        .AddStep(StepKind.SatisfactionAssessment, "ประเมิน");
                    builder?.AddLevel(ParticipationLevel.Inform);
                    var other = new Measure("a", "t", [new FeedbackChannel(ChannelKind.Email)], new List<MeasureStep> { new(StepKind.Report, "r") });
                    Func<DateTime> f = () => new DateTime(2563, 1, 1);
                    var (chosen, name) = (flag ? new MeasureBuilder("a", "t") : Measure.CreateBuilder("b", "t"), "n");
                    try
                    {
                        chosen.AddSatisfactionAssessment(name);
                    }
                    finally
                    {
                        _ = new LocalDate(Era.Common, 2563, 4, 24).PlusYears(-543);
                    }

                    if (other is { } known && (object)chosen is MeasureBuilder typed)
                    {
                        _ = typed.Build().Validate();
                    }

                    var channels = new List<FeedbackChannel> { new(ChannelKind.Website, ChannelDirection.Outbound) };
                    channels.Add(new FeedbackChannel(ChannelKind.Unspecified, detail: "x"));
                    _ = new Measure("a", "t", channels, Array.Empty<MeasureStep>());
                    _ = new GregorianCalendar().ToDateTime(2563, 4, 24, 0, 0, 0, 0) + TimeSpan.FromDays(DateTime.DaysInMonth(2499, 12));
                    return flag ? builder!.Build() : new Measure { Agency = "a", Title = "t", Channels = [] };
                }
            }
            """;

        // The whole file compiles, so its prefixes cut through real constructs; every eighth keeps the run short.
        AnalyzerHarness.Compile(File);
        for (var length = 0; length <= File.Length; length += 8)
        {
            await AnalyzerHarness.AnalyzeIncompleteAsync(File[..length], All);
        }
    }
}
