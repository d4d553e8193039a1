using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Participation.Governance.Analyzers;

/// <summary>The wiring GOV001, GOV002 and GOV005 share: they look at the same measures and differ only in what they look for.</summary>
internal static class MeasureRuleRegistration
{
    /// <summary>
    /// Registers the compilation-start action that resolves the model and checks every build and creation, reporting
    /// <paramref name="rule"/> where <paramref name="breaks"/> says the contents certainly break it.
    /// </summary>
    public static void Register(AnalysisContext context, DiagnosticDescriptor rule, Func<MeasureContents, bool> breaks)
    {
        context.RegisterCompilationStartAction(start =>
        {
            if (MeasureSymbols.Create(start.Compilation) is not { } symbols)
            {
                return;
            }

            var analysis = new MeasureContentsAnalysis(symbols);
            start.RegisterOperationAction(
                operationContext =>
                {
                    if (analysis.TryAnalyze(operationContext.Operation, out var contents, out var location, out var form)
                        && breaks(contents))
                    {
                        var properties = ImmutableDictionary<string, string?>.Empty.Add(GovernanceDiagnostics.FormProperty, form);
                        operationContext.ReportDiagnostic(Diagnostic.Create(rule, location, properties));
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        });
    }
}
