using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Participation.Governance.Tests.Serialization;

/// <summary>
/// A JSON Schema (draft 2020-12) validator for the keywords docs/measure.schema.json uses: type, const, enum,
/// required, properties, additionalProperties, items, pattern, minimum, maximum. Any other keyword, apart from
/// annotations, is refused, so the schema cannot drift beyond what this checks.
/// </summary>
internal static class JsonSchemaSubsetValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description"];

    private static readonly HashSet<string> Supported =
        ["type", "const", "enum", "required", "properties", "additionalProperties", "items", "pattern", "minimum", "maximum"];

    /// <summary>Returns one message per violation, each starting with the instance path; empty when valid.</summary>
    internal static IReadOnlyList<string> Validate(JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Validate(schema, instance, "$", errors);
        return errors;
    }

    private static void Validate(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Supported.Contains(keyword.Name))
            {
                throw new NotSupportedException($"The schema uses \"{keyword.Name}\", which this validator does not implement.");
            }
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => HasType(instance, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", types)} but found {instance.ValueKind}");
                return;
            }
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, instance))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, instance)))
        {
            errors.Add($"{path}: {instance.GetRawText()} is not one of {choices.GetRawText()}");
        }

        if (instance.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern)
            && !Regex.IsMatch(instance.GetString()!, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{path}: \"{instance.GetString()}\" does not match {pattern.GetString()}");
        }

        if (instance.ValueKind == JsonValueKind.Number)
        {
            var value = instance.GetDouble();
            if (schema.TryGetProperty("minimum", out var minimum) && value < minimum.GetDouble())
            {
                errors.Add($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is less than {minimum.GetRawText()}");
            }

            if (schema.TryGetProperty("maximum", out var maximum) && value > maximum.GetDouble())
            {
                errors.Add($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is more than {maximum.GetRawText()}");
            }
        }

        if (instance.ValueKind == JsonValueKind.Object)
        {
            ValidateObject(schema, instance, path, errors);
        }

        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Validate(items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private static void ValidateObject(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: required property \"{name}\" is missing");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in instance.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (hasAdditional)
            {
                Validate(additional, property.Value, $"{path}.{property.Name}", errors);
            }
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && Math.Floor(instance.GetDouble()) == instance.GetDouble(),
        _ => throw new NotSupportedException($"Unknown type \"{type}\"."),
    };
}
