using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Calendar;

/// <summary>Generators for the calendar properties: dates are drawn by day number, so every day is equally likely.</summary>
internal static class CalendarGen
{
    /// <summary>1960-10-01, the first day of fiscal year 2504.</summary>
    internal static readonly LocalDate FirstFiscalDay = new(1960, 10, 1);

    /// <summary>9999-09-30, the last day of fiscal year 10542.</summary>
    internal static readonly LocalDate LastFiscalDay = new(9999, 9, 30);

    /// <summary>Any date in LocalDate's ISO range, with the range's ends and the 1941 switch over-represented.</summary>
    internal static Gen<LocalDate> AnyDate { get; } = Gen.Frequency(new[]
    {
        (20, Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)),
        (3, Between(new LocalDate(1880, 1, 1), new LocalDate(1950, 12, 31))),
        (1, Gen.Elements(
            LocalDate.MinIsoValue,
            LocalDate.MaxIsoValue,
            new LocalDate(1940, 3, 31),
            new LocalDate(1940, 4, 1),
            new LocalDate(1940, 12, 31),
            new LocalDate(1941, 1, 1),
            new LocalDate(1, 1, 1),
            new LocalDate(0, 12, 31))),
    });

    /// <summary>A date in a supported fiscal year (1960-10-01 to 9999-09-30), with year and quarter boundaries over-represented.</summary>
    internal static Gen<LocalDate> FiscalDate { get; } = Gen.Frequency(new[]
    {
        (10, Between(FirstFiscalDay, LastFiscalDay)),
        (5, Between(new LocalDate(1990, 1, 1), new LocalDate(2100, 12, 31))),
        (2, Gen.Choose(1962, 9999).SelectMany<int, LocalDate>(y => Gen.Elements(
            new LocalDate(y - 1, 10, 1),
            new LocalDate(y - 1, 9, 30),
            new LocalDate(y - 1, 12, 31),
            new LocalDate(y, 1, 1),
            new LocalDate(y, 3, 31),
            new LocalDate(y, 4, 1),
            new LocalDate(y, 6, 30),
            new LocalDate(y, 7, 1)))),
        (1, Gen.Elements(FirstFiscalDay, LastFiscalDay)),
    });

    /// <summary>A supported fiscal year.</summary>
    internal static Gen<ThaiFiscalYear> FiscalYear { get; } = Gen.Frequency(new[]
    {
        (5, Gen.Choose(ThaiFiscalYear.MinBuddhistYear, ThaiFiscalYear.MaxBuddhistYear)),
        (5, Gen.Choose(2540, 2600)),
        (1, Gen.Elements(ThaiFiscalYear.MinBuddhistYear, ThaiFiscalYear.MaxBuddhistYear, 9999, 10000)),
    }).Select(be => new ThaiFiscalYear(be));

    /// <summary>A quarter of a supported fiscal year.</summary>
    internal static Gen<FiscalQuarter> Quarter { get; } = Gen.Zip(FiscalYear, Gen.Choose(1, 4), (year, number) => new FiscalQuarter(year, number));

    /// <summary>A uniformly chosen day between two dates, inclusive.</summary>
    internal static Gen<LocalDate> Between(LocalDate first, LocalDate last)
        => Gen.Choose(0, Period.Between(first, last, PeriodUnits.Days).Days).Select(first.PlusDays);

    /// <summary>Runs a property with enough cases to reach the calendar's corners (it is cheap per case).</summary>
    internal static void Holds<T>(Gen<T> gen, Func<T, bool> property, int maxTest = 2000)
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest), Prop.ForAll(gen.ToArbitrary(), property));
}
