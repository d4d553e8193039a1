using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Participation.Governance.Analyzers;

/// <summary>
/// GOV005 (info): a measure, built with <c>MeasureBuilder</c> or created with <c>new Measure…</c>, that certainly has a
/// route for people's views but certainly names no inbound channel — its inbound channels are all
/// <c>ChannelKind.Unspecified</c>, or its only routes are steps that hear people or seat their representatives — as the
/// runtime rule <c>MeasureValidator.Validate</c> decides.
/// </summary>
/// <remarks>
/// Reported where GOV001 would be, on the same measures, and never together with it. It keeps the GOV001 code fix's
/// placeholder channel (<c>ChannelKind.Unspecified</c>) in view until the real channel is named. Silent whenever a
/// channel's kind or direction, or a step's kind, is not a constant it can see; see docs/rules/GOV005.md.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnnamedFeedbackChannelsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(GovernanceDiagnostics.UnnamedFeedbackChannels);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        MeasureRuleRegistration.Register(
            context,
            GovernanceDiagnostics.UnnamedFeedbackChannels,
            contents => contents.RouteIn == Presence.Present && contents.NamedChannel == Presence.Absent);
    }
}
