// Rule IDs and wording shared, as source, by the runtime validation (Participation.Governance) and the
// Roslyn analyzers (Participation.Governance.Analyzers), so that a measure built from JSON at run time
// gets the same verdict, in the same words, as one written in C#. Linked into both assemblies; internal
// in each.
namespace Participation.Governance.Rules;

/// <summary>The IDs, titles and messages of the GOVxxx rules, in English and Thai.</summary>
internal static class GovernanceRuleText
{
    /// <summary>Where each rule's documentation page lives; the rule ID and ".md" are appended.</summary>
    /// <remarks>The repository's address is set once, in Directory.Build.props, and generated into <see cref="GovernanceRepository"/>.</remarks>
    public const string HelpLinkBase = GovernanceRepository.Url + "/blob/" + GovernanceRepository.DocsBranch + "/docs/rules/";

    /// <summary>GOV001: a measure with no inbound feedback channel.</summary>
    public const string NoFeedbackChannelId = "GOV001";

    /// <summary>GOV001 title.</summary>
    public const string NoFeedbackChannelTitle = "Measure has no feedback channel";

    /// <summary>GOV001 message (English).</summary>
    public const string NoFeedbackChannelMessage =
        "The measure has no inbound feedback channel: add at least one channel through which people can give opinions, suggestions or complaints";

    /// <summary>GOV001 message (Thai).</summary>
    public const string NoFeedbackChannelMessageThai =
        "มาตรการไม่มีช่องทางรับฟังความคิดเห็น ข้อเสนอแนะ หรือข้อร้องเรียน: ต้องมีช่องทางที่ประชาชนและผู้มีส่วนได้ส่วนเสียส่งความคิดเห็นถึงหน่วยงานได้อย่างน้อยหนึ่งช่องทาง";

    /// <summary>GOV002: a measure with no satisfaction-assessment step.</summary>
    public const string NoSatisfactionAssessmentId = "GOV002";

    /// <summary>GOV002 title.</summary>
    public const string NoSatisfactionAssessmentTitle = "Measure has no satisfaction-assessment step";

    /// <summary>GOV002 message (English).</summary>
    public const string NoSatisfactionAssessmentMessage =
        "The measure has no satisfaction-assessment step: add a step that assesses the satisfaction of service recipients and stakeholders";

    /// <summary>GOV002 message (Thai).</summary>
    public const string NoSatisfactionAssessmentMessageThai =
        "มาตรการไม่มีขั้นตอนการประเมินความพึงพอใจ: ต้องมีขั้นตอนประเมินความพึงพอใจและความไม่พึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย";

    /// <summary>GOV003: a Buddhist-Era year where a Gregorian year is expected.</summary>
    public const string BuddhistYearAsGregorianId = "GOV003";

    /// <summary>GOV003 title.</summary>
    public const string BuddhistYearAsGregorianTitle = "Buddhist-Era year used as a Gregorian year";

    /// <summary>GOV003 message format (English): {0} the year written, {1} the Gregorian year it stands for.</summary>
    public const string BuddhistYearAsGregorianMessage =
        "{0} looks like a Buddhist-Era year, but this parameter takes a Gregorian year: BE {0} is CE {1}";

    /// <summary>GOV003 message format (Thai).</summary>
    public const string BuddhistYearAsGregorianMessageThai =
        "{0} เป็นปีพุทธศักราช แต่พารามิเตอร์นี้รับปีคริสต์ศักราช: พ.ศ. {0} ตรงกับ ค.ศ. {1}";

    /// <summary>GOV004: a reporting schedule with no due date in the measure's fiscal year.</summary>
    public const string NoReportDueInFiscalYearId = "GOV004";

    /// <summary>GOV004 title.</summary>
    public const string NoReportDueInFiscalYearTitle = "Reporting schedule has no due date in the fiscal year";

    /// <summary>GOV004 message format (English): {0} the fiscal year (BE).</summary>
    public const string NoReportDueInFiscalYearMessage =
        "The reporting schedule has no due date in fiscal year {0}: results would never be reported for the year the measure covers";

    /// <summary>GOV004 message format (Thai).</summary>
    public const string NoReportDueInFiscalYearMessageThai =
        "กำหนดการรายงานผลไม่มีวันครบกำหนดในปีงบประมาณ พ.ศ. {0}: ผลการดำเนินงานของปีที่มาตรการครอบคลุมจะไม่ถูกรายงาน";

    /// <summary>GOV005: feedback channels promised without naming any.</summary>
    public const string UnnamedFeedbackChannelsId = "GOV005";

    /// <summary>GOV005 title.</summary>
    public const string UnnamedFeedbackChannelsTitle = "Feedback channels are promised but not named";

    /// <summary>GOV005 message (English).</summary>
    public const string UnnamedFeedbackChannelsMessage =
        "The measure promises feedback channels without naming them: name each channel (website, telephone, suggestion box, e-mail, …) so people know how to reach the agency";

    /// <summary>GOV005 message (Thai).</summary>
    public const string UnnamedFeedbackChannelsMessageThai =
        "มาตรการระบุว่ามีช่องทางรับฟังความคิดเห็นแต่ไม่ได้ระบุว่าเป็นช่องทางใด: ควรระบุแต่ละช่องทาง (เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น อีเมล ฯลฯ)";

    /// <summary>The documentation page of a rule.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
