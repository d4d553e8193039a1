using System.Text.Json.Serialization;
using Participation.Governance.Measures;

namespace Participation.Governance.Serialization;

/// <summary>
/// Source-generated serialization metadata for the measure document: no reflection at run time, so reading
/// and writing measures is safe under trimming and native AOT.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(LocalDateJsonConverter),
        typeof(ThaiFiscalYearJsonConverter),
        typeof(CamelCaseEnumJsonConverter<ParticipationLevel>),
        typeof(CamelCaseEnumJsonConverter<StakeholderGroup>),
        typeof(CamelCaseEnumJsonConverter<ChannelKind>),
        typeof(CamelCaseEnumJsonConverter<ChannelDirection>),
        typeof(CamelCaseEnumJsonConverter<StepKind>),
        typeof(CamelCaseEnumJsonConverter<ParticipationPhase>),
    ])]
[JsonSerializable(typeof(MeasureDocument))]
internal sealed partial class MeasureJsonContext : JsonSerializerContext;
