using System.Text.Json.Serialization;
using Participation.Governance.Serialization;

namespace Participation.Governance.Measures;

/// <summary>The medium of a channel between an agency and people. <see cref="ChannelKinds"/> gives the Thai labels.</summary>
/// <remarks>Whether the channel carries people's views in or the agency's information out is a separate <see cref="ChannelDirection"/>.</remarks>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ChannelKind>))]
public enum ChannelKind
{
    /// <summary>A channel promised without saying which (e.g. "ช่องทางต่าง ๆ"); see rule GOV005.</summary>
    Unspecified,

    /// <summary>The agency's website (เว็บไซต์).</summary>
    Website,

    /// <summary>Telephone, call centre or hotline (โทรศัพท์, ศูนย์บริการข้อมูลทางโทรศัพท์, สายด่วน).</summary>
    Telephone,

    /// <summary>A suggestion or comment box (กล่องรับความคิดเห็น).</summary>
    SuggestionBox,

    /// <summary>A letter or official correspondence (หนังสือ, จดหมาย).</summary>
    Letter,

    /// <summary>An electronic form, e.g. an online questionnaire (แบบฟอร์มอิเล็กทรอนิกส์).</summary>
    ElectronicForm,

    /// <summary>E-mail (ไปรษณีย์อิเล็กทรอนิกส์, อีเมล).</summary>
    Email,

    /// <summary>Social media: Facebook page, LINE official account and the like (สื่อสังคมออนไลน์).</summary>
    SocialMedia,

    /// <summary>Coming to the agency in person (ด้วยตนเอง).</summary>
    InPerson,

    /// <summary>A meeting, forum or public hearing (การประชุม, เวทีประชาคม, การประชาพิจารณ์).</summary>
    Meeting,

    /// <summary>A newsletter or bulletin (จดหมายข่าว), usually outbound.</summary>
    Newsletter,

    /// <summary>A notice board or signboard (ป้ายประกาศ, ป้ายประชาสัมพันธ์), usually outbound.</summary>
    NoticeBoard,

    /// <summary>Any other named medium; <see cref="FeedbackChannel.Detail"/> says which.</summary>
    Other,
}
