using System.Globalization;
using System.Runtime.CompilerServices;

namespace Participation.Governance.Assessment;

/// <summary>
/// A running tally of five-point satisfaction answers (1 = least satisfied … 5 = most): how many answers fell
/// at each level. The count, sum, sum of squares, mean and standard deviation all follow from those five counts,
/// exactly, so millions of answers are summarized in five integers with no allocation per answer.
/// </summary>
/// <remarks>
/// <para>
/// This is a mutable struct, like an enumerator: <see cref="Add(int)"/> changes it in place, so keep it in a
/// field, local or array element and do not add through a copy (a <c>readonly</c> field, or an element of a
/// read-only collection, would silently discard the answers). <see cref="Merge(SatisfactionAccumulator)"/> does not
/// change either operand.
/// </para>
/// <para>
/// The mean is exact in <see cref="decimal"/> (to its 28–29 significant digits). The sample variance is computed
/// from the pairwise form n·Σx² − (Σx)² = Σ over level pairs i &lt; j of cᵢ·cⱼ·(i − j)², which is never negative
/// and has no cancellation; the standard deviation is its square root to decimal precision. Counts are
/// <see cref="long"/>; the statistics are exact for up to 10¹³ answers.
/// </para>
/// <para>Equality compares the five counts; the default value is the empty tally.</para>
/// </remarks>
/// <threadsafety>Not thread-safe: give each thread its own accumulator and <see cref="Merge(SatisfactionAccumulator)"/> them.</threadsafety>
public struct SatisfactionAccumulator : IEquatable<SatisfactionAccumulator>
{
    private long _level1;
    private long _level2;
    private long _level3;
    private long _level4;
    private long _level5;

    /// <summary>Gets the number of answers added.</summary>
    public readonly long Count => _level1 + _level2 + _level3 + _level4 + _level5;

    /// <summary>Gets the sum of the answers.</summary>
    public readonly long Sum => _level1 + (2 * _level2) + (3 * _level3) + (4 * _level4) + (5 * _level5);

    /// <summary>Gets the sum of the squares of the answers.</summary>
    public readonly long SumOfSquares => _level1 + (4 * _level2) + (9 * _level3) + (16 * _level4) + (25 * _level5);

    /// <summary>Gets the mean answer, or null when no answer has been added.</summary>
    public readonly decimal? Mean => Count == 0 ? null : (decimal)Sum / Count;

    /// <summary>
    /// Gets the sample standard deviation (divisor n − 1), or null when fewer than two answers were added:
    /// one answer says nothing about spread, and reporting 0 would claim perfect agreement from no evidence
    /// (spreadsheets' STDEV.S likewise gives #DIV/0! there).
    /// </summary>
    public readonly decimal? StandardDeviation
    {
        get
        {
            var n = Count;
            if (n < 2)
            {
                return null;
            }

            decimal c1 = _level1, c2 = _level2, c3 = _level3, c4 = _level4, c5 = _level5;
            var spread = (c1 * c2) + (4 * c1 * c3) + (9 * c1 * c4) + (16 * c1 * c5)
                         + (c2 * c3) + (4 * c2 * c4) + (9 * c2 * c5)
                         + (c3 * c4) + (4 * c3 * c5)
                         + (c4 * c5);
            return SquareRoot(spread / ((decimal)n * (n - 1)));
        }
    }

    /// <summary>Adds one answer.</summary>
    /// <param name="answer">The answer, 1–5.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not 1–5.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int answer)
    {
        switch (answer)
        {
            case 1: _level1++; break;
            case 2: _level2++; break;
            case 3: _level3++; break;
            case 4: _level4++; break;
            case 5: _level5++; break;
            default: ThrowAnswerOutOfRange(answer); break;
        }
    }

    /// <summary>Gets how many answers were at one level.</summary>
    /// <param name="level">The level, 1–5.</param>
    /// <returns>The number of answers at <paramref name="level"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not 1–5.</exception>
    public readonly long CountAt(int level) => level switch
    {
        1 => _level1,
        2 => _level2,
        3 => _level3,
        4 => _level4,
        5 => _level5,
        _ => ThrowLevelOutOfRange(level),
    };

    /// <summary>Combines two tallies, as if every answer of both had been added to one.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The combined tally; neither operand changes.</returns>
    public readonly SatisfactionAccumulator Merge(SatisfactionAccumulator other)
    {
        var merged = this;
        merged._level1 += other._level1;
        merged._level2 += other._level2;
        merged._level3 += other._level3;
        merged._level4 += other._level4;
        merged._level5 += other._level5;
        return merged;
    }

    /// <summary>Summarizes the tally for a report.</summary>
    /// <param name="name">What the answers are to: a question, or "overall".</param>
    /// <param name="scheme">The band scheme to read the mean through.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="scheme"/> is null.</exception>
    public readonly SurveySummary Summarize(string name, SatisfactionBandScheme scheme) => new(name, this, scheme);

    /// <inheritdoc />
    public readonly bool Equals(SatisfactionAccumulator other)
        => _level1 == other._level1 && _level2 == other._level2 && _level3 == other._level3
           && _level4 == other._level4 && _level5 == other._level5;

    /// <inheritdoc />
    public readonly override bool Equals(object? obj) => obj is SatisfactionAccumulator other && Equals(other);

    /// <inheritdoc />
    public readonly override int GetHashCode() => HashCode.Combine(_level1, _level2, _level3, _level4, _level5);

    /// <summary>Returns the counts per level, e.g. <c>[0, 2, 10, 60, 48]</c>.</summary>
    /// <returns>The five counts.</returns>
    public readonly override string ToString()
        => string.Format(CultureInfo.InvariantCulture, "[{0}, {1}, {2}, {3}, {4}]", _level1, _level2, _level3, _level4, _level5);

    /// <summary>Compares two tallies for equal counts.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>True when every count is equal.</returns>
    public static bool operator ==(SatisfactionAccumulator left, SatisfactionAccumulator right) => left.Equals(right);

    /// <summary>Compares two tallies for different counts.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>True when some count differs.</returns>
    public static bool operator !=(SatisfactionAccumulator left, SatisfactionAccumulator right) => !left.Equals(right);

    private static decimal SquareRoot(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
        }

        // A double gives 15–16 digits; two Newton steps in decimal bring it to decimal's precision.
        var root = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 2; i++)
        {
            root = (root + (value / root)) / 2m;
        }

        return root;
    }

    private static void ThrowAnswerOutOfRange(int answer)
        => Preconditions.ThrowArgumentOutOfRange("answer", answer, 1, 5);

    private static long ThrowLevelOutOfRange(int level)
    {
        Preconditions.ThrowArgumentOutOfRange(nameof(level), level, 1, 5);
        return 0;
    }
}
