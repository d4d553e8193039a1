using System.Text.Json.Serialization;
using Participation.Governance.Serialization;

namespace Participation.Governance.Measures;

/// <summary>The recurring commitments a measure is made of, in the order announcements usually list them.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<StepKind>))]
public enum StepKind
{
    /// <summary>Review last year's results and strategy with stakeholders (ทบทวน/วิเคราะห์ผลการดำเนินงาน).</summary>
    Review,

    /// <summary>Publish information on the agency's channels (เผยแพร่ข้อมูลข่าวสาร).</summary>
    PublishInformation,

    /// <summary>Receive opinions, suggestions and complaints (รับฟังความคิดเห็น ข้อเสนอแนะ ข้อร้องเรียน).</summary>
    CollectFeedback,

    /// <summary>Appoint stakeholder representatives to committees and working groups (แต่งตั้งผู้แทน).</summary>
    AppointRepresentatives,

    /// <summary>Plan, decide, solve problems or carry out work together with people.</summary>
    JointPlanning,

    /// <summary>Assess the satisfaction and dissatisfaction of service recipients and stakeholders (ประเมินความพึงพอใจ); see rule GOV002.</summary>
    SatisfactionAssessment,

    /// <summary>Report the results to the head of the agency and to the public (รายงานผล).</summary>
    Report,

    /// <summary>Use the assessment and the feedback to improve the work (นำผลไปปรับปรุง).</summary>
    ImproveFromFeedback,

    /// <summary>Follow up on the measure: deputies and the monitoring committee (กำกับ ติดตาม).</summary>
    Oversight,

    /// <summary>Any other commitment.</summary>
    Other,
}
