using System.Globalization;
using NodaTime;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements;

/// <summary>
/// One announcement (ประกาศ) or memo (บันทึกข้อความ) read from text by <see cref="AnnouncementReader"/>: its parts, its
/// clause tree, the measure an announcement states, and every fact read from it with the line it was read from.
/// </summary>
/// <remarks>
/// <para>
/// Every part that was not in the text is null (or empty for lists). Line numbers are one-based lines of the text
/// that was read, counting LF, CR LF and a lone CR as line ends, as editors do.
/// </para>
/// <para>
/// What the document commits to lives in one place, <see cref="Measure"/>: levels, channels, steps with their phases,
/// reporting schedule, fiscal year, legal bases. <see cref="Facts"/> says where in the text each of those was read.
/// A document is judged by <see cref="Compliance.ComplianceReport"/>, which validates the measure with the model's own
/// rules and places each finding on the line it concerns.
/// </para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class OfficialDocument
{
    internal OfficialDocument()
    {
    }

    /// <summary>Gets what kind of document this is.</summary>
    public DocumentKind Kind { get; internal init; }

    /// <summary>Gets the one-based line on which the document starts.</summary>
    public int FirstLine { get; internal init; }

    /// <summary>Gets the one-based last line that belongs to the document (its last non-blank line).</summary>
    public int LastLine { get; internal init; }

    /// <summary>Gets the issuing agency: for an announcement, the text after "ประกาศ" in its header; null when absent.</summary>
    public string? Agency { get; internal init; }

    /// <summary>Gets the title: the text after "เรื่อง"; null when absent.</summary>
    public string? Title { get; internal init; }

    /// <summary>Gets a memo's originating unit (ส่วนราชการ), or null.</summary>
    public string? Department { get; internal init; }

    /// <summary>Gets a memo's reference number as written (ที่ ๑๒๓/๒๕๖๖ gives "๑๒๓/๒๕๖๖"), or null.</summary>
    public string? ReferenceNumber { get; internal init; }

    /// <summary>Gets whom a memo is addressed to (เรียน …), or null.</summary>
    public string? Addressee { get; internal init; }

    /// <summary>
    /// Gets the document's date: an announcement's "ประกาศ ณ วันที่ …", a memo's "วันที่ …"; null when absent, not a
    /// real date, or read by OCR (whose digits are not to be relied on: the date is then only a fact to check).
    /// </summary>
    public LocalDate? IssuedOn { get; internal init; }

    /// <summary>Gets the signatory's name, from the line in parentheses after the closing, e.g. "นายสมมติ ตัวอย่าง"; or null.</summary>
    public string? Signatory { get; internal init; }

    /// <summary>Gets the line of the signatory's name, or null.</summary>
    public int? SignatoryLine { get; internal init; }

    /// <summary>Gets the signatory's position: the line after the name; or null.</summary>
    public string? Position { get; internal init; }

    /// <summary>Gets the unnumbered text between the title and the first clause, lines joined with spaces; empty when none.</summary>
    public string Opening { get; internal init; } = string.Empty;

    /// <summary>Gets the top-level clauses, each with its nested clauses.</summary>
    public IReadOnlyList<DocumentClause> Clauses { get; internal init; } = [];

    /// <summary>
    /// Gets the measure the announcement states, built from what was read; null for a memo. When the text has no
    /// agency or title, the measure's are "ไม่ระบุหน่วยงาน" (agency not stated) and "ไม่ระบุเรื่อง" (title not stated).
    /// </summary>
    public Measure? Measure { get; internal init; }

    /// <summary>Gets every fact read from the document, in the order of its lines: where each part of <see cref="Measure"/> was read.</summary>
    public IReadOnlyList<DocumentFact> Facts { get; internal init; } = [];

    /// <summary>
    /// Gets the text the document was read from, which says where each of its lines is in the file (page and line for a
    /// PDF); null when the document was read from a bare string.
    /// </summary>
    public DocumentText? SourceText { get; private set; }

    /// <summary>Says where a line of the document is in its file: "12", or "3:12" (page 3, line 12) for a PDF.</summary>
    /// <param name="line">A one-based line of the text the document was read from.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public string DescribeLine(int line)
    {
        Preconditions.CheckArgumentRange(nameof(line), line, 1, int.MaxValue);
        return SourceText?.DescribeLine(line) ?? line.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Returns the kind, agency and title, e.g. "Announcement: สำนักงานเขตตัวอย่าง — มาตรการ…".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Kind}: {Agency ?? Department ?? "?"} — {Title ?? "?"}";

    /// <summary>The same document, known to have been read from <paramref name="source"/>.</summary>
    internal OfficialDocument WithSourceText(DocumentText source)
    {
        var copy = (OfficialDocument)MemberwiseClone();
        copy.SourceText = source;
        return copy;
    }
}
