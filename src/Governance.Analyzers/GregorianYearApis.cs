using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Participation.Governance.Analyzers;

/// <summary>
/// The date and calendar types of one compilation that GOV003 knows, resolved once by metadata name, and what it can
/// tell for certain about a call to them: which of its arguments is a Gregorian (or ISO) year.
/// </summary>
internal sealed class GregorianYearApis
{
    // Types whose constructors and static methods take a Gregorian year unless a calendar or era says otherwise.
    private static readonly string[] DateTypeNames =
    [
        "System.DateTime",
        "System.DateOnly",
        "System.DateTimeOffset",
        "System.Globalization.ISOWeek",
        "NodaTime.LocalDate",
        "NodaTime.LocalDateTime",
        "NodaTime.YearMonth",
        "NodaTime.Instant",
    ];

    private readonly ImmutableHashSet<INamedTypeSymbol> dateTypes;
    private readonly INamedTypeSymbol? calendar;
    private readonly INamedTypeSymbol? gregorianCalendar;
    private readonly INamedTypeSymbol? calendarSystem;
    private readonly INamedTypeSymbol? era;

    private GregorianYearApis(
        ImmutableHashSet<INamedTypeSymbol> dateTypes,
        INamedTypeSymbol? calendar,
        INamedTypeSymbol? gregorianCalendar,
        INamedTypeSymbol? calendarSystem,
        INamedTypeSymbol? era)
    {
        this.dateTypes = dateTypes;
        this.calendar = calendar;
        this.gregorianCalendar = gregorianCalendar;
        this.calendarSystem = calendarSystem;
        this.era = era;
    }

    /// <summary>The types of <paramref name="compilation"/>, or null when it has none of them (nothing to check).</summary>
    public static GregorianYearApis? Create(Compilation compilation)
    {
        // Each name is looked up only in the assembly that defines it (the one holding System.Object for the
        // framework's types, NodaTime for NodaTime's): Compilation.GetTypeByMetadataName would index every reference.
        var framework = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;
        var nodaTime = MeasureSymbols.AssemblyNamed(compilation, "NodaTime");
        INamedTypeSymbol? Find(string name) =>
            (name.StartsWith("NodaTime.", StringComparison.Ordinal) ? nodaTime : framework)?.GetTypeByMetadataName(name);

        var dateTypes = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in DateTypeNames)
        {
            if (Find(name) is { } type)
            {
                dateTypes.Add(type);
            }
        }

        var calendar = Find("System.Globalization.Calendar");
        var calendarSystem = Find("NodaTime.CalendarSystem");
        if (dateTypes.Count == 0 && calendar is null && calendarSystem is null)
        {
            return null;
        }

        return new GregorianYearApis(
            dateTypes.ToImmutable(), calendar, Find("System.Globalization.GregorianCalendar"), calendarSystem, Find("NodaTime.Calendars.Era"));
    }

    /// <summary>Whether <paramref name="type"/> is one whose constructors and static methods GOV003 checks.</summary>
    public bool IsDateType(INamedTypeSymbol type) => dateTypes.Contains(type);

    /// <summary>Whether instance calls on <paramref name="type"/> take years of the receiver's calendar.</summary>
    public bool IsCalendarType(ITypeSymbol? type) => DerivesFrom(type, calendar) || DerivesFrom(type, calendarSystem);

    /// <summary>
    /// The arguments of a call that certainly carry a Gregorian year: the <c>year</c> or <c>weekYear</c>, and the
    /// <c>yearOfEra</c> of <c>Era.Common</c>. Empty when a calendar argument (or <paramref name="receiver"/>, for a
    /// calendar's own methods) is not certainly Gregorian or ISO, or an era is not certainly the common era.
    /// </summary>
    public ImmutableArray<IArgumentOperation> GregorianYearArguments(ImmutableArray<IArgumentOperation> arguments, IOperation? receiver)
    {
        if (receiver is not null && !IsGregorian(receiver))
        {
            return ImmutableArray<IArgumentOperation>.Empty;
        }

        var commonEra = false;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                return ImmutableArray<IArgumentOperation>.Empty;
            }

            if (IsCalendarType(parameter.Type) && !IsGregorian(argument.Value))
            {
                // The year is in that calendar: new DateTime(2563, 1, 1, new ThaiBuddhistCalendar()) is right.
                return ImmutableArray<IArgumentOperation>.Empty;
            }

            if (era is not null && SymbolEqualityComparer.Default.Equals(parameter.Type, era))
            {
                if (!IsCommonEra(argument.Value))
                {
                    return ImmutableArray<IArgumentOperation>.Empty;
                }

                commonEra = true;
            }
        }

        var years = ImmutableArray.CreateBuilder<IArgumentOperation>();
        foreach (var argument in arguments)
        {
            if (argument is { ArgumentKind: ArgumentKind.Explicit, Parameter: { Type.SpecialType: SpecialType.System_Int32 } parameter }
                && (parameter.Name is "year" or "weekYear" || (commonEra && parameter.Name == "yearOfEra")))
            {
                years.Add(argument);
            }
        }

        return years.ToImmutable();
    }

    // GregorianCalendar by its static type (whatever its GregorianCalendarTypes, the years are Gregorian), or
    // CalendarSystem.Iso / CalendarSystem.Gregorian. A Calendar or CalendarSystem from anywhere else may be any calendar.
    private bool IsGregorian(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            if (DerivesFrom(conversion.Operand.Type, gregorianCalendar))
            {
                return true;
            }

            value = conversion.Operand;
        }

        return DerivesFrom(value.Type, gregorianCalendar)
            || value is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Iso" or "Gregorian" } property }
                && SymbolEqualityComparer.Default.Equals(property.ContainingType, calendarSystem);
    }

    private bool IsCommonEra(IOperation value) =>
        value is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Common" } property }
        && SymbolEqualityComparer.Default.Equals(property.ContainingType, era);

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
