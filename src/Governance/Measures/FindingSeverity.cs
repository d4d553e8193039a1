using System.Text.Json.Serialization;
using Participation.Governance.Serialization;

namespace Participation.Governance.Measures;

/// <summary>How serious a <see cref="Finding"/> is. Ordered from least to most serious.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Worth knowing; the measure still serves its purpose. Does not make a measure non-compliant.</summary>
    Info,

    /// <summary>The measure falls short of what the assessment checks for.</summary>
    Warning,

    /// <summary>The measure cannot serve its purpose as written.</summary>
    Error,
}
