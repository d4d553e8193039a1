namespace Participation.Governance.Calendar;

/// <summary>One answer of a year conversion that depends on the month: the year, and the run of months that give it.</summary>
/// <remarks>Two candidates are equal when year and months are equal.</remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct YearCandidate : IEquatable<YearCandidate>
{
    /// <summary>Initializes a candidate.</summary>
    /// <param name="year">The converted year.</param>
    /// <param name="firstMonth">The first month (1–12) that gives it.</param>
    /// <param name="lastMonth">The last month (<paramref name="firstMonth"/>–12) that gives it.</param>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1–12, or <paramref name="lastMonth"/> is before <paramref name="firstMonth"/>.</exception>
    public YearCandidate(int year, int firstMonth, int lastMonth)
    {
        Preconditions.CheckArgumentRange(nameof(firstMonth), firstMonth, 1, 12);
        Preconditions.CheckArgumentRange(nameof(lastMonth), lastMonth, firstMonth, 12);
        Year = year;
        FirstMonth = firstMonth;
        LastMonth = lastMonth;
    }

    /// <summary>Gets the converted year.</summary>
    public int Year { get; }

    /// <summary>Gets the first month (1–12) that gives <see cref="Year"/>.</summary>
    public int FirstMonth { get; }

    /// <summary>Gets the last month (1–12) that gives <see cref="Year"/>.</summary>
    public int LastMonth { get; }

    /// <summary>Equality of year and months.</summary>
    /// <param name="left">The first candidate.</param>
    /// <param name="right">The second candidate.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(YearCandidate left, YearCandidate right) => left.Equals(right);

    /// <summary>Inequality of year or months.</summary>
    /// <param name="left">The first candidate.</param>
    /// <param name="right">The second candidate.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(YearCandidate left, YearCandidate right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(YearCandidate other) => Year == other.Year && FirstMonth == other.FirstMonth && LastMonth == other.LastMonth;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is YearCandidate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, FirstMonth, LastMonth);

    /// <summary>Returns e.g. "1890 in January–March".</summary>
    /// <returns>The year and its months.</returns>
    public override string ToString()
        => FirstMonth == LastMonth
            ? $"{Year} in {EraYearConverter.MonthName(FirstMonth)}"
            : $"{Year} in {EraYearConverter.MonthName(FirstMonth)}–{EraYearConverter.MonthName(LastMonth)}";
}
