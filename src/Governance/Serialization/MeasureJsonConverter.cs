using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.Governance.Measures;

namespace Participation.Governance.Serialization;

/// <summary>
/// Lets any <see cref="JsonSerializer"/> call read and write a <see cref="Measure"/> in the measure format, with the
/// same strict checks as <see cref="MeasureJson"/>. <see cref="Measure"/> is annotated with it, so it applies
/// without configuration, also inside an application's own source-generated context.
/// </summary>
/// <remarks>
/// When a measure is nested in a larger document, the JSON paths in error messages are relative to the measure
/// (they start at <c>$</c>); <see cref="JsonSerializer"/> adds the outer path to <see cref="JsonException.Path"/>.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class MeasureJsonConverter : JsonConverter<Measure>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a valid measure document.</exception>
    public override Measure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The serializer has already buffered the whole value; it is re-read as a document of its own so the
        // duplicate, null and size checks see exactly what a top-level document would.
        using var document = JsonDocument.ParseValue(ref reader);
        return MeasureJson.Deserialize(Encoding.UTF8.GetBytes(document.RootElement.GetRawText()));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Measure value, JsonSerializerOptions options)
        => MeasureJson.Write(writer, value);
}
