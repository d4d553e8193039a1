using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.ThaiFormatting.Numerals;
using UglyToad.PdfPig;

namespace Participation.Governance.Announcements.Tests.Formats;

/// <summary>
/// Every fixture — the same announcement as Word, as PDF exported from Word, as a PDF with Thai fonts' Private Use Area
/// forms, in Windows-874 and UTF-16 — is judged exactly as the text it was made from, down to the line of each finding.
/// </summary>
public sealed class FixtureReportTests
{
    public static TheoryData<string> Documents => Fixtures.Documents();

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_report_of_a_fixture_is_the_report_of_its_text(string fixture)
    {
        var expected = Fixtures.WithoutFile(Fixtures.Check(Fixtures.SourceOf(fixture)));

        var actual = Fixtures.WithoutFile(Fixtures.Check(Fixtures.PathOf(fixture)));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_kind_of_fixture_is_there()
    {
        var names = Enumerable.Select<object[], string>(Documents, d => (string)d[0]).ToArray();

        Assert.Contains(names, n => n.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".pua.pdf", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("measure-", StringComparison.Ordinal) && n.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".windows-874.txt", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".utf-16.txt", StringComparison.Ordinal));
        Assert.True(File.Exists(Fixtures.PathOf("B-no-satisfaction.scanned.pdf")));
    }

    [Fact]
    public void A_finding_in_a_pdf_says_its_page_and_line()
    {
        var report = Fixtures.Check(Fixtures.PathOf("B-no-satisfaction.pdf"));

        var document = Assert.Single(report.Documents);
        var finding = Assert.Single(document.Findings);
        Assert.Equal("GOV002", finding.Id);
        Assert.Equal("1:" + finding.Line, document.DescribeLine(finding.Line));
        Assert.Contains("\"location\":\"1:" + finding.Line + "\"", Announcements.Compliance.ComplianceReportJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_page_pdf_gives_each_page_its_first_line_and_drops_the_page_numbers_in_its_header()
    {
        var text = ReadFixture("A-compliant.pdf");

        Assert.Equal(SourceFormat.Pdf, text.Format);
        Assert.True(text.PageFirstLines.Count >= 2, "The fixture was made to run over two pages.");
        Assert.DoesNotContain("- ๒ -", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 2 -", text.Text, StringComparison.Ordinal);
        var secondPage = text.PageFirstLines[1];
        Assert.StartsWith("2:", text.DescribeLine(secondPage + 1), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A-compliant.pdf")]
    [InlineData("A-compliant.pua.pdf")]
    [InlineData("D-memo-then-announcement.pdf")]
    [InlineData("D-memo-then-announcement.marks-apart.pdf")]
    [InlineData("measure-compliant.pdf")]
    public void Every_line_read_from_a_pdf_is_a_line_of_its_text_with_no_word_split_or_mark_moved(string fixture)
    {
        var source = File.ReadAllText(Fixtures.SourceOf(fixture)).Split('\n').Select(Words).ToArray();
        var read = ReadFixture(fixture).Text.Split('\n').Select(Words).Where(l => l.Length > 0).ToArray();

        // Automatic numbers may print in other digits, a paragraph wrapped at a space may lose that space, and a printed
        // line may be part of a longer line of the text; but every letter must be there in order and every space read
        // must be a space of the text (no word split, no mark moved away from its consonant).
        foreach (var line in read)
        {
            Assert.True(source.Any(s => IsReadingOf(line, s)), "Not a reading of any line of the text: " + line);
        }
    }

    [Theory]
    [InlineData("A-compliant.pua.pdf")]
    [InlineData("D-memo-then-announcement.marks-apart.pdf")]
    public void A_pdf_of_typed_text_reads_back_as_that_text_line_for_line(string fixture)
    {
        // These PDFs print the numbers as typed and wrap paragraphs as Word does, so nothing may differ but the blank
        // lines at the foot of a page, which a PDF does not show.
        var source = File.ReadAllText(Fixtures.SourceOf(fixture)).Split('\n').Where(l => l.Trim().Length > 0);
        var read = ReadFixture(fixture).Text.Split('\n').Where(l => l.Length > 0);

        Assert.Equal(source, read);
    }

    [Theory]
    [InlineData("๒", true)]
    [InlineData("- ๒ -", true)]
    [InlineData("– 12 –", true)]
    [InlineData("หน้า ๒", true)]
    [InlineData("หน้า ๒ จาก ๕", true)]
    [InlineData("หน้าที่ 3", true)]
    [InlineData("Page 2 of 5", true)]
    [InlineData("2/5", true)]
    [InlineData("[4]", true)]
    [InlineData("๑. ระดับการมีส่วนร่วม", false)]
    [InlineData("ประกาศ ณ วันที่ ๑๕", false)]
    [InlineData("หน้าสำนักงาน", false)]
    [InlineData("2/5 ข้อ", false)]
    public void Page_numbers_alone_on_a_line_are_recognised(string line, bool isPageNumber)
        => Assert.Equal(isPageNumber, PdfTextReader.RunningLines.IsPageNumber(line));

    [Fact]
    public void The_pua_fixture_carries_private_use_forms_and_split_sara_am_that_reading_undoes()
    {
        var path = Fixtures.PathOf("A-compliant.pua.pdf");
        using (var pdf = PdfDocument.Open(path))
        {
            var layer = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains(layer, c => c is >= '\uF700' and <= '\uF71A');
            Assert.Contains("\u0E4D\u0E32", layer, StringComparison.Ordinal);
        }

        var text = ReadFixture("A-compliant.pua.pdf").Text;

        Assert.DoesNotContain(text, c => c is >= '\uF700' and <= '\uF8FF');
        Assert.DoesNotContain("\u0E4D\u0E32", text, StringComparison.Ordinal);
        Assert.Contains("ผู้มีส่วนได้ส่วนเสีย", text, StringComparison.Ordinal);
        Assert.Contains("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_fixtures_number_their_clauses_with_word_numbering_not_typed_numbers()
    {
        using var document = WordprocessingDocument.Open(Fixtures.PathOf("A-compliant.docx"), isEditable: false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToArray();
        var numbered = paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToArray();

        Assert.True(numbered.Length >= 10);
        Assert.All(numbered, p => Assert.False(p.InnerText.Length > 0 && p.InnerText[0] is >= '๐' and <= '๙'));
        Assert.Contains("๓.๖ นำผลการประเมิน", ReadFixture("A-compliant.docx").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scan_is_refused_as_needing_ocr()
    {
        var bytes = File.ReadAllBytes(Fixtures.PathOf("B-no-satisfaction.scanned.pdf"));

        var read = DocumentTextReader.Read(bytes);

        Assert.False(read.Success);
        Assert.Equal("no text layer — the file is a scanned image; run OCR first", read.Message);
        Assert.False(PdfTextReader.HasTextLayer(bytes).Value);
        Assert.True(PdfTextReader.HasTextLayer(File.ReadAllBytes(Fixtures.PathOf("B-no-satisfaction.pdf"))).Value);
    }

    [Fact]
    public void A_password_protected_pdf_is_refused_saying_so()
    {
        var read = DocumentTextReader.Read(File.ReadAllBytes(Fixtures.PathOf("C-no-feedback-channel.encrypted.pdf")));

        Assert.False(read.Success);
        Assert.Equal("the PDF is encrypted and cannot be read without its password; save an unprotected copy", read.Message);
    }

    private static DocumentText ReadFixture(string name)
    {
        var read = DocumentTextReader.Read(File.ReadAllBytes(Fixtures.PathOf(name)));
        Assert.True(read.Success, read.Message);
        return read.Value;
    }

    /// <summary>Whether <paramref name="read"/> is a part of <paramref name="source"/>, perhaps without some of its spaces.</summary>
    private static bool IsReadingOf(string read, string source)
    {
        for (var start = 0; start < source.Length; start++)
        {
            int i = 0, j = start;
            while (i < read.Length && j < source.Length)
            {
                if (read[i] == source[j])
                {
                    i++;
                    j++;
                }
                else if (source[j] == ' ')
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (i == read.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static string Words(string line) => string.Join(' ', ThaiDigits.ToArabic(line).Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
