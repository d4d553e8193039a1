namespace Participation.Governance.Announcements.Writing;

/// <summary>The typeface of an announcement written as a Word document: one of the TH Sarabun family that official documents use.</summary>
/// <remarks>
/// Since a Cabinet resolution of 2553 (2010) government documents use the national fonts, TH SarabunPSK for
/// letters; TH Sarabun New is its later, fuller release, and TH SarabunIT๙ a derivative whose digits are drawn Thai.
/// The document names the family only; the computer that opens it must have the font (see docs/announcement-layout.md).
/// </remarks>
public enum AnnouncementFont
{
    /// <summary>TH Sarabun New.</summary>
    ThSarabunNew = 0,

    /// <summary>TH SarabunPSK.</summary>
    ThSarabunPsk = 1,

    /// <summary>TH SarabunIT๙.</summary>
    ThSarabunIT9 = 2,
}
