using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Participation.Governance.Announcements.Compliance;

/// <summary>Writes <see cref="ComplianceReport"/>s as JSON, in the shape <see cref="ComplianceReportJsonConverter"/> describes.</summary>
/// <remarks>Thai text is written as is, not as <c>\u</c> escapes; characters that are unsafe in HTML are still escaped.</remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ComplianceReportJson
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai);
    private static readonly ComplianceReportJsonConverter WithoutFacts = new(includeFacts: false);
    private static readonly ComplianceReportJsonConverter WithFacts = new(includeFacts: true);
    private static readonly JsonSerializerOptions Options = new();

    /// <summary>Writes a report as one line of JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="includeFacts">True to write each document's facts with the line and phrase they were read from.</param>
    /// <param name="indented">True to indent for people.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(ComplianceReport report, bool includeFacts = false, bool indented = false)
    {
        Preconditions.CheckNotNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder, Indented = indented }))
        {
            Write(writer, report, includeFacts);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes a report to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    /// <param name="includeFacts">True to write each document's facts with the line and phrase they were read from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ComplianceReport report, bool includeFacts = false)
        => (includeFacts ? WithFacts : WithoutFacts).Write(Preconditions.CheckNotNull(writer), Preconditions.CheckNotNull(report), Options);
}
