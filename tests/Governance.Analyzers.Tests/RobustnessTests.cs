using Microsoft.CodeAnalysis.Diagnostics;
using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests;

/// <summary>Code as it is while being typed: the analyzers must never throw (AD0001), whatever they report.</summary>
public sealed class RobustnessTests
{
    private static readonly DiagnosticAnalyzer[] All =
        [new NoFeedbackChannelAnalyzer(), new NoSatisfactionAssessmentAnalyzer(), new BuddhistYearAsGregorianAnalyzer()];

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
    ];

    [Theory]
    [MemberData(nameof(IncompleteCode))]
    public async Task Never_throws_on_code_being_typed(string statement)
    {
        var source = "using Participation.Governance.Measures;\nclass C\n{\n    void M()\n    {\n        " + statement + "\n    }\n}\n";
        var diagnostics = await AnalyzerHarness.AnalyzeIncompleteAsync(source, All);
        Assert.All(diagnostics, d => Assert.StartsWith("GOV00", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Never_throws_on_any_prefix_of_a_real_file()
    {
        const string File = """
            using System;
            using System.Collections.Generic;
            using NodaTime;
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
                    return flag ? builder!.Build() : new Measure { Agency = "a", Title = "t", Channels = [] };
                }
            }
            """;

        // Every eighth prefix keeps the run short while cutting through every construct of the file.
        for (var length = 0; length <= File.Length; length += 8)
        {
            await AnalyzerHarness.AnalyzeIncompleteAsync(File[..length], All);
        }
    }
}
