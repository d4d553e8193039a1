using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Participation.Governance.Analyzers;

/// <summary>
/// GOV003: a constant Buddhist-Era year (2401–2698, see <see cref="IsCenturySentinel"/>) given where a Gregorian or ISO
/// year is certainly expected: constructors and static methods of <c>DateTime</c>, <c>DateOnly</c>,
/// <c>DateTimeOffset</c>, <c>ISOWeek</c>, NodaTime's <c>LocalDate</c>, <c>LocalDateTime</c>, <c>YearMonth</c> and
/// <c>Instant</c>, and the methods of a <c>GregorianCalendar</c> or of <c>CalendarSystem.Iso</c> / <c>Gregorian</c>.
/// </summary>
/// <remarks>
/// Silent where the year may be meant as it is written: a calendar argument that is not certainly Gregorian
/// (<c>new DateTime(2563, 1, 1, new ThaiBuddhistCalendar())</c> is right), an era other than <c>Era.Common</c>, a date
/// converted on the spot (<c>new DateTime(2563, 4, 24).AddYears(-543)</c>), and the century values that code uses as
/// sentinels and leap-year cases (<c>new DateTime(2500, 1, 1)</c>, <c>new DateTime(2499, 12, 31)</c>,
/// <c>DateTime.IsLeapYear(2400)</c>). Only compile-time constants are checked.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BuddhistYearAsGregorianAnalyzer : DiagnosticAnalyzer
{
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
            if (GregorianYearApis.Create(start.Compilation) is not { } apis)
            {
                return;
            }

            start.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (creation.Constructor is { } constructor && apis.IsDateType(constructor.ContainingType) && !IsConvertedOnTheSpot(creation))
                    {
                        Report(c, apis.GregorianYearArguments(creation.Arguments, receiver: null));
                    }
                },
                OperationKind.ObjectCreation);
            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    var method = invocation.TargetMethod;
                    if (method.IsStatic ? apis.IsDateType(method.ContainingType) : invocation.Instance is not null && apis.IsCalendarType(method.ContainingType))
                    {
                        Report(c, apis.GregorianYearArguments(invocation.Arguments, method.IsStatic ? null : invocation.Instance));
                    }
                },
                OperationKind.Invocation);
        });
    }

    /// <summary>
    /// Whether a year is one of the round values code uses for "never", "the end of time" or a century leap-year case
    /// rather than a Buddhist-Era year: 2400, 2500, 2600, 2700 and the years just before them (2499-12-31 as a maximum
    /// date). BE 2500 and 2600 are CE 1957 and 2057, which Thai application code seldom writes.
    /// </summary>
    internal static bool IsCenturySentinel(int year) => year % 100 is 0 or 99;

    private static void Report(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> years)
    {
        foreach (var argument in years)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: int year }
                && year is >= GovernanceDiagnostics.SmallestBuddhistYear and <= GovernanceDiagnostics.LargestBuddhistYear
                && !IsCenturySentinel(year))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    GovernanceDiagnostics.BuddhistYearAsGregorian,
                    argument.Value.Syntax.GetLocation(),
                    year,
                    year - GovernanceDiagnostics.BuddhistEraOffset));
            }
        }
    }

    // new DateTime(2563, 4, 24).AddYears(-543): the Buddhist-Era date written as read, converted right away. -542 is
    // the historical offset for January–March before 1941.
    private static bool IsConvertedOnTheSpot(IObjectCreationOperation creation) =>
        creation.Parent is IInvocationOperation { TargetMethod.Name: "AddYears" or "PlusYears", Arguments.Length: 1 } call
        && call.Instance == creation
        && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: -GovernanceDiagnostics.BuddhistEraOffset or -(GovernanceDiagnostics.BuddhistEraOffset - 1) };
}
