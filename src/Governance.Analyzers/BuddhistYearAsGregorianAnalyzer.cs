using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Participation.Governance.Analyzers;

/// <summary>
/// GOV003: a constant year between 2400 and 2700 — a Buddhist-Era year — given to the <c>year</c> parameter of a
/// Gregorian date type (<c>DateTime</c>, <c>DateOnly</c>, <c>DateTimeOffset</c>, NodaTime's <c>LocalDate</c>,
/// <c>LocalDateTime</c>, <c>YearMonth</c>): a constructor or a static method such as <c>DateTime.DaysInMonth</c>.
/// </summary>
/// <remarks>
/// Overloads that take a calendar (<c>System.Globalization.Calendar</c>, NodaTime's <c>CalendarSystem</c>) are
/// skipped: there the year is in that calendar, and <c>new DateTime(2563, 1, 1, new ThaiBuddhistCalendar())</c> is
/// right. Only compile-time constants are checked.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BuddhistYearAsGregorianAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] GregorianDateTypes =
    [
        "System.DateTime",
        "System.DateOnly",
        "System.DateTimeOffset",
        "NodaTime.LocalDate",
        "NodaTime.LocalDateTime",
        "NodaTime.YearMonth",
    ];

    private static readonly string[] CalendarTypes = ["System.Globalization.Calendar", "NodaTime.CalendarSystem"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(GovernanceDiagnostics.BuddhistYearAsGregorian);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var dateTypes = Resolve(start.Compilation, GregorianDateTypes);
            if (dateTypes.IsEmpty)
            {
                return;
            }

            var calendars = Resolve(start.Compilation, CalendarTypes);
            start.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (creation.Constructor is { } constructor && dateTypes.Contains(constructor.ContainingType))
                    {
                        Check(c, constructor, creation.Arguments, calendars);
                    }
                },
                OperationKind.ObjectCreation);
            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (invocation.TargetMethod.IsStatic && dateTypes.Contains(invocation.TargetMethod.ContainingType))
                    {
                        Check(c, invocation.TargetMethod, invocation.Arguments, calendars);
                    }
                },
                OperationKind.Invocation);
        });
    }

    // Each name is looked up only in the assembly that defines it (the one holding System.Object for the framework's
    // types, NodaTime for NodaTime's): Compilation.GetTypeByMetadataName would index every referenced assembly first.
    private static ImmutableHashSet<INamedTypeSymbol> Resolve(Compilation compilation, string[] names)
    {
        var framework = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;
        var nodaTime = MeasureSymbols.AssemblyNamed(compilation, "NodaTime");
        var set = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in names)
        {
            var home = name.StartsWith("NodaTime.", StringComparison.Ordinal) ? nodaTime : framework;
            if (home?.GetTypeByMetadataName(name) is { } type)
            {
                set.Add(type);
            }
        }

        return set.ToImmutable();
    }

    private static void Check(
        OperationAnalysisContext context,
        IMethodSymbol method,
        ImmutableArray<IArgumentOperation> arguments,
        ImmutableHashSet<INamedTypeSymbol> calendars)
    {
        foreach (var parameter in method.Parameters)
        {
            for (var type = parameter.Type as INamedTypeSymbol; type is not null; type = type.BaseType)
            {
                if (calendars.Contains(type))
                {
                    return;
                }
            }
        }

        foreach (var argument in arguments)
        {
            if (argument is { ArgumentKind: ArgumentKind.Explicit, Parameter: { Name: "year", Type.SpecialType: SpecialType.System_Int32 } }
                && argument.Value.ConstantValue is { HasValue: true, Value: int year }
                && year is >= GovernanceDiagnostics.SmallestBuddhistYear and <= GovernanceDiagnostics.LargestBuddhistYear)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    GovernanceDiagnostics.BuddhistYearAsGregorian,
                    argument.Value.Syntax.GetLocation(),
                    year,
                    year - GovernanceDiagnostics.BuddhistEraOffset));
            }
        }
    }
}
