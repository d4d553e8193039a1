using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Text;

namespace Participation.Governance.Serialization;

/// <summary>Reads and writes a <see cref="Measure"/> as JSON (the format <c>docs/measure.schema.json</c> describes).</summary>
/// <remarks>
/// <para>
/// The document is an object with <c>schemaVersion</c> (<see cref="SchemaVersion"/>), <c>agency</c> and <c>title</c>
/// required, and optional <c>issuedOn</c> ("yyyy-MM-dd"), <c>fiscalYear</c> (the Buddhist-Era number), <c>legalBases</c>,
/// <c>levels</c>, <c>stakeholderGroups</c>, <c>channels</c>, <c>steps</c>, <c>reportingSchedule</c> (<c>{"quarters":[2,4]}</c>)
/// and <c>oversight</c> (<c>{"minimumTimesPerFiscalYear":2}</c>). Enum values are camelCase strings ("suggestionBox").
/// A channel's <c>direction</c> defaults to "inbound".
/// </para>
/// <para>
/// Reading is strict: malformed JSON, a wrong type, an unknown enum value or property, a missing required property,
/// a property given twice, an explicit null, nesting deeper than <see cref="MaxDepth"/>, an array longer than
/// <see cref="MaxArrayLength"/>, a string or property name that is not Unicode (bytes that are not UTF-8, half of a
/// surrogate pair, escaped or not) or a document longer than <see cref="MaxDocumentLength"/> bytes throws a
/// <see cref="JsonException"/> whose message starts with the JSON path (e.g. <c>$.channels[2].kind: …</c>) and whose
/// <see cref="JsonException.Path"/> is set; no partly read measure escapes. A well-formed document describing a
/// non-compliant measure is returned: call <see cref="Measure.Validate"/> for its findings. Every overload skips a
/// leading byte-order mark. Messages quote the document's text at most a short, escaped excerpt at a time.
/// </para>
/// <para>
/// Whatever is read can be written and read back to an equal measure: a document whose measure would take more than
/// <see cref="MaxDocumentLength"/> bytes once written in this library's compact form (characters such as <c>&lt;</c> or
/// an emoji are written as <c>\u</c> escapes, and absent collections as <c>[]</c>) is refused when read.
/// </para>
/// <para>
/// Writing is deterministic: the same measure always gives the same text, properties in schema order, absent
/// optional values left out, collections always written. Thai text is written as is, not as \u escapes.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class MeasureJson
{
    /// <summary>The <c>schemaVersion</c> this library writes and reads: 1.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The deepest nesting accepted: 8 levels (the format itself needs 4).</summary>
    public const int MaxDepth = 8;

    /// <summary>The most elements accepted in any one array: 1000.</summary>
    public const int MaxArrayLength = 1000;

    /// <summary>The longest document accepted, in UTF-8 bytes: 4 MiB.</summary>
    public const int MaxDocumentLength = 4 * 1024 * 1024;

    /// <summary>The most characters of a System.Text.Json message repeated in ours.</summary>
    private const int MaxReasonLength = 300;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai);
    private static readonly JsonWriterOptions Compact = new() { Encoder = Encoder };
    private static readonly JsonWriterOptions Indented = new() { Encoder = Encoder, Indented = true };

    /// <summary>Writes a measure as JSON text.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="indented">True to indent for people; false (the default) for the compact form.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public static string Serialize(Measure measure, bool indented = false)
    {
        var bytes = SerializeToUtf8Bytes(measure, indented);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Writes a measure as UTF-8 JSON.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="indented">True to indent for people; false (the default) for the compact form.</param>
    /// <returns>The UTF-8 bytes of the JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(Measure measure, bool indented = false)
    {
        Preconditions.CheckNotNull(measure);
        using var buffer = new MemoryStream();
        Serialize(buffer, measure, indented);
        return buffer.ToArray();
    }

    /// <summary>Writes a measure as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="indented">True to indent for people; false (the default) for the compact form.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="measure"/> is null.</exception>
    public static void Serialize(Stream utf8Json, Measure measure, bool indented = false)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(measure);
        using var writer = new Utf8JsonWriter(utf8Json, indented ? Indented : Compact);
        Write(writer, measure);
    }

    /// <summary>Writes a measure to a JSON writer, using the writer's own formatting options.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="measure">The measure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="measure"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, Measure measure)
    {
        Preconditions.CheckNotNull(writer);
        JsonSerializer.Serialize(writer, ToDocument(Preconditions.CheckNotNull(measure)), MeasureJsonContext.Default.MeasureDocument);
        writer.Flush();
    }

    /// <summary>Reads a measure from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The measure (possibly non-compliant: see <see cref="Measure.Validate"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid measure document; the message starts with the JSON path.</exception>
    public static Measure Deserialize(string json)
    {
        Preconditions.CheckNotNull(json);
        if (json.Length > MaxDocumentLength)
        {
            throw TooLong(json.Length, "characters");
        }

        return Deserialize(ToUtf8(json));
    }

    /// <summary>Reads a measure from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of the JSON text (a leading byte-order mark is skipped).</param>
    /// <returns>The measure (possibly non-compliant: see <see cref="Measure.Validate"/>).</returns>
    /// <exception cref="JsonException">The input is not a valid measure document; the message starts with the JSON path.</exception>
    public static Measure Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        if (utf8Json.Length > MaxDocumentLength)
        {
            throw TooLong(utf8Json.Length, "bytes");
        }

        MeasureJsonGuard.Check(utf8Json);
        MeasureDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, MeasureJsonContext.Default.MeasureDocument);
        }
        catch (JsonException e)
        {
            throw Fail(e.Path ?? "$", Reword(e.Message), e.LineNumber, e);
        }

        var measure = ToMeasure(document!);
        CheckWritable(measure, utf8Json.Length);
        return measure;
    }

    /// <summary>Reads a measure from a stream of UTF-8 JSON (a leading byte-order mark is skipped).</summary>
    /// <param name="utf8Json">The stream; it is read to its end and left open.</param>
    /// <returns>The measure (possibly non-compliant: see <see cref="Measure.Validate"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The input is not a valid measure document; the message starts with the JSON path.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static Measure Deserialize(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxDocumentLength + 3)
            {
                throw TooLong(buffer.Length + read, "bytes or more");
            }

            buffer.Write(chunk, 0, read);
        }

        return Deserialize(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Reads a measure from JSON text without throwing on bad input.</summary>
    /// <param name="json">The JSON text, or null.</param>
    /// <param name="measure">The measure, when the text is a valid measure document; otherwise null.</param>
    /// <param name="error">Why the text is not a valid measure document (starting with the JSON path); null on success.</param>
    /// <returns>True when a measure was read.</returns>
    public static bool TryDeserialize(string? json, [NotNullWhen(true)] out Measure? measure, [NotNullWhen(false)] out string? error)
    {
        if (json is null)
        {
            measure = null;
            error = "$: there is no JSON text (null).";
            return false;
        }

        try
        {
            measure = Deserialize(json);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            measure = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Builds the exception for a problem at a path: the message starts with the path.</summary>
    internal static JsonException Fail(string path, string reason, long? lineNumber, Exception? inner = null)
    {
        var message = lineNumber is { } line
            ? FormattableString.Invariant($"{path}: {reason} (line {line + 1})")
            : path + ": " + reason;
        return new JsonException(message, path, lineNumber, null, inner);
    }

    /// <summary>
    /// Appends <c>.name</c>, or <c>['name']</c> when the name is not a plain identifier, to a JSON path; a long name is
    /// cut and control and bidi characters are escaped, so the path stays one short line.
    /// </summary>
    internal static void AppendPropertyToPath(StringBuilder path, string name)
    {
        if (name.Length is > 0 and <= TextExcerpt.MaxLength && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '$'))
        {
            path.Append('.').Append(name);
        }
        else
        {
            path.Append("['").Append(TextExcerpt.AppendExcerpt(new StringBuilder(), name.AsSpan()).Replace("'", "\\'")).Append("']");
        }
    }

    /// <summary>
    /// Rewords a System.Text.Json message for a person reading the document: drops the " Path: … | LineNumber: …"
    /// or " LineNumber: …" tail (Fail puts the path in front and the line behind), and names the expected JSON type
    /// instead of an internal .NET type.
    /// </summary>
    internal static string Reword(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        // System.Text.Json quotes the bytes it could not read (an invalid literal, a control character) as they are:
        // escape them and keep the message short, like every other message of this library.
        var reason = TextExcerpt.AppendExcerpt(new StringBuilder(), (at < 0 ? message : message.Substring(0, at)).AsSpan(), MaxReasonLength).ToString();
        const string CouldNotConvert = "The JSON value could not be converted to ";
        if (reason.StartsWith(CouldNotConvert, StringComparison.Ordinal))
        {
            var type = reason.Substring(CouldNotConvert.Length).TrimEnd('.');
            reason = "expected " + JsonKindOf(type) + ", but found a value of another type.";
        }

        return reason;
    }

    private static string JsonKindOf(string dotNetType)
    {
        if (dotNetType.EndsWith("[]", StringComparison.Ordinal))
        {
            return "an array";
        }

        if (dotNetType.Contains("String"))
        {
            return "a string";
        }

        return dotNetType.Contains("Int32") ? "an integer" : "an object";
    }

    /// <summary>
    /// UTF-8 of the JSON text, keeping a lone surrogate visible as its three-byte form (which is not UTF-8) instead of
    /// letting the encoder turn it into U+FFFD: the guard then refuses it with its path rather than reading a changed text.
    /// </summary>
    private static byte[] ToUtf8(string json)
    {
        var firstSurrogate = IndexOfSurrogate(json);
        if (firstSurrogate < 0)
        {
            return Encoding.UTF8.GetBytes(json);
        }

        using var buffer = new MemoryStream(json.Length * 3);
        var start = 0;
        for (var i = firstSurrogate; i < json.Length; i++)
        {
            var c = json[i];
            if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                var text = Encoding.UTF8.GetBytes(json.Substring(start, i - start));
                buffer.Write(text, 0, text.Length);
                buffer.WriteByte((byte)(0xE0 | (c >> 12)));
                buffer.WriteByte((byte)(0x80 | ((c >> 6) & 0x3F)));
                buffer.WriteByte((byte)(0x80 | (c & 0x3F)));
                start = i + 1;
            }
        }

        var rest = Encoding.UTF8.GetBytes(json.Substring(start));
        buffer.Write(rest, 0, rest.Length);
        return buffer.ToArray();
    }

    private static int IndexOfSurrogate(string text)
    {
#if NET8_0_OR_GREATER
        return text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
#endif
    }

    /// <summary>
    /// Refuses a measure that could not be read back once written: its compact JSON would pass the size cap. Written
    /// text is at most six times its read form plus a little per element (escapes, collections written as []), so only a
    /// document past an eighth of the cap can get there, and only such a document pays for measuring.
    /// </summary>
    private static void CheckWritable(Measure measure, int readLength)
    {
        if (readLength <= MaxDocumentLength / 8)
        {
            return;
        }

        using var counter = new CountingStream();
        Serialize(counter, measure);
        if (counter.Length > MaxDocumentLength)
        {
            throw Fail("$", FormattableString.Invariant($"written back in this library's compact form the measure would take {counter.Length} bytes, more than the {MaxDocumentLength} a measure document may have (characters outside Thai and ASCII, and <, >, & and quotes, are written as six-byte \\u escapes)."), null);
        }
    }

    private static JsonException TooLong(long length, string unit)
        => Fail("$", FormattableString.Invariant($"the document is {length} {unit} long; a measure document may be at most {MaxDocumentLength} bytes."), null);

    private static MeasureDocument ToDocument(Measure measure) => new()
    {
        SchemaVersion = SchemaVersion,
        Agency = measure.Agency,
        Title = measure.Title,
        IssuedOn = measure.IssuedOn,
        FiscalYear = measure.FiscalYear,
        LegalBases = [.. measure.LegalBases],
        Levels = [.. measure.Levels],
        StakeholderGroups = [.. measure.StakeholderGroups],
        Channels = measure.Channels.Select(c => new ChannelDocument { Kind = c.Kind, Direction = c.Direction, Detail = c.Detail }).ToArray(),
        Steps = measure.Steps.Select(s => new StepDocument
        {
            Kind = s.Kind,
            Description = s.Description,
            Phases = [.. s.Phases],
            ResponsibleUnits = [.. s.ResponsibleUnits],
        }).ToArray(),
        ReportingSchedule = measure.ReportingSchedule is { } schedule ? new ReportingScheduleDocument { Quarters = [.. schedule.Quarters] } : null,
        Oversight = measure.Oversight is { } oversight ? new OversightDocument { MinimumTimesPerFiscalYear = oversight.MinimumTimesPerFiscalYear } : null,
    };

    private static Measure ToMeasure(MeasureDocument document)
    {
        if (document.SchemaVersion is not { } version)
        {
            throw Fail("$", "the required property \"schemaVersion\" is missing.", null);
        }

        if (version != SchemaVersion)
        {
            throw Fail("$.schemaVersion", FormattableString.Invariant($"schema version {version} is not supported; this library reads version {SchemaVersion}."), null);
        }

        var channels = new FeedbackChannel[document.Channels?.Length ?? 0];
        for (var i = 0; i < channels.Length; i++)
        {
            var channel = document.Channels![i];
            var kind = channel.Kind ?? throw Missing($"$.channels[{i}]", "kind");
            channels[i] = new FeedbackChannel(kind, channel.Direction ?? ChannelDirection.Inbound, channel.Detail);
        }

        var steps = new MeasureStep[document.Steps?.Length ?? 0];
        for (var i = 0; i < steps.Length; i++)
        {
            var step = document.Steps![i];
            var path = $"$.steps[{i}]";
            var kind = step.Kind ?? throw Missing(path, "kind");
            var description = RequiredText(step.Description, path, "description");
            steps[i] = new MeasureStep(kind, description)
            {
                Phases = step.Phases ?? [],
                ResponsibleUnits = step.ResponsibleUnits ?? [],
            };
        }

        return new Measure(RequiredText(document.Agency, "$", "agency"), RequiredText(document.Title, "$", "title"), channels, steps)
        {
            IssuedOn = document.IssuedOn,
            FiscalYear = document.FiscalYear,
            LegalBases = document.LegalBases ?? [],
            Levels = document.Levels ?? [],
            StakeholderGroups = document.StakeholderGroups ?? [],
            ReportingSchedule = document.ReportingSchedule is { } schedule ? ToReportingSchedule(schedule) : null,
            Oversight = document.Oversight is { } oversight ? ToOversightRule(oversight) : null,
        };
    }

    private static ReportingSchedule ToReportingSchedule(ReportingScheduleDocument schedule)
    {
        var quarters = schedule.Quarters ?? throw Missing("$.reportingSchedule", "quarters");
        if (quarters.Length == 0)
        {
            throw Fail("$.reportingSchedule.quarters", "a reporting schedule needs at least one quarter (1–4).", null);
        }

        for (var i = 0; i < quarters.Length; i++)
        {
            if (quarters[i] is < 1 or > 4)
            {
                throw Fail(
                    FormattableString.Invariant($"$.reportingSchedule.quarters[{i}]"),
                    FormattableString.Invariant($"{quarters[i]} is not a fiscal quarter: expected 1 to 4."),
                    null);
            }
        }

        return ReportingSchedule.ForQuarters(quarters);
    }

    private static OversightRule ToOversightRule(OversightDocument oversight)
    {
        var times = oversight.MinimumTimesPerFiscalYear ?? throw Missing("$.oversight", "minimumTimesPerFiscalYear");
        if (times is < 1 or > OversightRule.MaxTimesPerFiscalYear)
        {
            throw Fail(
                "$.oversight.minimumTimesPerFiscalYear",
                FormattableString.Invariant($"{times} is out of range: oversight is required 1 to {OversightRule.MaxTimesPerFiscalYear} times per fiscal year."),
                null);
        }

        return OversightRule.AtLeast(times);
    }

    private static string RequiredText(string? value, string objectPath, string property)
    {
        if (value is null)
        {
            throw Missing(objectPath, property);
        }

        if (value.Trim().Length == 0)
        {
            throw Fail(objectPath + "." + property, "must not be empty or white space.", null);
        }

        return value;
    }

    private static JsonException Missing(string objectPath, string property)
        => Fail(objectPath, $"the required property \"{property}\" is missing.", null);
}
