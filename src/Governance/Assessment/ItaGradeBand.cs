namespace Participation.Governance.Assessment;

/// <summary>
/// One ITA grade and the lowest total score that earns it, e.g. <c>A</c> from 85.00.
/// A band reaches up to just below the next higher band's minimum (A: 85.00–94.99).
/// </summary>
/// <remarks>Two bands are equal when their grade and minimum are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ItaGradeBand : IEquatable<ItaGradeBand>
{
    /// <summary>Initializes a new grade band.</summary>
    /// <param name="grade">The grade, e.g. <c>AA</c>.</param>
    /// <param name="minimumScore">The lowest total score (0–100, at most two decimals) with this grade.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumScore"/> is outside 0–100 or has more than two decimals.</exception>
    public ItaGradeBand(string grade, decimal minimumScore)
    {
        Preconditions.CheckNotNull(grade);
        Preconditions.CheckArgument(grade.Trim().Length > 0, nameof(grade), "A grade must not be blank.");
        if (minimumScore < 0m || minimumScore > 100m || ScoreRounding.ToHundredths(minimumScore) != minimumScore)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(minimumScore), minimumScore, $"The minimum score of grade {grade} must lie in 0–100 with at most two decimals.");
        }

        Grade = grade;
        MinimumScore = minimumScore;
    }

    /// <summary>Gets the grade, e.g. <c>AA</c>, <c>A</c>, … <c>F</c>.</summary>
    public string Grade { get; }

    /// <summary>Gets the lowest total score, rounded to two decimals, that earns this grade.</summary>
    public decimal MinimumScore { get; }

    /// <inheritdoc />
    public bool Equals(ItaGradeBand? other)
        => other is not null && Grade == other.Grade && MinimumScore == other.MinimumScore;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ItaGradeBand);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Grade, MinimumScore);

    /// <summary>Returns the grade, e.g. <c>AA</c>.</summary>
    /// <returns>The grade.</returns>
    public override string ToString() => Grade;
}
