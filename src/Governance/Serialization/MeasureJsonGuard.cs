using System.Text;
using System.Text.Json;
using Participation.Governance.Text;

namespace Participation.Governance.Serialization;

/// <summary>
/// A first pass over a measure document that refuses, with the JSON path, what the serializer would let
/// through or report poorly: malformed JSON, nesting past <see cref="MeasureJson.MaxDepth"/>, explicit nulls,
/// duplicate properties (System.Text.Json keeps the last silently), unknown properties, arrays longer than
/// <see cref="MeasureJson.MaxArrayLength"/>, a top-level value that is not an object, and strings or property names
/// that are not Unicode (bytes that are not UTF-8, an escaped half of a surrogate pair).
/// </summary>
/// <remarks>Every step is constant work per token, so the pass is linear in the document.</remarks>
internal static class MeasureJsonGuard
{
    private static readonly PropertySet RootProperties = new(
        "$schema", "schemaVersion", "agency", "title", "issuedOn", "fiscalYear", "legalBases", "levels", "stakeholderGroups", "channels", "steps", "reportingSchedule", "oversight");

    private static readonly PropertySet ChannelProperties = new("kind", "direction", "detail");
    private static readonly PropertySet StepProperties = new("kind", "description", "phases", "responsibleUnits");
    private static readonly PropertySet ScheduleProperties = new("quarters");
    private static readonly PropertySet OversightProperties = new("minimumTimesPerFiscalYear");

    /// <summary>Throws <see cref="JsonException"/> naming the path of the first problem found, if any.</summary>
    internal static void Check(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MeasureJson.MaxDepth });
        var frames = new List<Frame>();
        while (Read(ref reader, frames))
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    OnPropertyName(ref reader, frames, utf8Json);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    EndValue(frames);
                    break;
                default:
                    OnValue(ref reader, frames, utf8Json);
                    break;
            }
        }
    }

    private static bool Read(ref Utf8JsonReader reader, List<Frame> frames)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException e)
        {
            // The reader's own messages (malformed input, nesting too deep) carry a position but no path.
            throw MeasureJson.Fail(Path(frames), MeasureJson.Reword(e.Message), e.LineNumber, e);
        }
    }

    private static void OnValue(ref Utf8JsonReader reader, List<Frame> frames, ReadOnlySpan<byte> utf8Json)
    {
        if (frames.Count == 0 && reader.TokenType != JsonTokenType.StartObject)
        {
            throw MeasureJson.Fail("$", $"a measure document must be a JSON object, but found {Describe.Token(reader.TokenType)}.", LineOf(utf8Json, reader));
        }

        if (frames.Count > 0 && frames[frames.Count - 1].IsArray)
        {
            var array = frames[frames.Count - 1];
            array.Index++;
            array.InValue = true;
            if (array.Index >= MeasureJson.MaxArrayLength)
            {
                throw MeasureJson.Fail(Path(frames), $"the array has more than {MeasureJson.MaxArrayLength} elements, more than any measure needs.", LineOf(utf8Json, reader));
            }
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            throw MeasureJson.Fail(Path(frames), "null is not allowed: leave the property out instead.", LineOf(utf8Json, reader));
        }

        if (reader.TokenType == JsonTokenType.String && JsonTextCheck.FindProblem(reader.ValueSpan, reader.ValueIsEscaped) is { } problem)
        {
            throw MeasureJson.Fail(Path(frames), $"the string is not valid Unicode: {problem}.", LineOf(utf8Json, reader));
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, AllowedProperties(frames, reader.TokenType)));
        }
        else
        {
            EndValue(frames);
        }
    }

    // Once a value is complete, an error that follows (a missing comma, a stray token) belongs to the
    // container, not to the property or element just read.
    private static void EndValue(List<Frame> frames)
    {
        if (frames.Count > 0)
        {
            frames[frames.Count - 1].InValue = false;
        }
    }

    private static void OnPropertyName(ref Utf8JsonReader reader, List<Frame> frames, ReadOnlySpan<byte> utf8Json)
    {
        var frame = frames[frames.Count - 1];

        // Checked before the name joins the path: a name that is not text is reported at its object.
        if (JsonTextCheck.FindProblem(reader.ValueSpan, reader.ValueIsEscaped) is { } problem)
        {
            throw MeasureJson.Fail(Path(frames), $"a property name is not valid Unicode: {problem}.", LineOf(utf8Json, reader));
        }

        frame.InValue = true;
        if (frame.Allowed is not { } allowed)
        {
            // An object where the format has none; the serializer will refuse its type, but duplicates are caught first,
            // in a set, so that an object of many properties costs linear time.
            var name = reader.GetString()!;
            frame.Property = name;
            frame.Seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!frame.Seen.Add(name))
            {
                throw Duplicate(frames, name, utf8Json, reader);
            }

            return;
        }

        // Known objects match names without allocating; ValueTextEquals also sees through escapes like \u0061.
        var index = allowed.IndexOf(ref reader);
        if (index < 0)
        {
            var name = reader.GetString()!;
            frame.Property = name;
            throw MeasureJson.Fail(
                Path(frames),
                $"{TextExcerpt.Quote(name)} is not a property of this object; expected {string.Join(", ", allowed.Names.Where(p => p != "$schema"))}.",
                LineOf(utf8Json, reader));
        }

        frame.Property = allowed.Names[index];
        if ((frame.SeenMask & (1 << index)) != 0)
        {
            throw Duplicate(frames, frame.Property, utf8Json, reader);
        }

        frame.SeenMask |= 1 << index;
    }

    private static JsonException Duplicate(List<Frame> frames, string name, ReadOnlySpan<byte> utf8Json, Utf8JsonReader reader)
        => MeasureJson.Fail(Path(frames), $"the property {TextExcerpt.Quote(name)} appears more than once in the same object.", LineOf(utf8Json, reader));

    // Which properties an object may have follows from where it sits: the root, an element of "channels" or
    // "steps", or the value of "reportingSchedule" or "oversight". Anything else is left to the serializer,
    // which refuses an object where a string or number belongs.
    private static PropertySet? AllowedProperties(List<Frame> frames, JsonTokenType tokenType)
    {
        if (tokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        if (frames.Count == 0)
        {
            return RootProperties;
        }

        if (frames.Count == 1)
        {
            return frames[0].Property switch
            {
                "reportingSchedule" => ScheduleProperties,
                "oversight" => OversightProperties,
                _ => null,
            };
        }

        if (frames.Count == 2 && frames[1].IsArray)
        {
            return frames[0].Property switch
            {
                "channels" => ChannelProperties,
                "steps" => StepProperties,
                _ => null,
            };
        }

        return null;
    }

    private static string Path(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (!frame.InValue)
            {
                break;
            }

            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else
            {
                MeasureJson.AppendPropertyToPath(path, frame.Property!);
            }
        }

        return path.ToString();
    }

    private static int LineOf(ReadOnlySpan<byte> utf8Json, Utf8JsonReader reader)
    {
        var end = (int)Math.Min(reader.TokenStartIndex, utf8Json.Length);
        var line = 0;
        foreach (var b in utf8Json.Slice(0, end))
        {
            if (b == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>The property names an object of the format may have, as strings and as UTF-8.</summary>
    private sealed class PropertySet(params string[] names)
    {
        private readonly byte[][] _utf8 = names.Select(n => Encoding.UTF8.GetBytes(n)).ToArray();

        public string[] Names { get; } = names;

        /// <summary>The index of the property name the reader is on, or -1.</summary>
        public int IndexOf(ref Utf8JsonReader reader)
        {
            for (var i = 0; i < _utf8.Length; i++)
            {
                if (reader.ValueTextEquals(_utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private sealed class Frame(bool isArray, PropertySet? allowed)
    {
        public bool IsArray { get; } = isArray;

        public PropertySet? Allowed { get; } = allowed;

        /// <summary>Gets or sets the properties of <see cref="Allowed"/> seen so far, one bit per index.</summary>
        public int SeenMask { get; set; }

        /// <summary>Gets or sets the properties seen so far in an object the format does not describe.</summary>
        public HashSet<string>? Seen { get; set; }

        public string? Property { get; set; }

        public int Index { get; set; } = -1;

        /// <summary>Gets or sets a value indicating whether a property's or element's value is being read (so it is part of the path).</summary>
        public bool InValue { get; set; }
    }
}
