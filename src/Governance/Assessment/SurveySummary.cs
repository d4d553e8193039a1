namespace Participation.Governance.Assessment;

/// <summary>
/// What a satisfaction report says about one question (or about every answer together): the number of answers,
/// the mean, the sample standard deviation, the count and percentage at each level, the percentage satisfied
/// (answers 4 or 5) and the band the mean reads as.
/// </summary>
/// <remarks>
/// Figures are exact (not rounded); round them when printing. The band is read from the mean rounded to two
/// decimals (see <see cref="SatisfactionBandScheme.BandOf(decimal)"/>). With no answers, <see cref="Mean"/>,
/// <see cref="PercentSatisfied"/> and <see cref="Band"/> are null and the percentages are 0; with one answer,
/// <see cref="StandardDeviation"/> is null.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SurveySummary
{
    internal SurveySummary(string name, SatisfactionAccumulator answers, SatisfactionBandScheme scheme, bool reversed = false)
    {
        Name = Preconditions.CheckNotNull(name);
        IsReversed = reversed;
        Preconditions.CheckNotNull(scheme);
        Answers = answers;
        Count = answers.Count;
        Mean = answers.Mean;
        StandardDeviation = answers.StandardDeviation;
        var counts = new long[5];
        var percentages = new decimal[5];
        for (var level = 1; level <= 5; level++)
        {
            counts[level - 1] = answers.CountAt(level);
            percentages[level - 1] = Count == 0 ? 0m : counts[level - 1] * 100m / Count;
        }

        Counts = Array.AsReadOnly(counts);
        Percentages = Array.AsReadOnly(percentages);
        PercentSatisfied = Count == 0 ? null : (counts[3] + counts[4]) * 100m / Count;
        Band = Mean is { } mean ? scheme.BandOf(mean) : null;
    }

    /// <summary>Gets the question (or "overall").</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the question is a reversed item, its answers scored 6 − the answer (see <see cref="SurveyTally"/>).</summary>
    public bool IsReversed { get; }

    /// <summary>Gets the tally the summary was made from.</summary>
    public SatisfactionAccumulator Answers { get; }

    /// <summary>Gets the number of answers (n).</summary>
    public long Count { get; }

    /// <summary>Gets the mean answer, or null with no answers.</summary>
    public decimal? Mean { get; }

    /// <summary>Gets the sample standard deviation (n − 1), or null with fewer than two answers.</summary>
    public decimal? StandardDeviation { get; }

    /// <summary>Gets the number of answers at levels 1 to 5 (index 0 is level 1).</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Gets the percentage of answers at levels 1 to 5 (index 0 is level 1); they sum to 100 when there are answers.</summary>
    public IReadOnlyList<decimal> Percentages { get; }

    /// <summary>Gets the percentage of answers at level 4 or 5, or null with no answers.</summary>
    public decimal? PercentSatisfied { get; }

    /// <summary>Gets the band the mean reads as, or null with no answers.</summary>
    public SatisfactionBand? Band { get; }

    /// <summary>Returns the name, n, mean and band, e.g. <c>Q1: n=120, mean 4.25, มาก</c>.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString()
        => Mean is { } mean
            ? $"{Name}: n={Count}, mean {ScoreRounding.ToHundredths(mean).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}, {Band!.ThaiLabel}"
            : $"{Name}: no answers";
}
