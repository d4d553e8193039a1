using System.Text.Json.Serialization;
using NodaTime;
using Participation.Governance.Serialization;
using Participation.Governance.Text;

namespace Participation.Governance.Calendar;

/// <summary>
/// A reporting span within one fiscal year: a quarter, a half-year (the first half, October–March, is
/// the รอบ ๖ เดือน of the six-month report), or the full year.
/// </summary>
/// <remarks>
/// <para>
/// Periods are equal when they have the same fiscal year, kind and number. They have no ordering: a
/// quarter lies inside its half-year and year, so "earlier" is not defined between kinds.
/// </para>
/// <para>
/// The default value is the first quarter of fiscal year 2504. The text forms are "2563" (full year),
/// "2563H1" / "2563H2" (half-years) and "2563Q1" … "2563Q4" (quarters).
/// </para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
[JsonConverter(typeof(FiscalPeriodJsonConverter))]
public readonly struct FiscalPeriod : IEquatable<FiscalPeriod>
{
    private readonly ThaiFiscalYear _fiscalYear;
    private readonly FiscalPeriodKind _kind;

    // number − 1, so that default(FiscalPeriod) is a valid period (2504Q1).
    private readonly int _numberIndex;

    private FiscalPeriod(ThaiFiscalYear fiscalYear, FiscalPeriodKind kind, int number)
    {
        _fiscalYear = fiscalYear;
        _kind = kind;
        _numberIndex = number - 1;
    }

    /// <summary>Gets the fiscal year the period lies in.</summary>
    public ThaiFiscalYear FiscalYear => _fiscalYear;

    /// <summary>Gets what span of the year the period covers.</summary>
    public FiscalPeriodKind Kind => _kind;

    /// <summary>Gets the period's number within its year: the quarter (1–4), the half (1–2), or 1 for the full year.</summary>
    public int Number => _numberIndex + 1;

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start => FiscalCalendar.StartOfMonth(_fiscalYear.FirstMonthIndex + (_numberIndex * MonthCount));

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate End => FiscalCalendar.EndOfMonth(_fiscalYear.FirstMonthIndex + ((_numberIndex + 1) * MonthCount) - 1);

    private int MonthCount => _kind switch
    {
        FiscalPeriodKind.Quarter => 3,
        FiscalPeriodKind.HalfYear => 6,
        _ => 12,
    };

    /// <summary>Equality: the same fiscal year, kind and number.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FiscalPeriod left, FiscalPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the periods differ.</returns>
    public static bool operator !=(FiscalPeriod left, FiscalPeriod right) => !left.Equals(right);

    /// <summary>Gets a quarter as a period.</summary>
    /// <param name="quarter">The quarter.</param>
    /// <returns>The period of kind <see cref="FiscalPeriodKind.Quarter"/>.</returns>
    public static FiscalPeriod ForQuarter(FiscalQuarter quarter) => new(quarter.FiscalYear, FiscalPeriodKind.Quarter, quarter.Number);

    /// <summary>Gets a half of a fiscal year.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="half">1 for October–March (รอบ ๖ เดือน), 2 for April–September.</param>
    /// <returns>The period of kind <see cref="FiscalPeriodKind.HalfYear"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="half"/> is not 1 or 2.</exception>
    public static FiscalPeriod ForHalfYear(ThaiFiscalYear fiscalYear, int half)
    {
        if (half is not (1 or 2))
        {
            Preconditions.ThrowArgumentOutOfRange(
                nameof(half),
                half,
                $"A fiscal half-year is 1 (October–March) or 2 (April–September); got {half}.");
        }

        return new(fiscalYear, FiscalPeriodKind.HalfYear, half);
    }

    /// <summary>Gets a whole fiscal year as a period.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>The period of kind <see cref="FiscalPeriodKind.FullYear"/>.</returns>
    public static FiscalPeriod ForFullYear(ThaiFiscalYear fiscalYear) => new(fiscalYear, FiscalPeriodKind.FullYear, 1);

    /// <summary>Parses a period's plain form: "2563", "2563H1", "2563H2", or "2563Q1" … "2563Q4".</summary>
    /// <param name="text">The text, with no spaces.</param>
    /// <returns>The period, or a failure saying what was expected and where; never throws on bad text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<FiscalPeriod> Parse(string text) => FiscalText.ParsePeriod(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Parses a period's plain form from a span of characters, without allocating on success.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period, or a failure saying what was expected and where.</returns>
    public static ParseOutcome<FiscalPeriod> Parse(ReadOnlySpan<char> text) => FiscalText.ParsePeriod(text);

    /// <summary>Tries to parse a period's plain form.</summary>
    /// <param name="text">The text; null fails.</param>
    /// <param name="period">The period, or default on failure.</param>
    /// <returns>True when the text is a period of a supported fiscal year.</returns>
    public static bool TryParse(string? text, out FiscalPeriod period)
        => FiscalText.ParsePeriod(text.AsSpan()).TryGetValue(default, out period);

    /// <summary>Whether a date falls in the period.</summary>
    /// <param name="date">The date; a date in a non-ISO calendar is converted to ISO first.</param>
    /// <returns>True when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date)
    {
        date = FiscalCalendar.ToIso(date);
        var offset = FiscalCalendar.MonthIndex(date.Year, date.Month) - _fiscalYear.FirstMonthIndex - (_numberIndex * MonthCount);
        return (uint)offset < (uint)MonthCount;
    }

    /// <summary>Gets the period as a NodaTime <see cref="DateInterval"/> (both ends inclusive).</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Whether two periods are the same.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when the fiscal year, kind and number are all equal.</returns>
    public bool Equals(FiscalPeriod other)
        => _fiscalYear == other._fiscalYear && _kind == other._kind && _numberIndex == other._numberIndex;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FiscalPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_fiscalYear.GetHashCode() * 8) + ((int)_kind * 4) + _numberIndex;

    /// <summary>Formats the period as its plain form: "2563", "2563H1" or "2563Q2".</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => _kind switch
    {
        FiscalPeriodKind.Quarter => FiscalText.Format(_fiscalYear.BuddhistYear, 'Q', Number),
        FiscalPeriodKind.HalfYear => FiscalText.Format(_fiscalYear.BuddhistYear, 'H', Number),
        _ => FiscalText.Format(_fiscalYear.BuddhistYear, '\0', 0),
    };
}
