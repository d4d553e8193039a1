namespace Participation.Governance.Announcements.Compliance;

/// <summary>What a checked document is: it decides whether there is a measure to judge.</summary>
public enum CheckedDocumentKind
{
    /// <summary>A measure read from JSON (the format of <c>measure.schema.json</c>).</summary>
    Measure = 0,

    /// <summary>An announcement (ประกาศ) read from text: it states a measure.</summary>
    Announcement = 1,

    /// <summary>A memo (บันทึกข้อความ), e.g. the cover note asking the head of the agency to sign: it states no measure.</summary>
    Memo = 2,

    /// <summary>A document that is not a stakeholder-participation measure at all (minutes, a procurement notice …).</summary>
    Other = 3,
}
