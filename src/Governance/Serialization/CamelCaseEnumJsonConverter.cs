using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.Governance.Text;

namespace Participation.Governance.Serialization;

/// <summary>
/// Reads and writes an enum as its camelCase name ("suggestionBox") and nothing else: no numbers, no other
/// casing, no comma-separated flags, so that a document means exactly what the schema says.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class CamelCaseEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = GetValues();
    private static readonly JsonEncodedText[] Names = Values.Select(v => JsonEncodedText.Encode(ToCamelCase(v.ToString()))).ToArray();
    private static readonly string Expected = string.Join(", ", Names.Select(n => n.ToString()));

    /// <summary>Gets the JSON name of a value: its camelCase name, e.g. "suggestionBox".</summary>
    /// <param name="value">A defined value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value of <typeparamref name="TEnum"/>.</exception>
    public static string GetName(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}.");
        }

        return Names[index].Value;
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string naming a value of <typeparamref name="TEnum"/>.</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string naming a {typeof(TEnum).Name} (one of {Expected}) but found {Describe.Token(reader.TokenType)}.");
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (reader.ValueTextEquals(Names[i].EncodedUtf8Bytes))
            {
                return Values[i];
            }
        }

        throw new JsonException($"{TextExcerpt.Quote(JsonTextCheck.GetString(ref reader))} is not a {typeof(TEnum).Name}: expected one of {Expected}.");
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined value.</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        var index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} and cannot be written.");
        }

        writer.WriteStringValue(Names[index]);
    }

    private static string ToCamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static TEnum[] GetValues()
#if NET5_0_OR_GREATER
        => Enum.GetValues<TEnum>();
#else
        => (TEnum[])Enum.GetValues(typeof(TEnum));
#endif
}
