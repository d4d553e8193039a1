namespace Participation.Governance.Announcements;

/// <summary>What a <see cref="DocumentFact"/> says about a document.</summary>
public enum FactKind
{
    /// <summary>The issuing agency, from the header "ประกาศ…" (or a memo's ส่วนราชการ). The value is the agency's name.</summary>
    Agency = 0,

    /// <summary>The title, from "เรื่อง …". The value is the title.</summary>
    Title = 1,

    /// <summary>The document's date, from "ประกาศ ณ วันที่ …" or a memo's "วันที่ …". The value is the date as yyyy-MM-dd.</summary>
    IssuedOn = 2,

    /// <summary>The fiscal year, from "ปีงบประมาณ พ.ศ. …". The value is the Buddhist-Era year, e.g. "2567".</summary>
    FiscalYear = 3,

    /// <summary>A participation level the measure offers. The value is the level's JSON name, e.g. "consult".</summary>
    Level = 4,

    /// <summary>
    /// A route by which people's views reach the agency (an inbound channel). The value is the channel kind's JSON name,
    /// e.g. "website", or "unspecified" for channels promised without being named.
    /// </summary>
    FeedbackChannel = 5,

    /// <summary>A channel through which the agency publishes information (outbound). The value is the channel kind's JSON name.</summary>
    PublishingChannel = 6,

    /// <summary>A step the measure commits to. The value is the step kind's JSON name, e.g. "satisfactionAssessment".</summary>
    Step = 7,

    /// <summary>A phase of the work in which people take part. The value is the phase's JSON name, e.g. "beforePlanning".</summary>
    Phase = 8,

    /// <summary>A fiscal quarter in which results are reported. The value is the quarter's number, e.g. "2".</summary>
    ReportingQuarter = 9,

    /// <summary>A law or regulation the document cites. The value is the citation as written.</summary>
    LegalBasis = 10,
}
