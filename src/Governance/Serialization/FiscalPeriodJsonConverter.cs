using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.Governance.Calendar;

namespace Participation.Governance.Serialization;

/// <summary>Reads and writes a <see cref="FiscalPeriod"/> as its text form, a string such as <c>"2563"</c>, <c>"2563H1"</c> or <c>"2563Q2"</c>.</summary>
/// <remarks>
/// <see cref="FiscalPeriod"/> carries this converter in its <see cref="JsonConverterAttribute"/>, so any
/// <see cref="JsonSerializer"/> call uses it. Reading throws <see cref="JsonException"/> for anything
/// <see cref="FiscalPeriod.Parse(string)"/> does not accept, with its message.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class FiscalPeriodJsonConverter : JsonConverter<FiscalPeriod>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string naming a fiscal period.</exception>
    public override FiscalPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => FiscalTextJson.Read(ref reader, FiscalPeriod.Parse, "a fiscal period", "2563H1");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FiscalPeriod value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
