using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Testing.Generators;

/// <summary>Generators for dates and fiscal periods: dates are drawn by day number, so every day is equally likely.</summary>
public static class CalendarGenerators
{
    /// <summary>1960-10-01, the first day of fiscal year 2504.</summary>
    public static readonly LocalDate FirstFiscalDay = new(1960, 10, 1);

    /// <summary>9999-09-30, the last day of fiscal year 10542.</summary>
    public static readonly LocalDate LastFiscalDay = new(9999, 9, 30);

    /// <summary>Any date in LocalDate's ISO range, with the range's ends and the 1941 switch over-represented.</summary>
    public static Gen<LocalDate> AnyDate { get; } = Gen.Frequency(new[]
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

    /// <summary>A date from 0001-01-01 to 9999-12-31 (positive years, which every BE pattern writes), ends over-represented.</summary>
    public static Gen<LocalDate> CommonEraDate { get; } = Gen.Frequency(new[]
    {
        (20, Between(new LocalDate(1, 1, 1), LocalDate.MaxIsoValue)),
        (5, Between(new LocalDate(1900, 1, 1), new LocalDate(2100, 12, 31))),
        (1, Gen.Elements(new LocalDate(1, 1, 1), LocalDate.MaxIsoValue, new LocalDate(9996, 2, 29), new LocalDate(9457, 1, 1), new LocalDate(1940, 3, 31))),
    });

    /// <summary>A date inside the two-digit-year window, BE 2500–2599 (CE 1957–2056).</summary>
    public static Gen<LocalDate> TwoDigitYearWindowDate { get; } = Between(new LocalDate(1957, 1, 1), new LocalDate(2056, 12, 31));

    /// <summary>A date in a supported fiscal year (1960-10-01 to 9999-09-30), with year and quarter boundaries over-represented.</summary>
    public static Gen<LocalDate> FiscalDate { get; } = Gen.Frequency(new[]
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

    /// <summary>A supported fiscal year, the range's ends and the four-to-five-digit step over-represented.</summary>
    public static Gen<ThaiFiscalYear> FiscalYear { get; } = Gen.Frequency(new[]
    {
        (5, Gen.Choose(ThaiFiscalYear.MinBuddhistYear, ThaiFiscalYear.MaxBuddhistYear)),
        (5, Gen.Choose(2540, 2600)),
        (1, Gen.Elements(ThaiFiscalYear.MinBuddhistYear, ThaiFiscalYear.MaxBuddhistYear, 9999, 10000)),
    }).Select(be => new ThaiFiscalYear(be));

    /// <summary>A quarter of a supported fiscal year.</summary>
    public static Gen<FiscalQuarter> Quarter { get; } = Gen.Zip(FiscalYear, Gen.Choose(1, 4), (year, number) => new FiscalQuarter(year, number));

    /// <summary>A fiscal period of every kind: a full year, a half or a quarter of a supported fiscal year.</summary>
    public static Gen<FiscalPeriod> FiscalPeriod { get; } = Gen.OneOf(
        FiscalYear.Select(year => year.FullYear),
        Gen.Zip(FiscalYear, Gen.Choose(1, 2), Calendar.FiscalPeriod.ForHalfYear),
        Quarter.Select(quarter => quarter.ToFiscalPeriod()));

    /// <summary>A uniformly chosen day between two dates, inclusive.</summary>
    public static Gen<LocalDate> Between(LocalDate first, LocalDate last)
        => Gen.Choose(0, Period.Between(first, last, PeriodUnits.Days).Days).Select(first.PlusDays);
}
