using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements;

/// <summary>
/// One announcement (ประกาศ) or memo (บันทึกข้อความ) read from text by <see cref="AnnouncementReader"/>: its parts,
/// its clause tree, what the clauses commit to, and, for an announcement, the measure and its compliance findings.
/// </summary>
/// <remarks>
/// <para>
/// Every part that was not in the text is null (or empty for lists). Line numbers are one-based lines of the text
/// that was read, counting LF, CR LF and a lone CR as line ends, as editors do.
/// </para>
/// <para>
/// The recognised content (<see cref="Levels"/>, <see cref="Channels"/>, <see cref="HasSatisfactionStep"/>,
/// <see cref="Phases"/>, <see cref="ReportingQuarters"/>, <see cref="LegalBases"/>, <see cref="FiscalYear"/>) is found
/// for both kinds of document. For an announcement it is also assembled into <see cref="Measure"/>, which is
/// checked with the model's own rules (<see cref="Measure.Validate"/>); each finding in <see cref="Findings"/>
/// carries the line it applies to: the clause that causes it, or the title line when something is missing.
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

    /// <summary>Gets the line of the header that names the agency, or null.</summary>
    public int? AgencyLine { get; internal init; }

    /// <summary>Gets the title: the text after "เรื่อง"; null when absent.</summary>
    public string? Title { get; internal init; }

    /// <summary>Gets the line of the title, or null.</summary>
    public int? TitleLine { get; internal init; }

    /// <summary>Gets a memo's originating unit (ส่วนราชการ), or null.</summary>
    public string? Department { get; internal init; }

    /// <summary>Gets a memo's reference number as written (ที่ ๑๒๓/๒๕๖๖ gives "๑๒๓/๒๕๖๖"), or null.</summary>
    public string? ReferenceNumber { get; internal init; }

    /// <summary>Gets whom a memo is addressed to (เรียน …), or null.</summary>
    public string? Addressee { get; internal init; }

    /// <summary>
    /// Gets the document's date: an announcement's "ประกาศ ณ วันที่ …", a memo's "วันที่ …"; null when absent or not a
    /// real date.
    /// </summary>
    public LocalDate? IssuedOn { get; internal init; }

    /// <summary>Gets the line the date was read from, or null.</summary>
    public int? IssuedOnLine { get; internal init; }

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

    /// <summary>Gets the participation levels named anywhere in the opening or the clauses, each once, ascending.</summary>
    public IReadOnlyList<ParticipationLevel> Levels { get; internal init; } = [];

    /// <summary>Gets the channels found in the clauses, inbound and outbound, each kind and direction once, in document order.</summary>
    public IReadOnlyList<FeedbackChannel> Channels { get; internal init; } = [];

    /// <summary>Gets the inbound channels: the feedback channels.</summary>
    public IEnumerable<FeedbackChannel> FeedbackChannels => Channels.Where(c => c.IsInbound);

    /// <summary>Gets a value indicating whether a clause commits to assessing satisfaction (ประเมิน/สำรวจความพึงพอใจ …).</summary>
    public bool HasSatisfactionStep { get; internal init; }

    /// <summary>Gets the phases of the work named in the clauses (ก่อนวางแผน, ระหว่างดำเนินงาน, หลังดำเนินงาน), each once, in order.</summary>
    public IReadOnlyList<ParticipationPhase> Phases { get; internal init; } = [];

    /// <summary>Gets the fiscal quarters in which results are reported (ไตรมาสที่ ๒ และไตรมาสที่ ๔ gives 2 and 4), ascending.</summary>
    public IReadOnlyList<int> ReportingQuarters { get; internal init; } = [];

    /// <summary>Gets the laws and regulations cited, e.g. "พระราชกฤษฎีกาว่าด้วย… พ.ศ. ๒๕๔๖", in order of first mention.</summary>
    public IReadOnlyList<string> LegalBases { get; internal init; } = [];

    /// <summary>Gets the fiscal year named in the title or opening ("ปีงบประมาณ พ.ศ. ๒๕๖๗"), or null.</summary>
    public ThaiFiscalYear? FiscalYear { get; internal init; }

    /// <summary>
    /// Gets the measure the announcement sets out, built from what was read; null for a memo. When the text has no
    /// agency or title, the measure's are "ไม่ระบุหน่วยงาน" (agency not stated) and "ไม่ระบุเรื่อง" (title not stated).
    /// </summary>
    public Measure? Measure { get; internal init; }

    /// <summary>Gets the model's findings on <see cref="Measure"/>, each with the line it applies to; empty for a memo.</summary>
    public IReadOnlyList<Finding> Findings { get; internal init; } = [];

    /// <summary>Gets a value indicating whether no finding is a warning or an error (advice does not count).</summary>
    public bool IsCompliant => !Findings.Any(f => f.IsBlocking);

    /// <summary>Returns the kind, agency and title, e.g. "Announcement: สำนักงานเขตตัวอย่าง — มาตรการ…".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Kind}: {Agency ?? Department ?? "?"} — {Title ?? "?"}";
}
