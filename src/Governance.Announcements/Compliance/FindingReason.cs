namespace Participation.Governance.Announcements.Compliance;

/// <summary>Why a finding was reported about a document, in English and Thai, so a person can check the verdict against the text.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class FindingReason
{
    internal FindingReason(Measures.Finding finding, string english, string thai)
    {
        Finding = finding;
        English = english;
        Thai = thai;
    }

    /// <summary>Gets the finding explained.</summary>
    public Measures.Finding Finding { get; }

    /// <summary>Gets the reason in English, e.g. "no clause speaks of assessing satisfaction (ความพึงพอใจ)".</summary>
    public string English { get; }

    /// <summary>Gets the reason in Thai.</summary>
    public string Thai { get; }

    /// <summary>Returns the rule ID and the English reason.</summary>
    /// <returns>The reason on one line.</returns>
    public override string ToString() => Finding.Id + ": " + English;
}
