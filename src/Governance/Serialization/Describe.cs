using System.Text.Json;

namespace Participation.Governance.Serialization;

/// <summary>Words for the parts of a JSON document, used in error messages.</summary>
internal static class Describe
{
    /// <summary>Names a token the way a person reading the document would: "a number", "an object"…</summary>
    internal static string Token(JsonTokenType tokenType) => tokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => tokenType.ToString(),
    };
}
