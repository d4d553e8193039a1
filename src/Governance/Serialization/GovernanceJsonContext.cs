using System.Text.Json.Serialization;
using Participation.Governance.Measures;

namespace Participation.Governance.Serialization;

/// <summary>
/// Source-generated metadata for the public types an application may put in its own JSON: measures and
/// findings. Exposed as <see cref="GovernanceJson.TypeInfoResolver"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LocalDateJsonConverter), typeof(ThaiFiscalYearJsonConverter)])]
[JsonSerializable(typeof(Measure))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(IReadOnlyList<Finding>))]
internal sealed partial class GovernanceJsonContext : JsonSerializerContext;
