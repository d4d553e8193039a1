using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Announcements.Compliance;

/// <summary>
/// Writes a <see cref="ComplianceReport"/> as
/// <c>{"file":…,"documents":[{"kind":"measure|announcement|memo|other","verdict":…,"agency":…,"title":…,"issuedOn":"yyyy-MM-dd",
/// "fiscalYearBE":…,"levels":[…],"feedbackChannels":[…],"hasSatisfactionStep":…,"phases":[…],"reportingQuarters":[…],
/// "findings":[{"id":…,"severity":…,"line":…,"location":…,"message":…,"thaiMessage":…}]}]}</c>; with facts, each finding
/// also has <c>"why"</c> and <c>"thaiWhy"</c> and each document
/// <c>"facts":[{"fact":…,"value":…,"line":…,"location":…,"phrase":…,"reading":[…],"readAs":…,"note":…}]</c>. "line" is
/// the line of the text read from the file, "location" where that is in the file as
/// <see cref="CheckedDocument.DescribeLine"/> says it ("12"; "3:12", page 3 line 12, for a PDF); both are null for a
/// measure read from JSON. Whatever naming policy the options use, the shape stays the same.
/// </summary>
/// <remarks>
/// Every figure is derived from the document's <see cref="Measure"/>, so a measure from JSON and the same measure read
/// from an announcement give the same object (but for kind, lines and facts). Reports are output: reading one back is
/// not supported, since a report does not hold the whole measure.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class ComplianceReportJsonConverter : JsonConverter<ComplianceReport>
{
    private static readonly FactReading[] ReadingFlags =
    [
        FactReading.TypingSlip,
        FactReading.DirectionFromHeading,
        FactReading.DirectionFromClauseAbove,
        FactReading.DirectionFromMedium,
        FactReading.ChannelsNotNamed,
        FactReading.PromiseToHear,
        FactReading.FromOcr,
        FactReading.Unreadable,
    ];

    /// <summary>Creates a converter that writes reports without their facts.</summary>
    public ComplianceReportJsonConverter()
    {
    }

    /// <summary>Creates a converter.</summary>
    /// <param name="includeFacts">True to write each document's facts with the line and phrase they were read from.</param>
    public ComplianceReportJsonConverter(bool includeFacts) => IncludeFacts = includeFacts;

    /// <summary>Gets a value indicating whether each document's facts are written.</summary>
    public bool IncludeFacts { get; }

    /// <summary>Not supported: a report is output and does not hold what would be needed to read it back.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type.</param>
    /// <param name="options">The options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override ComplianceReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("A compliance report is written, not read: check the measure or document again instead.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ComplianceReport value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStartObject();
        writer.WriteString("file", value.Source);
        writer.WriteStartArray("documents");
        foreach (var document in value.Documents)
        {
            WriteDocument(writer, document, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteDocument(Utf8JsonWriter writer, CheckedDocument document, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", CamelCaseEnumJsonConverter<CheckedDocumentKind>.GetName(document.Kind));
        writer.WriteString("verdict", CamelCaseEnumJsonConverter<ComplianceVerdict>.GetName(document.Verdict));
        WriteStringOrNull(writer, "agency", document.Agency);
        WriteStringOrNull(writer, "title", document.Title);
        var measure = document.Measure;
        WriteStringOrNull(writer, "issuedOn", (measure?.IssuedOn ?? document.Document?.IssuedOn) is { } date ? LocalDatePattern.Iso.Format(date) : null);
        if (measure?.FiscalYear is { } fiscalYear)
        {
            writer.WriteNumber("fiscalYearBE", fiscalYear.BuddhistYear);
        }
        else
        {
            writer.WriteNull("fiscalYearBE");
        }

        WriteNames(writer, "levels", measure?.Levels ?? []);
        WriteNames(writer, "feedbackChannels", measure?.FeedbackChannels.Select(c => c.Kind).Distinct() ?? []);
        writer.WriteBoolean("hasSatisfactionStep", measure?.HasSatisfactionAssessment ?? false);
        WriteNames(writer, "phases", measure?.Steps.SelectMany(s => s.Phases).Distinct().OrderBy(p => p) ?? Enumerable.Empty<ParticipationPhase>());
        writer.WriteStartArray("reportingQuarters");
        foreach (var quarter in measure?.ReportingSchedule?.Quarters ?? [])
        {
            writer.WriteNumberValue(quarter);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        for (var i = 0; i < document.Findings.Count; i++)
        {
            WriteFinding(writer, document, i);
        }

        writer.WriteEndArray();
        if (IncludeFacts)
        {
            writer.WriteStartArray("facts");
            foreach (var fact in document.Facts)
            {
                writer.WriteStartObject();
                writer.WriteString("fact", CamelCaseEnumJsonConverter<FactKind>.GetName(fact.Kind));
                writer.WriteString("value", fact.Value);
                writer.WriteNumber("line", fact.Line);
                writer.WriteString("location", document.DescribeLine(fact.Line));
                writer.WriteString("phrase", fact.Phrase);
                writer.WriteStartArray("reading");
                foreach (var flag in ReadingFlags)
                {
                    if ((fact.Reading & flag) != 0)
                    {
                        writer.WriteStringValue(CamelCaseEnumJsonConverter<FactReading>.GetName(flag));
                    }
                }

                writer.WriteEndArray();
                WriteStringOrNull(writer, "readAs", fact.ReadAs);
                WriteStringOrNull(writer, "note", fact.Note);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// A finding as <see cref="FindingJsonConverter"/> writes it, with its place in the file beside its line: "line" is
    /// the line of the text read from the file, "location" the same place as a person finds it ("3:12", page 3 line 12,
    /// for a PDF).
    /// </summary>
    /// <summary>A finding with where it is in the file; with the facts, also why it was reported.</summary>
    private void WriteFinding(Utf8JsonWriter writer, CheckedDocument document, int index)
    {
        var finding = document.Findings[index];
        writer.WriteStartObject();
        writer.WriteString("id", finding.Id);
        writer.WriteString("severity", CamelCaseEnumJsonConverter<FindingSeverity>.GetName(finding.Severity));
        if (finding.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }
        else
        {
            writer.WriteNull("line");
        }

        WriteStringOrNull(writer, "location", document.DescribeLine(finding.Line));
        writer.WriteString("message", finding.Message);
        writer.WriteString("thaiMessage", finding.ThaiMessage);
        if (IncludeFacts)
        {
            writer.WriteString("why", document.Reasons[index].English);
            writer.WriteString("thaiWhy", document.Reasons[index].Thai);
        }

        writer.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNames<TEnum>(Utf8JsonWriter writer, string name, IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(CamelCaseEnumJsonConverter<TEnum>.GetName(value));
        }

        writer.WriteEndArray();
    }
}
