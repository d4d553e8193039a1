using System.Text.Json.Serialization;
using Participation.Governance.Serialization;

namespace Participation.Governance.Measures;

/// <summary>The phase of a piece of work in which people take part. Ordered as the work proceeds.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ParticipationPhase>))]
public enum ParticipationPhase
{
    /// <summary>Before the work is planned (ก่อนวางแผน).</summary>
    BeforePlanning,

    /// <summary>While the work is carried out (ระหว่างดำเนินงาน).</summary>
    DuringOperation,

    /// <summary>After the work is done (หลังดำเนินงาน).</summary>
    AfterOperation,
}
