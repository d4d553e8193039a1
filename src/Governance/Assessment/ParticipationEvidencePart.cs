namespace Participation.Governance.Assessment;

/// <summary>
/// The four parts that newer ITA checkers require of evidence that participation happened in the fiscal year: an item
/// missing any part scores 0. A set of parts is a combination of these flags.
/// </summary>
[Flags]
public enum ParticipationEvidencePart
{
    /// <summary>No part.</summary>
    None = 0,

    /// <summary>The topic people took part in (ประเด็น / เรื่อง).</summary>
    Topic = 1,

    /// <summary>A summary of who took part (ผู้เข้าร่วม).</summary>
    Participants = 2,

    /// <summary>The outcome of the participation (ผลการมีส่วนร่วม).</summary>
    Outcome = 4,

    /// <summary>How the outcome was used to improve the work (การนำผลไปปรับปรุงการดำเนินงาน).</summary>
    Improvement = 8,

    /// <summary>All four parts.</summary>
    All = Topic | Participants | Outcome | Improvement,
}
