using System.Text.Json.Serialization;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Compliance;

/// <summary>
/// What a compliance check says about one source (a file, an upload): the documents found in it — a JSON file holds one
/// measure; a text may hold a memo and the announcement it submits — each with its verdict and findings.
/// </summary>
/// <remarks>
/// <para>
/// A report is built the same way whatever the source: <see cref="ForMeasure"/> for a measure read from JSON or built
/// in code, <see cref="ForDocuments"/> for documents read from text; <see cref="ComplianceChecker"/> decides which from
/// the content. Either way each measure is validated once, by <see cref="Measure.Validate"/>.
/// </para>
/// <para>
/// <see cref="ComplianceReportJson"/> writes a report as JSON (each finding with its English and Thai message); the
/// type is annotated with <see cref="ComplianceReportJsonConverter"/>, so any <c>JsonSerializer</c> call writes the
/// same shape.
/// </para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
[JsonConverter(typeof(ComplianceReportJsonConverter))]
public sealed class ComplianceReport
{
    private ComplianceReport(string source, IReadOnlyList<CheckedDocument> documents)
    {
        Source = source;
        Documents = documents;
    }

    /// <summary>Gets the name of the source, as the caller gave it (a file path, "-" for standard input, an upload's name).</summary>
    public string Source { get; }

    /// <summary>Gets the documents found in the source, in order.</summary>
    public IReadOnlyList<CheckedDocument> Documents { get; }

    /// <summary>Gets a value indicating whether some document has a finding of severity warning or error.</summary>
    public bool HasBlockingFindings => Documents.Any(d => d.Verdict == ComplianceVerdict.NotCompliant);

    /// <summary>Gets a value indicating whether some document states a measure (is not a memo or something else).</summary>
    public bool HasMeasure => Documents.Any(d => d.Measure is not null);

    /// <summary>Checks a measure.</summary>
    /// <param name="source">The name of the source the measure came from.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>A report with one document of kind <see cref="CheckedDocumentKind.Measure"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ComplianceReport ForMeasure(string source, Measure measure)
        => new(Preconditions.CheckNotNull(source), [CheckedDocument.ForMeasure(measure)]);

    /// <summary>Checks documents read from text.</summary>
    /// <param name="source">The name of the source the documents came from.</param>
    /// <param name="documents">The documents, in order.</param>
    /// <returns>A report with one checked document per document.</returns>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="documents"/>, is null.</exception>
    public static ComplianceReport ForDocuments(string source, IEnumerable<OfficialDocument> documents)
        => new(Preconditions.CheckNotNull(source), Array.AsReadOnly(Preconditions.CheckNotNull(documents).Select(CheckedDocument.ForDocument).ToArray()));

    /// <summary>Returns the source and the number of documents, e.g. "ประกาศ.txt: 2 documents".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Source}: {Documents.Count} document{(Documents.Count == 1 ? string.Empty : "s")}";
}
