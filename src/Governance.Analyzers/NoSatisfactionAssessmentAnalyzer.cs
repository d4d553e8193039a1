using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Participation.Governance.Analyzers;

/// <summary>
/// GOV002: a measure, built with <c>MeasureBuilder</c> or created with <c>new Measure…</c>, that certainly has no
/// satisfaction-assessment step.
/// </summary>
/// <remarks>
/// Reported on the <c>Build()</c> / <c>TryBuild(…)</c> call or on the <c>new Measure</c> of the creation. A step
/// counts only when its kind is the constant <c>StepKind.SatisfactionAssessment</c>; a kind computed at run time, a
/// step list from a parameter or a call, a branch or loop that adds one on some paths, a builder that escapes its
/// method, or a measure that is only validated keeps the rule silent; see docs/rules/GOV002.md.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoSatisfactionAssessmentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(GovernanceDiagnostics.NoSatisfactionAssessment);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        MeasureRuleRegistration.Register(context, GovernanceDiagnostics.NoSatisfactionAssessment, contents => contents.SatisfactionAssessment == Presence.Absent);
    }
}
