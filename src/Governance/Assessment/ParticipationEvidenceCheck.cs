using System.Globalization;
using Participation.Governance.Calendar;

namespace Participation.Governance.Assessment;

/// <summary>
/// What <see cref="ParticipationEvidenceChecker"/> found about one record: which of the four parts are missing
/// and whether it is dated in the fiscal year assessed.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ParticipationEvidenceCheck
{
    internal ParticipationEvidenceCheck(ParticipationEvidence evidence, ThaiFiscalYear fiscalYear, ParticipationEvidencePart missingParts)
    {
        Evidence = evidence;
        FiscalYear = fiscalYear;
        MissingParts = missingParts;
        IsInFiscalYear = fiscalYear.Contains(evidence.Date);
    }

    /// <summary>Gets the record checked.</summary>
    public ParticipationEvidence Evidence { get; }

    /// <summary>Gets the fiscal year it was checked against.</summary>
    public ThaiFiscalYear FiscalYear { get; }

    /// <summary>Gets the parts that are missing (<see cref="ParticipationEvidencePart.None"/> when all four are present).</summary>
    public ParticipationEvidencePart MissingParts { get; }

    /// <summary>Gets a value indicating whether all four parts are present.</summary>
    public bool HasAllParts => MissingParts == ParticipationEvidencePart.None;

    /// <summary>Gets a value indicating whether the record is dated within <see cref="FiscalYear"/>.</summary>
    public bool IsInFiscalYear { get; }

    /// <summary>
    /// Gets a value indicating whether the record counts as evidence for the year: all four parts present and dated
    /// in the year. An item whose evidence lacks any part scores 0.
    /// </summary>
    public bool IsAcceptable => HasAllParts && IsInFiscalYear;

    /// <summary>
    /// Returns the verdict in words, e.g. <c>acceptable</c> or
    /// <c>missing outcome, improvement; dated 2019-09-30, outside fiscal year 2563 (2019-10-01 – 2020-09-30)</c>.
    /// </summary>
    /// <returns>The verdict.</returns>
    public override string ToString()
    {
        if (IsAcceptable)
        {
            return "acceptable";
        }

        var reasons = new List<string>(2);
        if (!HasAllParts)
        {
            var missing = new List<string>(4);
            foreach (var part in new[] { ParticipationEvidencePart.Topic, ParticipationEvidencePart.Participants, ParticipationEvidencePart.Outcome, ParticipationEvidencePart.Improvement })
            {
                if ((MissingParts & part) != 0)
                {
                    missing.Add(part.ToString().ToLowerInvariant());
                }
            }

            reasons.Add("missing " + string.Join(", ", missing));
        }

        if (!IsInFiscalYear)
        {
            reasons.Add(string.Format(
                CultureInfo.InvariantCulture,
                "dated {0:uuuu-MM-dd}, outside fiscal year {1} ({2:uuuu-MM-dd} – {3:uuuu-MM-dd})",
                Evidence.Date,
                FiscalYear.BuddhistYear,
                FiscalYear.Start,
                FiscalYear.End));
        }

        return string.Join("; ", reasons);
    }
}
