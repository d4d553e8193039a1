using System.Text.Json;
using Participation.Governance.Text;

namespace Participation.Governance.Serialization;

/// <summary>Reads a fiscal period written as its text form ("2563Q2", "2563H1"): what the period converters share.</summary>
internal static class FiscalTextJson
{
    internal delegate ParseOutcome<T> Parser<T>(ReadOnlySpan<char> text);

    /// <summary>Reads the string the reader is on with <paramref name="parse"/>, throwing <see cref="JsonException"/> with the parser's message.</summary>
    internal static T Read<T>(ref Utf8JsonReader reader, Parser<T> parse, string what, string example)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {what} as a string such as \"{example}\" but found {Describe.Token(reader.TokenType)}.");
        }

        var text = JsonTextCheck.GetString(ref reader);
        var outcome = parse(text.AsSpan());
        if (!outcome.Success)
        {
            throw new JsonException($"{TextExcerpt.Quote(text)} is not {what}: {outcome.Message}");
        }

        return outcome.Value;
    }
}
