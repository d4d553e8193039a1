namespace Participation.Governance.Assessment;

/// <summary>
/// The outcome of scoring an ITA assessment with <see cref="ItaScheme.Assess(IReadOnlyDictionary{int, decimal}, decimal)"/>:
/// instrument scores, the weighted total, the grade, whether it passed, and the indicators below the target.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ItaResult
{
    internal ItaResult(
        ItaScheme scheme,
        ItaIndicatorScore[] indicatorScores,
        ItaInstrumentScore[] instrumentScores,
        decimal totalScore,
        ItaGradeBand grade,
        bool passed,
        decimal target,
        ItaIndicatorScore[] indicatorsBelowTarget)
    {
        Scheme = scheme;
        IndicatorScores = Array.AsReadOnly(indicatorScores);
        InstrumentScores = Array.AsReadOnly(instrumentScores);
        TotalScore = totalScore;
        Grade = grade;
        Passed = passed;
        Target = target;
        IndicatorsBelowTarget = Array.AsReadOnly(indicatorsBelowTarget);
    }

    /// <summary>Gets the scheme the assessment was scored under.</summary>
    public ItaScheme Scheme { get; }

    /// <summary>Gets every indicator's score, in indicator order.</summary>
    public IReadOnlyList<ItaIndicatorScore> IndicatorScores { get; }

    /// <summary>Gets each instrument's score (the mean of its indicators, rounded to two decimals), in the scheme's order.</summary>
    public IReadOnlyList<ItaInstrumentScore> InstrumentScores { get; }

    /// <summary>Gets the weighted total, computed exactly and then rounded to two decimals half away from zero.</summary>
    public decimal TotalScore { get; }

    /// <summary>Gets the grade band that <see cref="TotalScore"/> falls in.</summary>
    public ItaGradeBand Grade { get; }

    /// <summary>Gets a value indicating whether <see cref="TotalScore"/> reaches the scheme's pass mark.</summary>
    public bool Passed { get; }

    /// <summary>Gets the target an indicator was expected to reach.</summary>
    public decimal Target { get; }

    /// <summary>Gets the indicators scored below <see cref="Target"/>, in indicator order (the ones to work on).</summary>
    public IReadOnlyList<ItaIndicatorScore> IndicatorsBelowTarget { get; }

    /// <summary>Returns the total and grade, e.g. <c>89.05 (A, passed)</c>.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString()
        => $"{TotalScore.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} ({Grade.Grade}, {(Passed ? "passed" : "not passed")})";
}
