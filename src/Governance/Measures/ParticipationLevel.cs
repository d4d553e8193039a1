using System.Text.Json.Serialization;
using Participation.Governance.Serialization;

namespace Participation.Governance.Measures;

/// <summary>
/// How far an agency lets people into its work: the five levels of the public-participation spectrum
/// that Thai agencies use (ระดับการมีส่วนร่วม), from being told to deciding.
/// </summary>
/// <remarks>
/// The values are ordered: a higher value gives people more say. Some announcements list only the first
/// four. <see cref="ParticipationLevels"/> gives each level's Thai label, aliases and description.
/// </remarks>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ParticipationLevel>))]
public enum ParticipationLevel
{
    /// <summary>The agency tells people about its work (ระดับการให้ข้อมูลข่าวสาร).</summary>
    Inform = 1,

    /// <summary>The agency asks for and listens to people's views (ระดับการปรึกษาหารือ).</summary>
    Consult = 2,

    /// <summary>The agency works with people while it plans and decides (ระดับการเข้ามามีบทบาท).</summary>
    Involve = 3,

    /// <summary>The agency and people decide together, as partners (ระดับการสร้างความร่วมมือ).</summary>
    Collaborate = 4,

    /// <summary>People decide and the agency carries the decision out (ระดับการเสริมอำนาจแก่ประชาชน).</summary>
    Empower = 5,
}
