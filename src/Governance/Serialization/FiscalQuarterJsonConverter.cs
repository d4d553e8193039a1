using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.Governance.Calendar;

namespace Participation.Governance.Serialization;

/// <summary>Reads and writes a <see cref="FiscalQuarter"/> as its text form, a string such as <c>"2563Q2"</c>.</summary>
/// <remarks>
/// <see cref="FiscalQuarter"/> carries this converter in its <see cref="JsonConverterAttribute"/>, so any
/// <see cref="JsonSerializer"/> call uses it. Reading throws <see cref="JsonException"/> for anything
/// <see cref="FiscalQuarter.Parse(string)"/> does not accept, with its message.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class FiscalQuarterJsonConverter : JsonConverter<FiscalQuarter>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string naming a fiscal quarter.</exception>
    public override FiscalQuarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => FiscalTextJson.Read(ref reader, FiscalQuarter.Parse, "a fiscal quarter", "2563Q2");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FiscalQuarter value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
