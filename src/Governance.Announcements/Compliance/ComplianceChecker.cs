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
    /// <summary>Checks a file's content, whatever its format: PDF, Word, or text in any encoding Thai tools write.</summary>
    /// <param name="source">The name of the source, for the report and for messages (a path, "-", an upload's name).</param>
    /// <param name="content">The content, read from its current position to its end and left open.</param>
    /// <param name="maxBytes">The most to read; a longer stream is a failure.</param>
    /// <returns>
    /// The report, whose findings say where they are in the file (page and line for a PDF); or a failure saying why the
    /// content cannot be read (<see cref="DocumentTextReader"/>) or checked (<see cref="Check(string, string)"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseOutcome<ComplianceReport> Check(string source, Stream content, int maxBytes)
    {
        Preconditions.CheckNotNull(source);
        var text = DocumentTextReader.Read(Preconditions.CheckNotNull(content), maxBytes);
        return text.Success ? Check(source, text.Value) : text.ConvertError<ComplianceReport>();
    }

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
        => Check(source, new DocumentText(Preconditions.CheckNotNull(content), SourceFormat.PlainText));

    /// <summary>Checks the text of a file, as <see cref="DocumentTextReader"/> read it.</summary>
    /// <param name="source">The name of the source, for the report and for messages (a path, "-", an upload's name).</param>
    /// <param name="text">
    /// The text: a measure in JSON when it comes from a text file whose first character other than white space or a
    /// byte-order mark is <c>{</c> or <c>[</c>, otherwise announcements and memos.
    /// </param>
    /// <returns>The report, as <see cref="Check(string, string)"/> describes it, its findings located in the file.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParseOutcome<ComplianceReport> Check(string source, DocumentText text)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(text);
        var content = text.Text;
        if (text.Format == SourceFormat.PlainText && IsJson(content))
        {
            return MeasureJson.TryDeserialize(content.TrimStart('\uFEFF'), out Measure? measure, out var error)
                ? ParseOutcome<ComplianceReport>.ForValue(ComplianceReport.ForMeasure(source, measure))
                : ParseOutcome<ComplianceReport>.ForFailure("not a measure document: " + error, -1);
        }

        var documents = AnnouncementReader.Read(text);
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
