using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Testing.Generators;

/// <summary>
/// The FsCheck arbitraries of the library's types, for <c>[Property(Arbitrary = [typeof(GovernanceArbitraries)])]</c>
/// (every <see cref="Fuzz.FuzzPropertyAttribute"/> property has them): dates in LocalDate's range, supported fiscal
/// years and quarters, measures, decimals as amounts of baht, integers of every size, and hostile strings.
/// </summary>
public static class GovernanceArbitraries
{
    /// <summary>Any date in LocalDate's ISO range.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> LocalDate() => CalendarGenerators.AnyDate.ToArbitrary();

    /// <summary>A supported fiscal year.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ThaiFiscalYear> FiscalYear() => CalendarGenerators.FiscalYear.ToArbitrary();

    /// <summary>A quarter of a supported fiscal year.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FiscalQuarter> Quarter() => CalendarGenerators.Quarter.ToArbitrary();

    /// <summary>A full year, half or quarter of a supported fiscal year.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FiscalPeriod> FiscalPeriod() => CalendarGenerators.FiscalPeriod.ToArbitrary();

    /// <summary>A measure whose texts stress JSON writing and reading.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Measure> Measure() => MeasureGenerators.Measure.ToArbitrary();

    /// <summary>Decimals as amounts of baht.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<decimal> Amount() => AmountGenerators.Baht.ToArbitrary();

    /// <summary>Hostile strings: any UTF-16 code units (lone surrogates included), never null.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> Text() => Fuzz.HostileText.AnyString.ToArbitrary();

    /// <summary>Integers of every size.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<long> Integer() => AmountGenerators.Integer.ToArbitrary();
}
