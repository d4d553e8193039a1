using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Participation.Governance.Analyzers;

/// <summary>
/// GOV001: a measure, built with <c>MeasureBuilder</c> or created with <c>new Measure…</c>, that certainly has no
/// inbound feedback channel.
/// </summary>
/// <remarks>
/// Reported on the <c>Build()</c> / <c>TryBuild(…)</c> call or on the <c>new Measure</c> of the creation, unless the
/// measure is only validated. Silent whenever a channel could come from something the analyzer cannot follow (a
/// parameter, a method call, a branch or loop that adds one on some paths, a builder that escapes its method); see
/// docs/rules/GOV001.md.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoFeedbackChannelAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(GovernanceDiagnostics.NoFeedbackChannel);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        MeasureRuleRegistration.Register(context, GovernanceDiagnostics.NoFeedbackChannel, contents => contents.InboundChannel);
    }
}
