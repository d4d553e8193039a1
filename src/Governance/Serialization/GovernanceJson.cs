using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Participation.Governance.Measures;

namespace Participation.Governance.Serialization;

/// <summary>
/// Plugs the library's JSON formats into an application's own <see cref="JsonSerializerOptions"/>, e.g. ASP.NET Core's.
/// </summary>
/// <remarks>
/// <para>
/// The library's own types need none of this: <see cref="Measure"/>, <see cref="Finding"/>, <see cref="Calendar.ThaiFiscalYear"/>,
/// <see cref="Calendar.FiscalQuarter"/>, <see cref="Calendar.FiscalPeriod"/> and the model's enums carry their converters in
/// a <see cref="System.Text.Json.Serialization.JsonConverterAttribute"/>, so a plain <see cref="JsonSerializerOptions"/> reads
/// and writes them. What the options add is a format for NodaTime's <see cref="NodaTime.LocalDate"/> in the application's own
/// types (the ISO yyyy-MM-dd that NodaTime.Serialization.SystemTextJson writes too, so either can be used).
/// </para>
/// <para>
/// With reflection-based serialization, <see cref="AddGovernanceConverters"/> is all that is needed:
/// <c>builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddGovernanceConverters());</c>.
/// </para>
/// <para>
/// Under trimming or native AOT, also chain <see cref="TypeInfoResolver"/> in front of the application's own
/// source-generated context: <c>o.SerializerOptions.TypeInfoResolverChain.Insert(0, GovernanceJson.TypeInfoResolver);</c>.
/// It answers only for <see cref="Measure"/>, <see cref="Finding"/> and lists of findings, and leaves every other type
/// to the rest of the chain.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class GovernanceJson
{
    /// <summary>Gets source-generated metadata for <see cref="Measure"/>, <see cref="Finding"/> and <c>IReadOnlyList&lt;Finding&gt;</c>.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => GovernanceJsonContext.Default;

    /// <summary>
    /// Adds the library's converters to <paramref name="options"/>: <see cref="LocalDateJsonConverter"/> (yyyy-MM-dd),
    /// <see cref="ThaiFiscalYearJsonConverter"/> (the BE number), <see cref="MeasureJsonConverter"/>, <see cref="FindingJsonConverter"/>, and camelCase string
    /// converters for the model's enums (<see cref="FindingSeverity"/>, <see cref="ChannelKind"/>, …). Each converter
    /// handles only its own type, so the application's other types are not affected.
    /// </summary>
    /// <param name="options">The options to extend; they must not have been used yet.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> have already been used for serialization and are read-only.</exception>
    public static JsonSerializerOptions AddGovernanceConverters(this JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new ThaiFiscalYearJsonConverter());
        options.Converters.Add(new MeasureJsonConverter());
        options.Converters.Add(new FindingJsonConverter());
        options.Converters.Add(new CamelCaseEnumJsonConverter<FindingSeverity>());
        options.Converters.Add(new CamelCaseEnumJsonConverter<ParticipationLevel>());
        options.Converters.Add(new CamelCaseEnumJsonConverter<StakeholderGroup>());
        options.Converters.Add(new CamelCaseEnumJsonConverter<ChannelKind>());
        options.Converters.Add(new CamelCaseEnumJsonConverter<ChannelDirection>());
        options.Converters.Add(new CamelCaseEnumJsonConverter<StepKind>());
        options.Converters.Add(new CamelCaseEnumJsonConverter<ParticipationPhase>());
        return options;
    }
}
