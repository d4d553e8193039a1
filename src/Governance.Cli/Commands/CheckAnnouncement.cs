using Participation.Governance.Announcements;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Writing;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// The announcement side of <c>governance check</c>: a file that is not a JSON object is read as the text of
/// announcements and memos (<see cref="AnnouncementReader"/>), and each document found fills the same report as a
/// measure does, its findings carrying the line of the text they concern.
/// </summary>
internal static class CheckAnnouncement
{
    /// <summary>Whether a file's content is JSON (a measure document, or JSON that is wrong) rather than announcement text.</summary>
    /// <remarks>Decided by content, not by the file name: the first character other than white space or a byte-order mark is '{' or '['.</remarks>
    public static bool IsJson(string text)
    {
        foreach (var c in text)
        {
            if (c == '\uFEFF' || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '{' or '[';
        }

        return false;
    }

    /// <summary>
    /// Reads and checks the announcements in a text; null (after one line on standard error) when it holds none: a
    /// text with no "ประกาศ…" header, no "เรื่อง" title, no memo and no numbered clause is not judged, since
    /// calling a stray file non-compliant would be noise.
    /// </summary>
    public static CheckReport? Check(CliConsole console, string file, string text)
    {
        var documents = AnnouncementReader.Read(text)
            .Where(d => d.Kind == DocumentKind.Memo || d.Agency is not null || d.Title is not null || d.Clauses.Count > 0)
            .ToList();
        if (documents.Count == 0)
        {
            console.Error.WriteLine(
                $"error: {file}: not a measure document: $: the file is neither JSON nor the text of an announcement (no \"ประกาศ…\" header, \"เรื่อง\" title or numbered clause)");
            return null;
        }

        return new CheckReport(file, documents.Select(FromDocument).ToList());
    }

    private static CheckedDocument FromDocument(OfficialDocument document) => new()
    {
        Kind = document.Kind == DocumentKind.Memo ? "memo" : "announcement",
        Agency = document.Agency ?? document.Department ?? string.Empty,
        Title = document.Title ?? string.Empty,
        IssuedOn = document.IssuedOn,
        FiscalYearBE = document.FiscalYear?.BuddhistYear,
        Levels = document.Levels,
        FeedbackChannels = document.FeedbackChannels.Select(c => c.Kind).Distinct().ToList(),
        HasSatisfactionStep = document.HasSatisfactionStep,
        Phases = document.Phases,
        ReportingQuarters = document.ReportingQuarters,
        Findings = document.Findings,
    };
}
