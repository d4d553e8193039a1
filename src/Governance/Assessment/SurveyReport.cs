namespace Participation.Governance.Assessment;

/// <summary>The summary of a satisfaction survey: the number of respondents, each question, and all answers together.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SurveyReport
{
    /// <summary>The <see cref="SurveySummary.Name"/> of <see cref="Overall"/>: <c>overall</c>.</summary>
    public const string OverallName = "overall";

    internal SurveyReport(long respondents, SurveySummary[] questions, SurveySummary overall, SatisfactionBandScheme scheme, SurveyBreakdown? breakdown = null)
    {
        Respondents = respondents;
        Questions = Array.AsReadOnly(questions);
        Overall = overall;
        Scheme = scheme;
        Breakdown = breakdown;
    }

    /// <summary>Gets the number of respondents who answered at least one question.</summary>
    public long Respondents { get; }

    /// <summary>Gets the summary of each question, in column order.</summary>
    public IReadOnlyList<SurveySummary> Questions { get; }

    /// <summary>Gets the summary of every answer to every question taken together.</summary>
    public SurveySummary Overall { get; }

    /// <summary>Gets the band scheme the means were read through.</summary>
    public SatisfactionBandScheme Scheme { get; }

    /// <summary>Gets the same figures for each group of respondents, or null when the survey was not broken down.</summary>
    public SurveyBreakdown? Breakdown { get; }
}
