using Participation.Governance.Announcements.Reading;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;
using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Compliance;

/// <summary>
/// Checks whatever a user hands over — a measure in JSON, or the text of announcements and memos — and decides which it
/// is from the content, not from a file name.
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ComplianceChecker
{
    /// <summary>Checks the content of a source.</summary>
    /// <param name="source">The name of the source, for the report and for messages (a path, "-", an upload's name).</param>
    /// <param name="content">
    /// The content: JSON when its first character other than white space or a byte-order mark is <c>{</c> or <c>[</c>,
    /// otherwise the text of announcements and memos.
    /// </param>
    /// <returns>
    /// The report — a text that is not a stakeholder-participation measure (minutes, a procurement notice) is a report
    /// whose document is of kind <see cref="CheckedDocumentKind.Other"/>, never a non-compliant measure —; or a failure
    /// saying why the content cannot be checked: JSON that is not a measure document (the message names the JSON path),
    /// or text without words.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParseOutcome<ComplianceReport> Check(string source, string content)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(content);
        if (IsJson(content))
        {
            return MeasureJson.TryDeserialize(content.TrimStart('\uFEFF'), out Measure? measure, out var error)
                ? ParseOutcome<ComplianceReport>.ForValue(ComplianceReport.ForMeasure(source, measure))
                : ParseOutcome<ComplianceReport>.ForFailure("not a measure document: " + error, -1);
        }

        var documents = AnnouncementReader.Read(content);
        return documents.Count > 0
            ? ParseOutcome<ComplianceReport>.ForValue(ComplianceReport.ForDocuments(source, documents))
            : ParseOutcome<ComplianceReport>.ForFailure("not a measure document: $: the file has no words", -1);
    }

    /// <summary>Whether content is JSON (a measure document, or JSON that is wrong) rather than announcement text.</summary>
    private static bool IsJson(string content)
    {
        foreach (var c in content)
        {
            if (c == '\uFEFF' || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '{' or '[';
        }

        return false;
    }
}
