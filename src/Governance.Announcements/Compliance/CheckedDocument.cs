using System.Globalization;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Compliance;

/// <summary>
/// One document of a <see cref="ComplianceReport"/>: the measure it states (if any), the document it was read from (for
/// text), and the findings of the model's rules, each placed on the line it concerns.
/// </summary>
/// <remarks>
/// The findings are <see cref="Measures.Measure.Validate"/> of <see cref="Measure"/> — the one place measures are judged —
/// placed on lines for a document read from text: GOV005 on the first channel promised without a name, GOV004 on the
/// first reporting quarter, any other finding on the title (else the agency, else the first line), since it is about
/// something missing. A measure read from JSON has no lines.
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class CheckedDocument
{
    private IReadOnlyList<FindingReason>? _reasons;

    private CheckedDocument(CheckedDocumentKind kind, Measure? measure, OfficialDocument? document, IReadOnlyList<Finding> findings)
    {
        Kind = kind;
        Measure = measure;
        Document = document;
        Findings = findings;
    }

    /// <summary>Gets what the document is.</summary>
    public CheckedDocumentKind Kind { get; }

    /// <summary>Gets the measure the document states, or null for a memo or a document that is not a measure.</summary>
    public Measure? Measure { get; }

    /// <summary>Gets the document read from text, or null for a measure read from JSON.</summary>
    public OfficialDocument? Document { get; }

    /// <summary>Gets the findings on <see cref="Measure"/>, most serious first; empty when there is no measure.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets why each finding was reported, in the order of <see cref="Findings"/>, from what was (and was not) read.</summary>
    public IReadOnlyList<FindingReason> Reasons => _reasons ??= Array.AsReadOnly(Findings.Select(Explain).ToArray());

    /// <summary>Gets the facts read from the document with their lines; empty for a measure read from JSON.</summary>
    public IReadOnlyList<DocumentFact> Facts => Document?.Facts ?? [];

    /// <summary>Gets the issuing agency: the measure's, else a memo's agency or department; null when unknown.</summary>
    public string? Agency => Measure?.Agency ?? Document?.Agency ?? Document?.Department;

    /// <summary>Gets the title: the measure's, else the document's; null when unknown.</summary>
    public string? Title => Measure?.Title ?? Document?.Title;

    /// <summary>Gets what the check concludes.</summary>
    public ComplianceVerdict Verdict => Kind switch
    {
        CheckedDocumentKind.Memo => ComplianceVerdict.NoMeasure,
        CheckedDocumentKind.Other => ComplianceVerdict.NotAMeasure,
        _ => Findings.Any(f => f.IsBlocking) ? ComplianceVerdict.NotCompliant : ComplianceVerdict.Compliant,
    };

    /// <summary>Checks a measure read from JSON (or built in code).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The checked measure; its findings have no lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public static CheckedDocument ForMeasure(Measure measure)
        => new(CheckedDocumentKind.Measure, Preconditions.CheckNotNull(measure), null, measure.Validate());

    /// <summary>Checks a document read from text: an announcement by its measure, a memo by nothing.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The checked document, findings placed on lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static CheckedDocument ForDocument(OfficialDocument document)
    {
        Preconditions.CheckNotNull(document);
        if (document.Measure is not { } measure)
        {
            return new(document.Kind == DocumentKind.Memo ? CheckedDocumentKind.Memo : CheckedDocumentKind.Other, null, document, []);
        }

        var findings = measure.Validate().Select(f => f.WithLine(LineOf(f, document))).ToArray();
        return new(CheckedDocumentKind.Announcement, measure, document, findings);
    }

    /// <summary>
    /// Says where a line of the document is in its file: "12", or "3:12" (page 3, line 12) for a PDF; null for no line (a
    /// finding on a measure read from JSON).
    /// </summary>
    /// <param name="line">A one-based line of the text the document was read from, or null.</param>
    /// <returns>The location, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public string? DescribeLine(int? line)
        => line is not { } value ? null : Document?.DescribeLine(value) ?? value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the kind, agency, title and verdict, e.g. "Announcement สำนักงานเขตตัวอย่าง — มาตรการ…: Compliant".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Kind} {Agency ?? "?"} — {Title ?? "?"}: {Verdict}";

    private FindingReason Explain(Finding finding)
    {
        switch (finding.Id)
        {
            case RuleIds.NoFeedbackChannel:
                var publishing = LinesOf(FactKind.PublishingChannel);
                return publishing.Length == 0
                    ? new(finding,
                        "no clause names a channel that brings people's views in, promises to hear them or seats their representatives on a committee",
                        "ไม่มีข้อใดระบุช่องทางที่รับความคิดเห็นของประชาชนเข้ามา สัญญาว่าจะรับฟังความคิดเห็น หรือให้ผู้แทนผู้มีส่วนได้ส่วนเสียร่วมเป็นคณะกรรมการ")
                    : new(finding,
                        "no clause names a channel that brings people's views in, promises to hear them or seats their representatives on a committee; the channels named only publish information (line " + publishing + ")",
                        "ไม่มีข้อใดระบุช่องทางที่รับความคิดเห็นของประชาชนเข้ามา สัญญาว่าจะรับฟังความคิดเห็น หรือให้ผู้แทนผู้มีส่วนได้ส่วนเสียร่วมเป็นคณะกรรมการ ช่องทางที่ระบุไว้ใช้เผยแพร่ข้อมูลเท่านั้น (บรรทัด " + publishing + ")");
            case RuleIds.NoSatisfactionAssessment:
                return new(finding,
                    "no clause speaks of assessing or surveying satisfaction (ความพึงพอใจ)",
                    "ไม่มีข้อใดกล่าวถึงการประเมินหรือสำรวจความพึงพอใจ");
            case RuleIds.UnnamedFeedbackChannels:
                var routes = LinesOf(FactKind.FeedbackChannel);
                var steps = Measure!.Steps.Any(Measures.MeasureValidator.IsRouteIn);
                return new(finding,
                    "people's views are to be heard" + (routes.Length > 0 ? " (line " + routes + ")" : steps ? " through committees or a promise to hear them" : string.Empty) + ", but no channel is named",
                    "มีการรับฟังความคิดเห็น" + (routes.Length > 0 ? " (บรรทัด " + routes + ")" : steps ? " ผ่านคณะกรรมการหรือการรับฟังความคิดเห็น" : string.Empty) + " แต่ไม่ได้ระบุว่าผ่านช่องทางใด");
            case RuleIds.NoReportDueInFiscalYear:
                var quarters = string.Join(", ", Measure!.ReportingSchedule!.Quarters);
                var issued = Measure.IssuedOn is { } date ? NodaTime.Text.LocalDatePattern.Iso.Format(date) : "?";
                return new(finding,
                    $"every reporting quarter ({quarters}) of fiscal year {Measure.FiscalYear!.Value.BuddhistYear} ends before the issue date {issued}",
                    $"ไตรมาสที่ต้องรายงานผล ({quarters}) ของปีงบประมาณ พ.ศ. {Measure.FiscalYear!.Value.BuddhistYear} สิ้นสุดก่อนวันที่ประกาศ {issued} ทั้งหมด");
            default:
                return new(finding, finding.Message, finding.ThaiMessage);
        }
    }

    private string LinesOf(FactKind kind)
        => string.Join(", ", Facts.Where(f => f.Kind == kind).Select(f => f.Line).Distinct().Take(5).Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static int LineOf(Finding finding, OfficialDocument document)
    {
        var place = finding.Id switch
        {
            RuleIds.UnnamedFeedbackChannels => FirstLine(document, FactKind.FeedbackChannel, "unspecified"),
            RuleIds.NoReportDueInFiscalYear => FirstLine(document, FactKind.ReportingQuarter, null),
            _ => null,
        };
        return place ?? FirstLine(document, FactKind.Title, null) ?? FirstLine(document, FactKind.Agency, null) ?? document.FirstLine;
    }

    private static int? FirstLine(OfficialDocument document, FactKind kind, string? value)
    {
        foreach (var fact in document.Facts)
        {
            if (fact.Kind == kind && (value is null || fact.Value == value))
            {
                return fact.Line;
            }
        }

        return null;
    }
}
