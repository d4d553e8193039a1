using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Participation.Governance.Analyzers;

/// <summary>
/// GOV001: a measure, built with <c>MeasureBuilder</c> or created with <c>new Measure…</c>, that certainly offers no
/// route for people's views — no inbound feedback channel, and no step that hears people
/// (<c>StepKind.CollectFeedback</c>) or seats their representatives (<c>StepKind.AppointRepresentatives</c>), as the
/// runtime rule <c>MeasureValidator.Validate</c> decides.
/// </summary>
/// <remarks>
/// Reported on the <c>Build()</c> / <c>TryBuild(…)</c> call or on the <c>new Measure</c> of the creation, unless the
/// measure is only validated. Silent whenever a channel or a route step could come from something the analyzer cannot
/// follow (a parameter, a method call, a step kind from a variable, a branch or loop that adds one on some paths, a
/// builder that escapes its method); see docs/rules/GOV001.md. A measure whose routes name no channel gets GOV005
/// (<see cref="UnnamedFeedbackChannelsAnalyzer"/>) instead.
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
        MeasureRuleRegistration.Register(context, GovernanceDiagnostics.NoFeedbackChannel, contents => contents.RouteIn == Presence.Absent);
    }
}
