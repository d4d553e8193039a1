using Participation.Governance.Text;
using Participation.Governance.Calendar;

namespace Participation.Governance.Assessment;

/// <summary>
/// Checks records of participation for one fiscal year: each needs its four parts (topic, who took part,
/// outcome, how the outcome improved the work) and a date in the year.
/// </summary>
/// <remarks>
/// A part is present when it has some visible text: text that is empty, or only white space and zero-width
/// characters (U+200B ZERO WIDTH SPACE, which Thai word processors insert between words, U+200C, U+200D,
/// U+2060, U+FEFF), is missing. The date must lie within the fiscal year, both ends included.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ParticipationEvidenceChecker
{
    /// <summary>Initializes a checker for one fiscal year.</summary>
    /// <param name="fiscalYear">The fiscal year assessed.</param>
    public ParticipationEvidenceChecker(ThaiFiscalYear fiscalYear) => FiscalYear = fiscalYear;

    /// <summary>Gets the fiscal year assessed.</summary>
    public ThaiFiscalYear FiscalYear { get; }

    /// <summary>Checks one record.</summary>
    /// <param name="evidence">The record.</param>
    /// <returns>Which parts are missing and whether it is in the year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public ParticipationEvidenceCheck Check(ParticipationEvidence evidence)
    {
        Preconditions.CheckNotNull(evidence);
        var missing = ParticipationEvidencePart.None;
        if (IsBlank(evidence.Topic))
        {
            missing |= ParticipationEvidencePart.Topic;
        }

        if (IsBlank(evidence.ParticipantsSummary))
        {
            missing |= ParticipationEvidencePart.Participants;
        }

        if (IsBlank(evidence.Outcome))
        {
            missing |= ParticipationEvidencePart.Outcome;
        }

        if (IsBlank(evidence.Improvement))
        {
            missing |= ParticipationEvidencePart.Improvement;
        }

        return new ParticipationEvidenceCheck(evidence, FiscalYear, missing);
    }

    /// <summary>Checks every record, in order.</summary>
    /// <param name="evidence">The records.</param>
    /// <returns>One check per record, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> or one of its records is null.</exception>
    public IReadOnlyList<ParticipationEvidenceCheck> CheckAll(IEnumerable<ParticipationEvidence> evidence)
        => Array.AsReadOnly(Preconditions.CheckNotNull(evidence).Select(Check).ToArray());

    private static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !ThaiCharacters.IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }
}
