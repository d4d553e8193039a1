using NodaTime;

namespace Participation.Governance.Assessment;

/// <summary>
/// A record that participation actually happened: the topic, who took part, the outcome, how the outcome improved
/// the work, and when. Newer ITA checkers want one for the fiscal year assessed.
/// </summary>
/// <remarks>
/// The text parts may be null or blank: a record is kept as the agency wrote it, and
/// <see cref="ParticipationEvidenceChecker"/> says which parts are missing rather than the constructor refusing it.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ParticipationEvidence
{
    /// <summary>Initializes a new record of participation.</summary>
    /// <param name="topic">The topic people took part in.</param>
    /// <param name="participantsSummary">A summary of who took part (groups, numbers).</param>
    /// <param name="outcome">What came out of it.</param>
    /// <param name="improvement">How the outcome was used to improve the work.</param>
    /// <param name="date">When the participation took place (a meeting date, or the last day of a consultation).</param>
    public ParticipationEvidence(string? topic, string? participantsSummary, string? outcome, string? improvement, LocalDate date)
    {
        Topic = topic;
        ParticipantsSummary = participantsSummary;
        Outcome = outcome;
        Improvement = improvement;
        Date = date;
    }

    /// <summary>Gets the topic people took part in, as written.</summary>
    public string? Topic { get; }

    /// <summary>Gets the summary of who took part, as written.</summary>
    public string? ParticipantsSummary { get; }

    /// <summary>Gets the outcome, as written.</summary>
    public string? Outcome { get; }

    /// <summary>Gets how the outcome was used to improve the work, as written.</summary>
    public string? Improvement { get; }

    /// <summary>Gets when the participation took place.</summary>
    public LocalDate Date { get; }

    /// <summary>Returns the date and topic, e.g. <c>2020-03-15 การทบทวนแผนปฏิบัติราชการ</c>.</summary>
    /// <returns>The date and topic.</returns>
    public override string ToString() => Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + Topic;
}
