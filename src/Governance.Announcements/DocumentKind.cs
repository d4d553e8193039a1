namespace Participation.Governance.Announcements;

/// <summary>What kind of official document a piece of text is.</summary>
public enum DocumentKind
{
    /// <summary>An announcement (ประกาศ): a header "ประกาศ…", a title "เรื่อง …", numbered clauses, a date and a signatory.</summary>
    Announcement = 0,

    /// <summary>An internal memo (บันทึกข้อความ), e.g. the cover note asking the head of the agency to sign an announcement.</summary>
    Memo = 1,
}
