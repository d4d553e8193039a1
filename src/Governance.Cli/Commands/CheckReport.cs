using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using Participation.Governance.Measures;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// What <c>governance check</c> reports about one file: the documents found in it (a JSON file holds one measure;
/// an announcement file may hold a memo and an announcement) with their findings. Every kind of input fills this
/// one shape, so text and <c>--json</c> output look the same whatever was checked.
/// </summary>
internal sealed class CheckReport(string file, IReadOnlyList<CheckedDocument> documents)
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Thai stays readable in the output; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai),
    };

    /// <summary>Gets the file as named on the command line.</summary>
    public string File { get; } = file;

    /// <summary>Gets the documents found in the file.</summary>
    public IReadOnlyList<CheckedDocument> Documents { get; } = documents;

    /// <summary>Gets a value indicating whether some document has a finding of severity warning or error.</summary>
    public bool HasBlockingFindings => Documents.Any(d => d.Findings.Any(f => f.IsBlocking));

    /// <summary>
    /// Writes the report for people: one line per finding, <c>FILE[:LINE]: GOV002 warning: message</c>, then a verdict
    /// line per document.
    /// </summary>
    public void WriteText(TextWriter output)
    {
        foreach (var document in Documents)
        {
            foreach (var finding in document.Findings)
            {
                var place = finding.Line is { } line ? File + ":" + line.ToString(CultureInfo.InvariantCulture) : File;
                output.WriteLine($"{place}: {finding}");
            }

            var blocking = document.Findings.Count(f => f.IsBlocking);
            // A memo (บันทึกข้อความ) only asks for approval; the measure is in the announcement that follows it.
            var verdict = document.Kind == "memo" && blocking == 0
                ? "a memo, no measure to check"
                : blocking == 0
                ? "compliant"
                : string.Create(CultureInfo.InvariantCulture, $"not compliant ({blocking} {(blocking == 1 ? "finding" : "findings")})");
            output.WriteLine($"{File}: {document.Kind} \"{document.Title}\" ({document.Agency}): {verdict}");
        }
    }

    /// <summary>
    /// Writes the report as one line of JSON in the shape DESIGN.md gives:
    /// <c>{"file":…,"documents":[{"kind":…,"agency":…,"title":…,"issuedOn":…,"fiscalYearBE":…,"levels":[…],
    /// "feedbackChannels":[…],"hasSatisfactionStep":…,"phases":[…],"reportingQuarters":[…],"findings":[{"id":…,
    /// "severity":…,"line":…,"message":…}]}]}</c>.
    /// </summary>
    public void WriteJson(TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("file", File);
            writer.WriteStartArray("documents");
            foreach (var document in Documents)
            {
                document.WriteJson(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}

/// <summary>One checked document: what was found in it (keys as in corpus/expected.json) and its findings.</summary>
internal sealed class CheckedDocument
{
    /// <summary>Gets the kind of document: "measure", "announcement" or "memo".</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the issuing agency.</summary>
    public required string Agency { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the issue date, when known.</summary>
    public LocalDate? IssuedOn { get; init; }

    /// <summary>Gets the fiscal year (BE), when known.</summary>
    public int? FiscalYearBE { get; init; }

    /// <summary>Gets the participation levels offered.</summary>
    public IReadOnlyList<ParticipationLevel> Levels { get; init; } = [];

    /// <summary>Gets the kinds of the inbound (feedback) channels, each once, in order of first appearance.</summary>
    public IReadOnlyList<ChannelKind> FeedbackChannels { get; init; } = [];

    /// <summary>Gets a value indicating whether there is a satisfaction-assessment step.</summary>
    public bool HasSatisfactionStep { get; init; }

    /// <summary>Gets the phases the steps cover, each once, in the order of the work.</summary>
    public IReadOnlyList<ParticipationPhase> Phases { get; init; } = [];

    /// <summary>Gets the quarters in which reports fall due.</summary>
    public IReadOnlyList<int> ReportingQuarters { get; init; } = [];

    /// <summary>Gets the findings.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Describes a measure and its findings.</summary>
    public static CheckedDocument FromMeasure(Measure measure) => new()
    {
        Kind = "measure",
        Agency = measure.Agency,
        Title = measure.Title,
        IssuedOn = measure.IssuedOn,
        FiscalYearBE = measure.FiscalYear?.BuddhistYear,
        Levels = measure.Levels,
        FeedbackChannels = measure.FeedbackChannels.Select(c => c.Kind).Distinct().ToList(),
        HasSatisfactionStep = measure.HasSatisfactionAssessment,
        Phases = measure.Steps.SelectMany(s => s.Phases).Distinct().Order().ToList(),
        ReportingQuarters = measure.ReportingSchedule?.Quarters ?? [],
        Findings = measure.Validate(),
    };

    /// <summary>Writes this document as a JSON object.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", Kind);
        writer.WriteString("agency", Agency);
        writer.WriteString("title", Title);
        if (IssuedOn is { } issuedOn)
        {
            writer.WriteString("issuedOn", issuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("issuedOn");
        }

        if (FiscalYearBE is { } fiscalYear)
        {
            writer.WriteNumber("fiscalYearBE", fiscalYear);
        }
        else
        {
            writer.WriteNull("fiscalYearBE");
        }

        WriteNames(writer, "levels", Levels);
        WriteNames(writer, "feedbackChannels", FeedbackChannels);
        writer.WriteBoolean("hasSatisfactionStep", HasSatisfactionStep);
        WriteNames(writer, "phases", Phases);
        writer.WriteStartArray("reportingQuarters");
        foreach (var quarter in ReportingQuarters)
        {
            writer.WriteNumberValue(quarter);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var finding in Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("id", finding.Id);
            writer.WriteString("severity", CamelCase(finding.Severity.ToString()));
            if (finding.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }
            else
            {
                writer.WriteNull("line");
            }

            writer.WriteString("message", finding.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNames<TEnum>(Utf8JsonWriter writer, string name, IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(CamelCase(value.ToString()));
        }

        writer.WriteEndArray();
    }

    // The JSON names of the model's enums are their camelCase names, as in the measure format and corpus/expected.json.
    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
