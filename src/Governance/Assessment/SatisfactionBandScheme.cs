using System.Globalization;

namespace Participation.Governance.Assessment;

/// <summary>
/// How the mean of five-point satisfaction answers is read in words: a set of bands covering 1.00–5.00 without
/// gaps or overlaps. Two schemes are in common use, <see cref="HalfPoint"/> (0.5-wide) and
/// <see cref="EightTenths"/> (0.8-wide); an agency that uses another builds its own.
/// </summary>
/// <remarks>
/// <para>
/// Reading a mean (<see cref="BandOf(decimal)"/>): the mean is first rounded to two decimals, half away from zero,
/// as reports print it, and that printed figure is looked up. So 4.505 prints as 4.51 and reads มากที่สุด under
/// the 0.5-wide scheme, and a report never shows a mean beside a band that does not contain it.
/// </para>
/// <para>The bands are kept in ascending order; consecutive bands meet 0.01 apart (…–3.50, 3.51–…).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SatisfactionBandScheme
{
    /// <summary>Initializes a new scheme and checks that its bands cover 1.00–5.00 exactly once.</summary>
    /// <param name="name">A short name for the scheme, e.g. <c>0.5</c>.</param>
    /// <param name="bands">The bands, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="bands"/> or a band is null.</exception>
    /// <exception cref="ArgumentException">The bands leave a gap, overlap, or do not start at 1.00 and end at 5.00.</exception>
    public SatisfactionBandScheme(string name, IEnumerable<SatisfactionBand> bands)
    {
        Name = Preconditions.CheckNotNull(name);
        var sorted = Preconditions.CheckNotNull(bands).ToArray();
        Preconditions.CheckArgument(sorted.All(b => b is not null), nameof(bands), "The bands contain a null element.");
        Preconditions.CheckArgument(sorted.Length > 0, nameof(bands), "A scheme needs at least one band.");
        sorted = sorted.OrderBy(b => b.Minimum).ToArray();
        Preconditions.CheckArgument(sorted[0].Minimum == 1m, nameof(bands), "The lowest band must start at 1.00.");
        Preconditions.CheckArgument(sorted[sorted.Length - 1].Maximum == 5m, nameof(bands), "The highest band must end at 5.00.");
        for (var i = 1; i < sorted.Length; i++)
        {
            Preconditions.CheckArgument(
                sorted[i].Minimum == sorted[i - 1].Maximum + 0.01m,
                nameof(bands),
                $"Band {sorted[i]} should start at {(sorted[i - 1].Maximum + 0.01m).ToString(CultureInfo.InvariantCulture)}, right after band {sorted[i - 1]}.");
        }

        Bands = Array.AsReadOnly(sorted);
    }

    /// <summary>
    /// Gets the 0.5-wide scheme: 1.00–1.50 น้อยที่สุด, 1.51–2.50 น้อย, 2.51–3.50 ปานกลาง, 3.51–4.50 มาก,
    /// 4.51–5.00 มากที่สุด. Its <see cref="Name"/> is <c>0.5</c>.
    /// </summary>
    public static SatisfactionBandScheme HalfPoint { get; } = Create("0.5", [1.50m, 2.50m, 3.50m, 4.50m]);

    /// <summary>
    /// Gets the 0.8-wide scheme (five equal bands): 1.00–1.80 น้อยที่สุด, 1.81–2.60 น้อย, 2.61–3.40 ปานกลาง,
    /// 3.41–4.20 มาก, 4.21–5.00 มากที่สุด. Its <see cref="Name"/> is <c>0.8</c>.
    /// </summary>
    public static SatisfactionBandScheme EightTenths { get; } = Create("0.8", [1.80m, 2.60m, 3.40m, 4.20m]);

    /// <summary>Gets the scheme's short name.</summary>
    public string Name { get; }

    /// <summary>Gets the bands, lowest first.</summary>
    public IReadOnlyList<SatisfactionBand> Bands { get; }

    /// <summary>Reads a mean through the scheme, after rounding it to two decimals half away from zero.</summary>
    /// <param name="mean">The mean of five-point answers, 1–5.</param>
    /// <returns>The band holding the rounded mean: under <see cref="HalfPoint"/> 4.50 is มาก, 4.505 and 4.51 are มากที่สุด.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> is outside 1–5.</exception>
    public SatisfactionBand BandOf(decimal mean)
    {
        if (mean < 1m || mean > 5m)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(mean), mean, "A mean of five-point answers lies in 1–5.");
        }

        var rounded = ScoreRounding.ToHundredths(mean);
        foreach (var band in Bands)
        {
            if (band.Contains(rounded))
            {
                return band;
            }
        }

        // The constructor guarantees the bands cover every two-decimal figure in 1.00–5.00.
        throw new InvalidOperationException("Unreachable: the bands do not cover " + rounded.ToString(CultureInfo.InvariantCulture) + ".");
    }

    /// <summary>Returns the name and bands, e.g. <c>0.5: 1.00–1.50 น้อยที่สุด, …</c>.</summary>
    /// <returns>The name and bands.</returns>
    public override string ToString() => Name + ": " + string.Join(", ", Bands);

    private static SatisfactionBandScheme Create(string name, decimal[] upperBounds)
    {
        string[] thai = ["น้อยที่สุด", "น้อย", "ปานกลาง", "มาก", "มากที่สุด"];
        string[] english = ["Very low", "Low", "Moderate", "High", "Very high"];
        var bands = new SatisfactionBand[5];
        var minimum = 1m;
        for (var i = 0; i < bands.Length; i++)
        {
            var maximum = i < upperBounds.Length ? upperBounds[i] : 5m;
            bands[i] = new SatisfactionBand(minimum, maximum, thai[i], english[i]);
            minimum = maximum + 0.01m;
        }

        return new SatisfactionBandScheme(name, bands);
    }
}
