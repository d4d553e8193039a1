using System.Text.Json.Serialization;
using Participation.Governance.Serialization;

namespace Participation.Governance.Measures;

/// <summary>Who takes part in a measure. <see cref="StakeholderGroups"/> gives the Thai labels.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<StakeholderGroup>))]
public enum StakeholderGroup
{
    /// <summary>The public (ประชาชน, ภาคประชาชน).</summary>
    Public,

    /// <summary>People the agency serves (ผู้รับบริการ).</summary>
    ServiceRecipients,

    /// <summary>Stakeholders inside the agency: staff, and units or schools under it (ผู้มีส่วนได้ส่วนเสียภายใน).</summary>
    InternalStakeholders,

    /// <summary>Every other stakeholder (ผู้มีส่วนได้ส่วนเสียภายนอก).</summary>
    ExternalStakeholders,

    /// <summary>Other agencies, the private sector and civil society working with the agency (ภาคีเครือข่าย).</summary>
    NetworkPartners,
}
