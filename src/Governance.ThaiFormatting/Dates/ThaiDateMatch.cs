using NodaTime;
using NodaTime.Text;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>A date found inside a longer text by <see cref="ThaiDateReader.Find(string, ThaiDateReaderOptions?)"/>: the date and where its text is.</summary>
/// <remarks>
/// Two matches are equal when date, index and length are all equal. Matches have no ordering: compare
/// <see cref="Index"/> or <see cref="Date"/>, whichever is meant.
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct ThaiDateMatch : IEquatable<ThaiDateMatch>
{
    /// <summary>Initializes a match.</summary>
    /// <param name="date">The date the text names.</param>
    /// <param name="index">The zero-based index (in UTF-16 code units) where the date's text starts.</param>
    /// <param name="length">The length of the date's text, in UTF-16 code units.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> or <paramref name="length"/> is negative.</exception>
    public ThaiDateMatch(LocalDate date, int index, int length)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(length), length, 0, int.MaxValue);
        Date = date;
        Index = index;
        Length = length;
    }

    /// <summary>Gets the date the text names.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the zero-based index where the date's text starts (a leading weekday or วันที่ included).</summary>
    public int Index { get; }

    /// <summary>Gets the length of the date's text, up to the last digit of the year.</summary>
    public int Length { get; }

    /// <summary>Equality of date, index and length.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ThaiDateMatch left, ThaiDateMatch right) => left.Equals(right);

    /// <summary>Inequality of date, index or length.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ThaiDateMatch left, ThaiDateMatch right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ThaiDateMatch other) => Date == other.Date && Index == other.Index && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ThaiDateMatch other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Index, Length);

    /// <summary>Returns the date in ISO form with its place, e.g. <c>2023-10-15 at 10 (length 26)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{LocalDatePattern.Iso.Format(Date)} at {Index} (length {Length})";
}
