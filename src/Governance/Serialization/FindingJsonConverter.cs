using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.Governance.Measures;
using Participation.Governance.Text;

namespace Participation.Governance.Serialization;

/// <summary>
/// Reads and writes a <see cref="Finding"/> as <c>{"id":"GOV002","severity":"warning","line":null,"message":"…","thaiMessage":"…"}</c>,
/// whatever naming policy the serializer options use, so that APIs and tools agree on one shape. <see cref="Finding"/> is
/// annotated with it.
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class FindingJsonConverter : JsonConverter<Finding>
{
    private static readonly CamelCaseEnumJsonConverter<FindingSeverity> SeverityConverter = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a finding object: a property is missing, unknown, repeated or of the wrong type.</exception>
    public override Finding Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a finding object but found {Describe.Token(reader.TokenType)}.");
        }

        string? id = null, message = null, thaiMessage = null;
        FindingSeverity? severity = null;
        int? line = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonTextCheck.GetString(ref reader);
            if (!seen.Add(name))
            {
                throw new JsonException($"The property {TextExcerpt.Quote(name)} appears more than once in a finding.");
            }

            reader.Read();
            switch (name)
            {
                case "id":
                    id = ReadString(ref reader, name);
                    break;
                case "severity":
                    severity = SeverityConverter.Read(ref reader, typeof(FindingSeverity), options);
                    break;
                case "message":
                    message = ReadString(ref reader, name);
                    break;
                case "thaiMessage":
                    thaiMessage = ReadString(ref reader, name);
                    break;
                case "line":
                    line = reader.TokenType == JsonTokenType.Null ? null
                        : reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) && value >= 1 ? value
                        : throw new JsonException("\"line\" must be null or a line number of 1 or more.");
                    break;
                default:
                    throw new JsonException($"{TextExcerpt.Quote(name)} is not a property of a finding; expected id, severity, line, message, thaiMessage.");
            }
        }

        if (id is null || severity is null || message is null || thaiMessage is null)
        {
            throw new JsonException("A finding needs the properties id, severity, message and thaiMessage.");
        }

        return new Finding(id, severity.Value, message, thaiMessage) { Line = line };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Finding value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WritePropertyName("severity");
        SeverityConverter.Write(writer, value.Severity, options);
        if (value.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }
        else
        {
            writer.WriteNull("line");
        }

        writer.WriteString("message", value.Message);
        writer.WriteString("thaiMessage", value.ThaiMessage);
        writer.WriteEndObject();
    }

    private static string ReadString(ref Utf8JsonReader reader, string name)
        => reader.TokenType == JsonTokenType.String && JsonTextCheck.GetString(ref reader) is { Length: > 0 } text
            ? text
            : throw new JsonException($"\"{name}\" must be a non-empty string.");
}
