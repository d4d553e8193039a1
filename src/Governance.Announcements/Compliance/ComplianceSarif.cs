using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Participation.Governance.Measures;
using Participation.Governance.Rules;

namespace Participation.Governance.Announcements.Compliance;

/// <summary>
/// Writes compliance reports as a SARIF 2.1.0 log, so that CI code scanning shows each finding on the document and line
/// it concerns: one run of the tool "governance", one result per finding with its rule, level, message (English, the
/// Thai message beside it in the result's properties) and location.
/// </summary>
/// <remarks>
/// Sources become artifact URIs relative to the current directory when they lie under it (percent-encoded, so Thai file
/// names are valid URI references), and <c>file:</c> URIs otherwise. A finding with no line (a measure read from JSON)
/// points at the file alone. Info findings are SARIF notes; warnings and errors keep their level.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ComplianceSarif
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai);

    private static readonly (string Id, string Name, string Title, string Description, FindingSeverity Level)[] Rules =
    [
        (GovernanceRuleText.NoFeedbackChannelId, "NoFeedbackChannel", GovernanceRuleText.NoFeedbackChannelTitle, GovernanceRuleText.NoFeedbackChannelMessage, FindingSeverity.Warning),
        (GovernanceRuleText.NoSatisfactionAssessmentId, "NoSatisfactionAssessment", GovernanceRuleText.NoSatisfactionAssessmentTitle, GovernanceRuleText.NoSatisfactionAssessmentMessage, FindingSeverity.Warning),
        (GovernanceRuleText.NoReportDueInFiscalYearId, "NoReportDueInFiscalYear", GovernanceRuleText.NoReportDueInFiscalYearTitle, string.Format(System.Globalization.CultureInfo.InvariantCulture, GovernanceRuleText.NoReportDueInFiscalYearMessage, "N"), FindingSeverity.Warning),
        (GovernanceRuleText.UnnamedFeedbackChannelsId, "UnnamedFeedbackChannels", GovernanceRuleText.UnnamedFeedbackChannelsTitle, GovernanceRuleText.UnnamedFeedbackChannelsMessage, FindingSeverity.Info),
    ];

    /// <summary>Writes reports as a SARIF log.</summary>
    /// <param name="reports">The reports, one per source, in the order they are to appear.</param>
    /// <param name="indented">True to indent for people.</param>
    /// <returns>The SARIF JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of its elements is null.</exception>
    public static string Serialize(IEnumerable<ComplianceReport> reports, bool indented = false)
    {
        Preconditions.CheckNotNull(reports);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder, Indented = indented }))
        {
            Write(writer, reports);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes reports as a SARIF log to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="reports">The reports.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="reports"/>, is null.</exception>
    public static void Write(Utf8JsonWriter writer, IEnumerable<ComplianceReport> reports)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(reports);
        writer.WriteStartObject();
        writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer);
        writer.WriteStartArray("results");
        foreach (var report in reports)
        {
            Preconditions.CheckNotNull(report, nameof(reports));
            var uri = ToUri(report.Source);
            foreach (var document in report.Documents)
            {
                foreach (var finding in document.Findings)
                {
                    WriteResult(writer, finding, uri);
                }
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A source name as a URI reference: relative (and percent-encoded) under the current directory, else a file URI.</summary>
    internal static string ToUri(string source)
    {
        if (source == "-")
        {
            return "stdin";
        }

        string full;
        try
        {
            full = Path.GetFullPath(source);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Escape(source.Replace('\\', '/'));
        }

        var current = Path.GetFullPath(Directory.GetCurrentDirectory()).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (full.StartsWith(current, StringComparison.Ordinal))
        {
            return Escape(full.Substring(current.Length).Replace(Path.DirectorySeparatorChar, '/'));
        }

        var path = full.Replace(Path.DirectorySeparatorChar, '/');
        return "file://" + (path.StartsWith("/", StringComparison.Ordinal) ? string.Empty : "/") + Escape(path);
    }

    private static string Escape(string path) => string.Join("/", path.Split('/').Select(segment => segment.EndsWith(":", StringComparison.Ordinal) && segment.Length == 2 ? segment : Uri.EscapeDataString(segment)));

    private static void WriteTool(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "governance");
        writer.WriteString("informationUri", GovernanceRepository.Url);
        var version = typeof(ComplianceSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (version is not null)
        {
            writer.WriteString("semanticVersion", version.Split('+')[0]);
        }

        writer.WriteStartArray("rules");
        foreach (var rule in Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", rule.Name);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", rule.Description);
            writer.WriteEndObject();
            writer.WriteString("helpUri", GovernanceRuleText.HelpLink(rule.Id));
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.Level));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Finding finding, string uri)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.Id);
        var index = Array.FindIndex(Rules, r => r.Id == finding.Id);
        if (index >= 0)
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", Level(finding.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri);
        writer.WriteEndObject();
        if (finding.Line is { } line)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", line);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteString("thaiMessage", finding.ThaiMessage);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "note",
        FindingSeverity.Warning => "warning",
        _ => "error",
    };
}
