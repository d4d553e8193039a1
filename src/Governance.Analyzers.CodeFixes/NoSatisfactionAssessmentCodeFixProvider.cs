using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Participation.Governance.Rules;

namespace Participation.Governance.Analyzers.CodeFixes;

/// <summary>
/// GOV002 fix: adds a satisfaction-assessment step — <c>.AddSatisfactionAssessment("ประเมินความพึงพอใจของผู้รับบริการ")</c>
/// before <c>Build()</c>, or <c>new MeasureStep(StepKind.SatisfactionAssessment, "…")</c> in the measure's step
/// collection (adding <c>Steps = […]</c> when there is none).
/// </summary>
/// <remarks>
/// The description is in Thai, as the announcements the model describes are: "assess the satisfaction of service
/// recipients", the wording of the ITA criterion the step answers.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoSatisfactionAssessmentCodeFixProvider))]
[Shared]
public sealed class NoSatisfactionAssessmentCodeFixProvider : CodeFixProvider
{
    /// <summary>The description the fix gives the step it adds.</summary>
    internal const string Description = "ประเมินความพึงพอใจของผู้รับบริการ";

    private static readonly MeasureFixSpec Spec = new(
        "Add a satisfaction-assessment step",
        GovernanceRuleText.NoSatisfactionAssessmentId + ".AddSatisfactionAssessment",
        "AddSatisfactionAssessment(\"" + Description + "\")",
        "new {MeasureStep}({StepKind}.SatisfactionAssessment, \"" + Description + "\")",
        "Steps",
        "MeasureStep",
        "MeasureStep",
        "StepKind");

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(GovernanceRuleText.NoSatisfactionAssessmentId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => MeasureFixes.RegisterAsync(context, Spec);
}
