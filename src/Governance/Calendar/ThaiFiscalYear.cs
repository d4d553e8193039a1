using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using NodaTime;
using Participation.Governance.Serialization;
using Participation.Governance.Text;

namespace Participation.Governance.Calendar;

/// <summary>
/// A Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist-Era year
/// in which it ends. Fiscal year 2563 runs from 2019-10-01 to 2020-09-30.
/// </summary>
/// <remarks>
/// <para>
/// Supported fiscal years run from <see cref="MinBuddhistYear"/> (2504, from 1960-10-01: before it budget
/// years followed other rules, which this library refuses rather than guesses) to
/// <see cref="MaxBuddhistYear"/> (10542, the last fiscal year that ends within <see cref="LocalDate"/>'s range).
/// </para>
/// <para>
/// Equality and ordering follow the year. The default value is fiscal year 2504, so an uninitialized value
/// is still a valid fiscal year. The text form is the BE year's digits, such as "2563".
/// </para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
[JsonConverter(typeof(ThaiFiscalYearJsonConverter))]
public readonly struct ThaiFiscalYear : IEquatable<ThaiFiscalYear>, IComparable<ThaiFiscalYear>, IComparable
{
    /// <summary>The first supported fiscal year: 2504 (1960-10-01 to 1961-09-30).</summary>
    public const int MinBuddhistYear = 2504;

    /// <summary>The last supported fiscal year: 10542 (9998-10-01 to 9999-09-30).</summary>
    public const int MaxBuddhistYear = 10542;

    // Years counted from MinBuddhistYear, so that default(ThaiFiscalYear) is the valid fiscal year 2504.
    private readonly int _index;

    /// <summary>Initializes a fiscal year from the Buddhist-Era year in which it ends.</summary>
    /// <param name="buddhistYear">The BE year, <see cref="MinBuddhistYear"/> to <see cref="MaxBuddhistYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="buddhistYear"/> is before 2504 (the fiscal-year rule did not yet apply) or after 10542
    /// (the year would end beyond <see cref="LocalDate"/>'s range).
    /// </exception>
    public ThaiFiscalYear(int buddhistYear)
    {
        if (buddhistYear < MinBuddhistYear || buddhistYear > MaxBuddhistYear)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(buddhistYear), buddhistYear, FiscalCalendar.DescribeUnsupportedFiscalYear(buddhistYear));
        }

        _index = buddhistYear - MinBuddhistYear;
    }

    /// <summary>Gets the first supported fiscal year, 2504.</summary>
    public static ThaiFiscalYear MinValue => default;

    /// <summary>Gets the last supported fiscal year, 10542.</summary>
    public static ThaiFiscalYear MaxValue => new(MaxBuddhistYear);

    /// <summary>Gets the Buddhist-Era year that names this fiscal year (the BE year in which it ends).</summary>
    public int BuddhistYear => _index + MinBuddhistYear;

    /// <summary>Gets the first day of the fiscal year: 1 October of the preceding Gregorian year.</summary>
    public LocalDate Start => new(FiscalCalendar.FirstStartYear + _index, 10, 1);

    /// <summary>Gets the last day of the fiscal year: 30 September.</summary>
    public LocalDate End => new(FiscalCalendar.FirstStartYear + _index + 1, 9, 30);

    /// <summary>Gets the four quarters of the year, in order, as a new array (callers may keep or change it).</summary>
    public IReadOnlyList<FiscalQuarter> Quarters
    {
        get
        {
            var quarters = new FiscalQuarter[4];
            for (var i = 0; i < quarters.Length; i++)
            {
                quarters[i] = FiscalQuarter.FromIndex((_index * 4) + i);
            }

            return quarters;
        }
    }

    /// <summary>Gets the first half-year (รอบ ๖ เดือน): October to March, the period of the six-month report.</summary>
    public FiscalPeriod FirstHalf => FiscalPeriod.ForHalfYear(this, 1);

    /// <summary>Gets the second half-year: April to September.</summary>
    public FiscalPeriod SecondHalf => FiscalPeriod.ForHalfYear(this, 2);

    /// <summary>Gets the whole fiscal year as a period.</summary>
    public FiscalPeriod FullYear => FiscalPeriod.ForFullYear(this);

    /// <summary>The fiscal month index of this year's October.</summary>
    internal int FirstMonthIndex => _index * 12;

    internal int Index => _index;

    /// <summary>Equality: the same fiscal year.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both are the same fiscal year.</returns>
    public static bool operator ==(ThaiFiscalYear left, ThaiFiscalYear right) => left._index == right._index;

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the fiscal years differ.</returns>
    public static bool operator !=(ThaiFiscalYear left, ThaiFiscalYear right) => left._index != right._index;

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> is the earlier year.</returns>
    public static bool operator <(ThaiFiscalYear left, ThaiFiscalYear right) => left._index < right._index;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> is the later year.</returns>
    public static bool operator >(ThaiFiscalYear left, ThaiFiscalYear right) => left._index > right._index;

    /// <summary>Whether <paramref name="left"/> is the same as or before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> is not later.</returns>
    public static bool operator <=(ThaiFiscalYear left, ThaiFiscalYear right) => left._index <= right._index;

    /// <summary>Whether <paramref name="left"/> is the same as or after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(ThaiFiscalYear left, ThaiFiscalYear right) => left._index >= right._index;

    /// <summary>Gets the fiscal year containing a date.</summary>
    /// <param name="date">The date; a date in a non-ISO calendar is converted to ISO first.</param>
    /// <returns>The fiscal year: the BE year of the date, plus one from October on.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The date is before 1960-10-01 (before fiscal year 2504) or on or after 9999-10-01 (in a fiscal year
    /// that would end beyond <see cref="LocalDate"/>'s range).
    /// </exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ThaiFiscalYear FromDate(LocalDate date)
    {
        date = FiscalCalendar.ToIso(date);
        var monthIndex = FiscalCalendar.MonthIndex(date.Year, date.Month);
        if ((uint)monthIndex > FiscalCalendar.MaxMonthIndex)
        {
            ThrowDateOutOfRange(date);
        }

        return FromIndex((int)((uint)monthIndex / 12));
    }

    /// <summary>Gets the fiscal year containing a <see cref="DateTime"/>'s date.</summary>
    /// <param name="date">The date; its time of day and kind are ignored.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1960-10-01 or on or after 9999-10-01.</exception>
    public static ThaiFiscalYear FromDate(DateTime date)
    {
        FiscalCalendar.GetYearMonth(date, out var year, out var month);
        var monthIndex = FiscalCalendar.MonthIndex(year, month);
        if ((uint)monthIndex > FiscalCalendar.MaxMonthIndex)
        {
            ThrowDateOutOfRange(LocalDate.FromDateTime(date));
        }

        return FromIndex((int)((uint)monthIndex / 12));
    }

#if NET6_0_OR_GREATER
    /// <summary>Gets the fiscal year containing a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1960-10-01 or on or after 9999-10-01.</exception>
    public static ThaiFiscalYear FromDate(DateOnly date)
    {
        date.Deconstruct(out var year, out var month, out _);
        var monthIndex = FiscalCalendar.MonthIndex(year, month);
        if ((uint)monthIndex > FiscalCalendar.MaxMonthIndex)
        {
            ThrowDateOutOfRange(LocalDate.FromDateOnly(date));
        }

        return FromIndex((int)((uint)monthIndex / 12));
    }
#endif

    /// <summary>Tries to get the fiscal year containing a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="fiscalYear">The fiscal year, or default when the date has none.</param>
    /// <returns>False when the date is before 1960-10-01 or on or after 9999-10-01.</returns>
    public static bool TryFromDate(LocalDate date, out ThaiFiscalYear fiscalYear)
    {
        date = FiscalCalendar.ToIso(date);
        var monthIndex = FiscalCalendar.MonthIndex(date.Year, date.Month);
        var ok = (uint)monthIndex <= FiscalCalendar.MaxMonthIndex;
        fiscalYear = ok ? FromIndex(monthIndex / 12) : default;
        return ok;
    }

    /// <summary>Parses the plain form of a fiscal year: its BE year's digits, such as "2563".</summary>
    /// <param name="text">The text; it must be exactly the digits, with no spaces or era text.</param>
    /// <returns>The fiscal year, or a failure saying what was expected and where; never throws on bad text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<ThaiFiscalYear> Parse(string text) => FiscalText.ParseFiscalYear(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Parses the plain form of a fiscal year from a span of characters, without allocating on success.</summary>
    /// <param name="text">The text, such as "2563".</param>
    /// <returns>The fiscal year, or a failure saying what was expected and where.</returns>
    public static ParseOutcome<ThaiFiscalYear> Parse(ReadOnlySpan<char> text) => FiscalText.ParseFiscalYear(text);

    /// <summary>Tries to parse the plain form of a fiscal year, such as "2563".</summary>
    /// <param name="text">The text; null fails.</param>
    /// <param name="fiscalYear">The fiscal year, or default on failure.</param>
    /// <returns>True when the text is a supported fiscal year.</returns>
    public static bool TryParse(string? text, out ThaiFiscalYear fiscalYear)
        => TryParse(text.AsSpan(), out fiscalYear);

    /// <summary>Tries to parse the plain form of a fiscal year from a span of characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fiscalYear">The fiscal year, or default on failure.</param>
    /// <returns>True when the text is a supported fiscal year.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ThaiFiscalYear fiscalYear)
        => FiscalText.ParseFiscalYear(text).TryGetValue(default, out fiscalYear);

    /// <summary>Whether a date falls in this fiscal year.</summary>
    /// <param name="date">The date; a date in a non-ISO calendar is converted to ISO first.</param>
    /// <returns>True when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date)
    {
        date = FiscalCalendar.ToIso(date);
        var monthIndex = FiscalCalendar.MonthIndex(date.Year, date.Month);
        return monthIndex >= FirstMonthIndex && monthIndex < FirstMonthIndex + 12;
    }

    /// <summary>Gets one quarter of this year.</summary>
    /// <param name="number">The quarter number: 1 (Oct–Dec), 2 (Jan–Mar), 3 (Apr–Jun) or 4 (Jul–Sep).</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1–4.</exception>
    public FiscalQuarter GetQuarter(int number) => new(this, number);

    /// <summary>Gets the following fiscal year.</summary>
    /// <returns>The next fiscal year.</returns>
    /// <exception cref="InvalidOperationException">This is <see cref="MaxValue"/>.</exception>
    public ThaiFiscalYear Next()
    {
        if (BuddhistYear == MaxBuddhistYear)
        {
            throw new InvalidOperationException($"Fiscal year {MaxBuddhistYear} is the last supported fiscal year; the next would end beyond LocalDate's range.");
        }

        return FromIndex(_index + 1);
    }

    /// <summary>Gets the preceding fiscal year.</summary>
    /// <returns>The previous fiscal year.</returns>
    /// <exception cref="InvalidOperationException">This is <see cref="MinValue"/>.</exception>
    public ThaiFiscalYear Previous()
    {
        if (_index == 0)
        {
            throw new InvalidOperationException($"Fiscal year {MinBuddhistYear} is the first supported fiscal year: earlier budget years followed other rules.");
        }

        return FromIndex(_index - 1);
    }

    /// <summary>Compares by year.</summary>
    /// <param name="other">The other fiscal year.</param>
    /// <returns>Negative, zero or positive as this year is earlier than, the same as, or later than <paramref name="other"/>.</returns>
    public int CompareTo(ThaiFiscalYear other) => _index.CompareTo(other._index);

    /// <summary>Compares with a boxed <see cref="ThaiFiscalYear"/>; null sorts first.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns>As <see cref="CompareTo(ThaiFiscalYear)"/>; positive when <paramref name="obj"/> is null.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ThaiFiscalYear"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ThaiFiscalYear other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ThaiFiscalYear)}.", nameof(obj)),
    };

    /// <summary>Whether two values are the same fiscal year.</summary>
    /// <param name="other">The other fiscal year.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ThaiFiscalYear other) => _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ThaiFiscalYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _index;

    /// <summary>Formats the fiscal year as its BE year's digits, such as "2563".</summary>
    /// <returns>The plain text form, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => FiscalText.Format(BuddhistYear, '\0', 0);

    /// <summary>Creates a fiscal year from its index without checking it (callers have checked the range).</summary>
    internal static ThaiFiscalYear FromIndex(int index) => new(index, @unchecked: true);

    // The flag only distinguishes this unchecked constructor from the public, checked one.
    private ThaiFiscalYear(int index, bool @unchecked) => _index = index;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDateOutOfRange(LocalDate date)
        => Preconditions.ThrowArgumentOutOfRange(nameof(date), date, FiscalCalendar.DescribeDateOutsideFiscalYears(date));
}
