using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using NodaTime;
using Participation.Governance.Serialization;
using Participation.Governance.Text;

namespace Participation.Governance.Calendar;

/// <summary>
/// A quarter (ไตรมาส) of a Thai government fiscal year: Q1 October–December, Q2 January–March,
/// Q3 April–June, Q4 July–September. Quarter 2 of fiscal year 2563 is January–March 2020.
/// </summary>
/// <remarks>
/// <para>
/// Quarters exist for the fiscal years <see cref="ThaiFiscalYear"/> supports (2504 to 10542). Equality and
/// ordering follow time: a quarter sorts before every later quarter, in its own year or a later one.
/// </para>
/// <para>
/// The default value is the first quarter of fiscal year 2504. The text form is the year followed by
/// "Q" and the number, such as "2563Q2".
/// </para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
[JsonConverter(typeof(FiscalQuarterJsonConverter))]
public readonly struct FiscalQuarter : IEquatable<FiscalQuarter>, IComparable<FiscalQuarter>, IComparable
{
    // Quarters counted from 2504Q1: fiscal year index × 4 + (number − 1). One int keeps comparisons to
    // a single instruction and makes default(FiscalQuarter) a valid quarter.
    private readonly int _index;

    /// <summary>Initializes a quarter of a fiscal year.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="number">The quarter number: 1 (Oct–Dec), 2 (Jan–Mar), 3 (Apr–Jun) or 4 (Jul–Sep).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1–4.</exception>
    public FiscalQuarter(ThaiFiscalYear fiscalYear, int number)
    {
        if (number < 1 || number > 4)
        {
            Preconditions.ThrowArgumentOutOfRange(
                nameof(number),
                number,
                $"A fiscal quarter number must be 1 (October–December), 2 (January–March), 3 (April–June) or 4 (July–September); got {number}.");
        }

        _index = (fiscalYear.Index * 4) + number - 1;
    }

    // The flag only distinguishes this unchecked constructor from the public, checked one.
    private FiscalQuarter(int index, bool @unchecked) => _index = index;

    /// <summary>Gets the fiscal year this quarter belongs to.</summary>
    public ThaiFiscalYear FiscalYear => ThaiFiscalYear.FromIndex(_index >> 2);

    /// <summary>Gets the quarter number, 1–4.</summary>
    public int Number => (_index & 3) + 1;

    /// <summary>Gets the first day of the quarter (1 October, 1 January, 1 April or 1 July).</summary>
    public LocalDate Start => FiscalCalendar.StartOfMonth(_index * 3);

    /// <summary>Gets the last day of the quarter (31 December, 31 March, 30 June or 30 September).</summary>
    public LocalDate End => FiscalCalendar.EndOfMonth((_index * 3) + 2);

    /// <summary>Equality: the same quarter of the same fiscal year.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FiscalQuarter left, FiscalQuarter right) => left._index == right._index;

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the quarters differ.</returns>
    public static bool operator !=(FiscalQuarter left, FiscalQuarter right) => left._index != right._index;

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> is the earlier quarter.</returns>
    public static bool operator <(FiscalQuarter left, FiscalQuarter right) => left._index < right._index;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> is the later quarter.</returns>
    public static bool operator >(FiscalQuarter left, FiscalQuarter right) => left._index > right._index;

    /// <summary>Whether <paramref name="left"/> is the same as or before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> is not later.</returns>
    public static bool operator <=(FiscalQuarter left, FiscalQuarter right) => left._index <= right._index;

    /// <summary>Whether <paramref name="left"/> is the same as or after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(FiscalQuarter left, FiscalQuarter right) => left._index >= right._index;

    /// <summary>Gets the fiscal quarter containing a date.</summary>
    /// <param name="date">The date; a date in a non-ISO calendar is converted to ISO first.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The date is before 1960-10-01 (before fiscal year 2504) or on or after 9999-10-01 (in a fiscal year
    /// that would end beyond <see cref="LocalDate"/>'s range).
    /// </exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FiscalQuarter FromDate(LocalDate date)
    {
        date = FiscalCalendar.ToIso(date);
        var monthIndex = FiscalCalendar.MonthIndex(date.Year, date.Month);
        if ((uint)monthIndex > FiscalCalendar.MaxMonthIndex)
        {
            ThrowDateOutOfRange(date);
        }

        return FromIndex((int)((uint)monthIndex / 3));
    }

    /// <summary>Gets the fiscal quarter containing a <see cref="DateTime"/>'s date.</summary>
    /// <param name="date">The date; its time of day and kind are ignored.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1960-10-01 or on or after 9999-10-01.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FiscalQuarter FromDate(DateTime date)
    {
        FiscalCalendar.GetYearMonth(date, out var year, out var month);
        var monthIndex = FiscalCalendar.MonthIndex(year, month);
        if ((uint)monthIndex > FiscalCalendar.MaxMonthIndex)
        {
            ThrowDateOutOfRange(LocalDate.FromDateTime(date));
        }

        return FromIndex((int)((uint)monthIndex / 3));
    }

#if NET6_0_OR_GREATER
    /// <summary>Gets the fiscal quarter containing a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1960-10-01 or on or after 9999-10-01.</exception>
    public static FiscalQuarter FromDate(DateOnly date)
    {
        date.Deconstruct(out var year, out var month, out _);
        var monthIndex = FiscalCalendar.MonthIndex(year, month);
        if ((uint)monthIndex > FiscalCalendar.MaxMonthIndex)
        {
            ThrowDateOutOfRange(LocalDate.FromDateOnly(date));
        }

        return FromIndex((int)((uint)monthIndex / 3));
    }
#endif

    /// <summary>Tries to get the fiscal quarter containing a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="quarter">The quarter, or default when the date has none.</param>
    /// <returns>False when the date is before 1960-10-01 or on or after 9999-10-01.</returns>
    public static bool TryFromDate(LocalDate date, out FiscalQuarter quarter)
    {
        date = FiscalCalendar.ToIso(date);
        var monthIndex = FiscalCalendar.MonthIndex(date.Year, date.Month);
        var ok = (uint)monthIndex <= FiscalCalendar.MaxMonthIndex;
        quarter = ok ? FromIndex(monthIndex / 3) : default;
        return ok;
    }

    /// <summary>Parses the plain form of a quarter: the fiscal year, "Q" (or "q"), and 1–4, such as "2563Q2".</summary>
    /// <param name="text">The text, with no spaces.</param>
    /// <returns>The quarter, or a failure saying what was expected and where; never throws on bad text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<FiscalQuarter> Parse(string text) => FiscalText.ParseQuarter(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Parses the plain form of a quarter from a span of characters, without allocating on success.</summary>
    /// <param name="text">The text, such as "2563Q2".</param>
    /// <returns>The quarter, or a failure saying what was expected and where.</returns>
    public static ParseOutcome<FiscalQuarter> Parse(ReadOnlySpan<char> text) => FiscalText.ParseQuarter(text);

    /// <summary>Tries to parse the plain form of a quarter, such as "2563Q2".</summary>
    /// <param name="text">The text; null fails.</param>
    /// <param name="quarter">The quarter, or default on failure.</param>
    /// <returns>True when the text is a quarter of a supported fiscal year.</returns>
    public static bool TryParse(string? text, out FiscalQuarter quarter) => TryParse(text.AsSpan(), out quarter);

    /// <summary>Tries to parse the plain form of a quarter from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="quarter">The quarter, or default on failure.</param>
    /// <returns>True when the text is a quarter of a supported fiscal year.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out FiscalQuarter quarter)
        => FiscalText.ParseQuarter(text).TryGetValue(default, out quarter);

    /// <summary>Whether a date falls in this quarter.</summary>
    /// <param name="date">The date; a date in a non-ISO calendar is converted to ISO first.</param>
    /// <returns>True when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date)
    {
        date = FiscalCalendar.ToIso(date);
        var offset = FiscalCalendar.MonthIndex(date.Year, date.Month) - (_index * 3);
        return (uint)offset < 3;
    }

    /// <summary>Gets the following quarter (Q1 of the next fiscal year after Q4).</summary>
    /// <returns>The next quarter.</returns>
    /// <exception cref="InvalidOperationException">This is the last quarter of fiscal year 10542.</exception>
    public FiscalQuarter Next()
    {
        if (_index == (ThaiFiscalYear.MaxValue.Index * 4) + 3)
        {
            throw new InvalidOperationException($"{this} is the last supported fiscal quarter; the next would fall in a fiscal year that ends beyond LocalDate's range.");
        }

        return FromIndex(_index + 1);
    }

    /// <summary>Gets the preceding quarter (Q4 of the previous fiscal year before Q1).</summary>
    /// <returns>The previous quarter.</returns>
    /// <exception cref="InvalidOperationException">This is the first quarter of fiscal year 2504.</exception>
    public FiscalQuarter Previous()
    {
        if (_index == 0)
        {
            throw new InvalidOperationException($"{this} is the first supported fiscal quarter: earlier budget years followed other rules.");
        }

        return FromIndex(_index - 1);
    }

    /// <summary>Gets this quarter as a <see cref="FiscalPeriod"/> of kind <see cref="FiscalPeriodKind.Quarter"/>.</summary>
    /// <returns>The period.</returns>
    public FiscalPeriod ToFiscalPeriod() => FiscalPeriod.ForQuarter(this);

    /// <summary>Compares by time.</summary>
    /// <param name="other">The other quarter.</param>
    /// <returns>Negative, zero or positive as this quarter is earlier than, the same as, or later than <paramref name="other"/>.</returns>
    public int CompareTo(FiscalQuarter other) => _index.CompareTo(other._index);

    /// <summary>Compares with a boxed <see cref="FiscalQuarter"/>; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>As <see cref="CompareTo(FiscalQuarter)"/>; positive when <paramref name="obj"/> is null.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="FiscalQuarter"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        FiscalQuarter other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(FiscalQuarter)}.", nameof(obj)),
    };

    /// <summary>Whether two values are the same quarter.</summary>
    /// <param name="other">The other quarter.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(FiscalQuarter other) => _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FiscalQuarter other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _index;

    /// <summary>Formats the quarter as its plain form, such as "2563Q2".</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => FiscalText.Format(FiscalYear.BuddhistYear, 'Q', Number);

    /// <summary>Creates a quarter from its index without checking it (callers have checked the range).</summary>
    internal static FiscalQuarter FromIndex(int index) => new(index, @unchecked: true);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDateOutOfRange(LocalDate date)
        => Preconditions.ThrowArgumentOutOfRange(nameof(date), date, FiscalCalendar.DescribeDateOutsideFiscalYears(date));
}
