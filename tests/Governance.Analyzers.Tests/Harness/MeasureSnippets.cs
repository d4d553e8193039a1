using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Participation.Governance.Measures;

namespace Participation.Governance.Analyzers.Tests.Harness;

/// <summary>
/// Takes the analyzers' verdict and the runtime's on the very same code: method bodies that each make one measure are
/// compiled together once, the measure analyzers run over the compilation, and the compiled code itself runs, its
/// measure checked by <see cref="MeasureValidator.Validate"/> (or its findings taken from the
/// <see cref="MeasureValidationException"/> that <see cref="MeasureBuilder.Build"/> throws).
/// </summary>
internal static class MeasureSnippets
{
    /// <summary>The rules both the analyzers and the runtime check on a measure.</summary>
    public static readonly ImmutableArray<string> SharedRuleIds = ["GOV001", "GOV002", "GOV005"];

    private static readonly DiagnosticAnalyzer[] MeasureAnalyzers =
        [new NoFeedbackChannelAnalyzer(), new NoSatisfactionAssessmentAnalyzer(), new UnnamedFeedbackChannelsAnalyzer()];

    /// <summary>
    /// Members every snippet may use: values the analyzer cannot see through (a static field is not a constant, a
    /// method's result is not followed), so a snippet can show where the analyzer must stay silent.
    /// </summary>
    private const string Members = """
            static readonly StepKind UnseenStepKind = StepKind.Report;
            static readonly ChannelKind UnseenChannelKind = ChannelKind.Unspecified;
            static readonly ChannelDirection UnseenDirection = ChannelDirection.Outbound;
            static bool Flag => Environment.ProcessorCount > 0;
            static FeedbackChannel Outbound() => new(ChannelKind.Website, ChannelDirection.Outbound);
            static MeasureStep Step(StepKind kind) => new(kind, "ขั้นตอน");
        """;

    /// <summary>Compiles, analyzes and runs the snippets; one verdict each, in order.</summary>
    /// <param name="bodies">Method bodies, each ending with <c>return</c> of a <see cref="Measure"/>.</param>
    public static async Task<IReadOnlyList<Verdict>> JudgeAsync(IReadOnlyList<string> bodies)
    {
        var source = new StringBuilder(
            """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Participation.Governance.Measures;

            public static class Snippets
            {

            """);
        source.AppendLine(Members);
        for (var i = 0; i < bodies.Count; i++)
        {
            source.Append("    public static Measure S").Append(i).AppendLine("()").AppendLine("    {").AppendLine(bodies[i]).AppendLine("    }");
        }

        source.AppendLine("}");
        var compilation = AnalyzerHarness.Compile(source.ToString());

        var byMethod = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var diagnostic in await AnalyzerHarness.AnalyzeAsync(compilation, MeasureAnalyzers))
        {
            var root = await diagnostic.Location.SourceTree!.GetRootAsync();
            var method = root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>()!.Identifier.Text;
            (byMethod.TryGetValue(method, out var ids) ? ids : byMethod[method] = []).Add(diagnostic.Id);
        }

        var runtime = Run(compilation, bodies.Count);
        return
        [
            .. bodies.Select((body, i) => new Verdict(
                body,
                byMethod.TryGetValue("S" + i, out var ids) ? [.. ids.Order(StringComparer.Ordinal)] : [],
                runtime[i])),
        ];
    }

    /// <summary>The shared-rule findings of the measure each compiled snippet makes when it runs.</summary>
    private static ImmutableArray<string>[] Run(Compilation compilation, int count)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, "The snippets do not compile:\n" + string.Join("\n", emitted.Diagnostics));
        image.Position = 0;

        // Collectible, so each test's snippets are unloaded again; the model itself resolves to the test's own copy.
        var context = new AssemblyLoadContext("measure-snippets", isCollectible: true);
        try
        {
            var snippets = context.LoadFromStream(image).GetType("Snippets", throwOnError: true)!;
            var findings = new ImmutableArray<string>[count];
            for (var i = 0; i < count; i++)
            {
                IEnumerable<Finding> all;
                try
                {
                    all = MeasureValidator.Validate((Measure)snippets.GetMethod("S" + i)!.Invoke(null, null)!);
                }
                catch (TargetInvocationException e) when (e.InnerException is MeasureValidationException refused)
                {
                    all = refused.Findings;
                }

                findings[i] = [.. all.Select(f => f.Id).Where(SharedRuleIds.Contains).Order(StringComparer.Ordinal)];
            }

            return findings;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>What the analyzers and the runtime say of one snippet (shared rules only, ordered by ID).</summary>
    public sealed record Verdict(string Body, ImmutableArray<string> Analyzer, ImmutableArray<string> Runtime)
    {
        public override string ToString() =>
            $"analyzer [{string.Join(", ", Analyzer)}], runtime [{string.Join(", ", Runtime)}] for:\n{Body}";
    }
}
