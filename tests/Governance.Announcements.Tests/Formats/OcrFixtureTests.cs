using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;

namespace Participation.Governance.Announcements.Tests.Formats;

/// <summary>
/// The scanned fixtures — announcements written for the tests, printed to PDF and scanned black and white at 300 dpi
/// (scripts/make-announcement-fixtures.sh) — read through Tesseract and pdftoppm: each is judged as the text it was
/// printed from, though OCR spells it its own way.
/// </summary>
public sealed class OcrFixtureTests
{
    private static readonly string[] ScanNames = ["A-compliant.scanned.pdf", "B-no-satisfaction.scanned.pdf", "C-no-feedback-channel.scanned.png", "D-memo-then-announcement.scanned.pdf"];

    public static TheoryData<string> Scans => new(ScanNames);

    [Fact]
    public void Every_scan_is_committed_as_pictures_without_text()
    {
        foreach (var scan in ScanNames)
        {
            var bytes = File.ReadAllBytes(Fixtures.PathOf(scan));
            var read = DocumentTextReader.Read(bytes);

            Assert.False(read.Success, scan);
            Assert.Equal(scan.EndsWith(".pdf", StringComparison.Ordinal) ? PdfTextReader.NoTextLayerMessage : DocumentTextReader.ImageWithoutOcrMessage, read.Message);
        }
    }

    [OcrTheory]
    [MemberData(nameof(Scans))]
    public void A_scan_read_through_ocr_is_judged_as_the_text_it_was_printed_from(string scan)
    {
        var expected = Fixtures.Check(Fixtures.SourceOf(scan));
        using var file = File.OpenRead(Fixtures.PathOf(scan));

        var text = DocumentTextReader.Read(file, 1 << 26, OcrOptions.Default);

        Assert.True(text.Success, text.Message);
        Assert.Equal(SourceFormat.Ocr, text.Value.Format);
        var actual = ComplianceChecker.Check(scan, text.Value).Value;
        Assert.Equal(Verdicts(expected), Verdicts(actual));
        Assert.All(actual.Documents, d =>
        {
            Assert.NotNull(d.Title);
            Assert.NotNull(d.Agency);
            Assert.All(d.Facts, f => Assert.True((f.Reading & FactReading.FromOcr) != 0, f.ToString()));
        });
        Assert.All(actual.Documents.Where(d => d.Measure is not null), d => Assert.Null(d.Measure!.IssuedOn));
    }

    private static string[] Verdicts(ComplianceReport report)
        => report.Documents.Select(d => $"{d.Kind} {d.Verdict} {string.Join(",", d.Findings.Select(f => f.Id))}").ToArray();
}
