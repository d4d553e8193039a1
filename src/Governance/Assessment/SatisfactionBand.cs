using System.Globalization;

namespace Participation.Governance.Assessment;

/// <summary>
/// One band of a <see cref="SatisfactionBandScheme"/>: the range of mean scores (two decimals, both ends included)
/// read as one level of satisfaction, e.g. 3.51–4.50 มาก (high).
/// </summary>
/// <remarks>Two bands are equal when their range and labels are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SatisfactionBand : IEquatable<SatisfactionBand>
{
    /// <summary>Initializes a new band.</summary>
    /// <param name="minimum">The lowest mean in the band (two decimals at most, 1.00–5.00).</param>
    /// <param name="maximum">The highest mean in the band (two decimals at most, not below <paramref name="minimum"/>, at most 5.00).</param>
    /// <param name="thaiLabel">The Thai reading, e.g. มาก.</param>
    /// <param name="englishLabel">The English reading, e.g. High.</param>
    /// <exception cref="ArgumentNullException">A label is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is outside 1.00–5.00, has more than two decimals, or the range is empty.</exception>
    public SatisfactionBand(decimal minimum, decimal maximum, string thaiLabel, string englishLabel)
    {
        CheckBound(minimum, nameof(minimum));
        CheckBound(maximum, nameof(maximum));
        if (maximum < minimum)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(maximum), maximum, $"The band's maximum must not be below its minimum {minimum.ToString(CultureInfo.InvariantCulture)}.");
        }

        Minimum = minimum;
        Maximum = maximum;
        ThaiLabel = Preconditions.CheckNotNull(thaiLabel);
        EnglishLabel = Preconditions.CheckNotNull(englishLabel);
    }

    /// <summary>Gets the lowest mean (rounded to two decimals) read as this band.</summary>
    public decimal Minimum { get; }

    /// <summary>Gets the highest mean (rounded to two decimals) read as this band.</summary>
    public decimal Maximum { get; }

    /// <summary>Gets the Thai reading, e.g. มากที่สุด.</summary>
    public string ThaiLabel { get; }

    /// <summary>Gets the English reading, e.g. Very high.</summary>
    public string EnglishLabel { get; }

    /// <summary>Gets a value indicating whether a mean, already rounded to two decimals, lies in this band.</summary>
    /// <param name="roundedMean">The mean rounded to two decimals.</param>
    /// <returns>True when <see cref="Minimum"/> ≤ <paramref name="roundedMean"/> ≤ <see cref="Maximum"/>.</returns>
    public bool Contains(decimal roundedMean) => roundedMean >= Minimum && roundedMean <= Maximum;

    /// <inheritdoc />
    public bool Equals(SatisfactionBand? other)
        => other is not null
           && Minimum == other.Minimum
           && Maximum == other.Maximum
           && ThaiLabel == other.ThaiLabel
           && EnglishLabel == other.EnglishLabel;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SatisfactionBand);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum, ThaiLabel, EnglishLabel);

    /// <summary>Returns the range and Thai label, e.g. <c>3.51–4.50 มาก</c>.</summary>
    /// <returns>The range and label.</returns>
    public override string ToString()
        => $"{Minimum.ToString("0.00", CultureInfo.InvariantCulture)}–{Maximum.ToString("0.00", CultureInfo.InvariantCulture)} {ThaiLabel}";

    private static void CheckBound(decimal value, string paramName)
    {
        if (value < 1m || value > 5m || ScoreRounding.ToHundredths(value) != value)
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, value, "A band bound must lie in 1.00–5.00 with at most two decimals.");
        }
    }
}
