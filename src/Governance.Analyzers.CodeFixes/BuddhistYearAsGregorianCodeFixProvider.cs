using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Participation.Governance.Rules;

namespace Participation.Governance.Analyzers.CodeFixes;

/// <summary>
/// GOV003 fixes: "Use CE 2020" replaces a year literal with its Gregorian value; "Convert with
/// BuddhistEra.ToGregorianYear(2563)" keeps the Buddhist-Era year visible and converts it, offered when
/// <c>Participation.Governance.Calendar.BuddhistEra</c> is available to the code.
/// </summary>
/// <remarks>
/// The first fix is offered for a plain literal only: a named constant keeps its name, and there only the
/// conversion is offered. Where <c>BuddhistEra</c> is not in scope the call is written qualified and left to the
/// simplifier.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BuddhistYearAsGregorianCodeFixProvider))]
[Shared]
public sealed class BuddhistYearAsGregorianCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the "use CE" fix.</summary>
    internal const string UseGregorianYearKey = GovernanceRuleText.BuddhistYearAsGregorianId + ".UseGregorianYear";

    /// <summary>The equivalence key of the conversion fix.</summary>
    internal const string ConvertKey = GovernanceRuleText.BuddhistYearAsGregorianId + ".ConvertWithBuddhistEra";

    private const string BuddhistEraMetadataName = "Participation.Governance.Calendar.BuddhistEra";
    private const int Offset = Participation.Governance.Calendar.EraOffsets.BuddhistEra;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(GovernanceRuleText.BuddhistYearAsGregorianId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax year || year.Span != span
                || model.GetConstantValue(year, context.CancellationToken) is not { HasValue: true, Value: int buddhistYear })
            {
                continue;
            }

            var gregorianYear = buddhistYear - Offset;
            if (year is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.NumericLiteralExpression))
            {
                var replacement = gregorianYear.ToString(CultureInfo.InvariantCulture);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use CE {replacement}",
                        ct => TextInsertion.ReplaceAsync(document, span, string.Empty, replacement, string.Empty, simplify: false, ct),
                        UseGregorianYearKey),
                    diagnostic);
            }

            if (ToGregorianYear(model, year.SpanStart) is { } method)
            {
                var binds = TextInsertion.BindsAt(model, year.SpanStart, "BuddhistEra", method.ContainingType);
                var call = (binds ? "BuddhistEra" : "global::" + BuddhistEraMetadataName) + ".ToGregorianYear(";
                var written = year.ToString();
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Convert with BuddhistEra.ToGregorianYear({written})",
                        ct => TextInsertion.ReplaceAsync(document, span, string.Empty, call + written + ")", string.Empty, simplify: !binds, ct),
                        ConvertKey),
                    diagnostic);
            }
        }
    }

    private static IMethodSymbol? ToGregorianYear(SemanticModel model, int position)
    {
        if (model.Compilation.GetTypeByMetadataName(BuddhistEraMetadataName) is not { } buddhistEra)
        {
            return null;
        }

        foreach (var member in buddhistEra.GetMembers("ToGregorianYear"))
        {
            if (member is IMethodSymbol { IsStatic: true, Parameters.Length: 1 } method
                && method.Parameters[0].Type.SpecialType == SpecialType.System_Int32
                && model.IsAccessible(position, method))
            {
                return method;
            }
        }

        return null;
    }
}
