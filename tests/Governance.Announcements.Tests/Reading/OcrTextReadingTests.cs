using System.Text;
using System.Text.Json;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Tests.Reading;

/// <summary>
/// Text as OCR makes it — SARA AM as NIKHAHIT + SARA AA, tone marks dropped, Thai digits misread, paragraphs broken where
/// the page wrapped — is judged as the clean text is, every fact read from it says it came from OCR, and no verdict rests
/// on a date or a year OCR read.
/// </summary>
public sealed class OcrTextReadingTests
{
    /// <summary>An announcement as typed.</summary>
    private const string Clean = """
        ประกาศสำนักงานเขตตัวอย่าง
        เรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        สำนักงานเขตตัวอย่างจึงกำหนดมาตรการ ดังนี้
        ๑. ระดับการมีส่วนร่วม
        ๑.๑ ระดับการให้ข้อมูลข่าวสาร เผยแพร่ข้อมูลทางเว็บไซต์ของสำนักงาน
        ๑.๒ ระดับการปรึกษาหารือ รับฟังความคิดเห็นของผู้รับบริการ
        ๒. ช่องทางรับฟังความคิดเห็น ได้แก่ โทรศัพท์ และกล่องรับความคิดเห็น
        ๓. ประเมินความพึงพอใจของผู้รับบริการ และรายงานผลภายในไตรมาสที่ ๒ และไตรมาสที่ ๔

        จึงประกาศให้ทราบโดยทั่วกัน
        ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๖
        """;

    /// <summary>
    /// The same announcement as Tesseract reads a scan of it: SARA AM in two characters, tone marks lost (เรือง, วันที,
    /// ชองทาง, พงพอใจ), ๒๕๖๗ read as ๒๕5๖๗ and ๒๕๖๖ as ๒๕5๐๒, the title and two clauses broken where the page wrapped
    /// (กลองรับความ / คิดเห็น), paragraphs set apart by blank lines.
    /// </summary>
    private const string Ocr = """
        ประกาศสํานักงานเขตตัวอยาง
        เรือง มาตรการให้ผู้มีสวนได้ส่วนเสียมีส่วนร่วมในการดําเนินงาน ประจํา
        ปีงบประมาณ พ.ศ. ๒๕5๖๗

        สํานักงานเขตตัวอย่างจึงกําหนดมาตรการ ดังนี

        ๑. ระดับการมีสวนร่วม

        ๑.๑ ระดับการให้ข้อมูลขาวสาร เผยแพรข้อมูลทางเว็บไซต์ของสํานัก
        งาน

        ๑.๒ ระดับการปรึกษาหารือ รับฟังความคิดเห็นของผู้รับบริการ

        ๒. ชองทางรับฟังความคิดเห็น ได้แก่ โทรศัพท์ และกลองรับความ
        คิดเห็น

        ๓. ประเมินความพงพอใจของผู้รับบริการ และรายงานผลภายใน
        ไตรมาสที ๒ และไตรมาสที ๔

        จึงประกาศให้ทราบโดยทัวกัน

        ประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. ๒๕5๐๒
        """;

    [Fact]
    public void An_ocr_shaped_announcement_is_judged_and_read_as_its_clean_text()
    {
        var clean = Read(Clean, SourceFormat.PlainText);
        var ocr = Read(Ocr, SourceFormat.Ocr);

        Assert.Equal(Verdicts(clean), Verdicts(ocr));
        var document = Assert.Single(ocr.Documents);
        Assert.Equal(ComplianceVerdict.Compliant, document.Verdict);
        Assert.Equal("สำนักงานเขตตัวอยาง", document.Agency);
        Assert.Equal("มาตรการให้ผู้มีสวนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕5๖๗", document.Title);
        var measure = document.Measure!;
        Assert.Equal(clean.Documents[0].Measure!.Levels, measure.Levels);
        Assert.Equal(Inbound(clean.Documents[0].Measure!), Inbound(measure));
        Assert.Contains(ChannelKind.SuggestionBox, Inbound(measure));
        Assert.True(measure.HasSatisfactionAssessment);
        Assert.Equal([2, 4], measure.ReportingSchedule!.Quarters);
    }

    [Fact]
    public void Thai_that_ocr_broke_at_a_wrap_is_joined_without_a_space_and_other_text_with_one()
    {
        var document = AnnouncementReader.Read(new DocumentText("ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑. รับฟังความคิดเห็นทาง\nเว็บไซต์ และ\nFacebook\n", SourceFormat.Ocr)).Single();

        Assert.Equal("รับฟังความคิดเห็นทางเว็บไซต์ และ Facebook", document.Clauses[0].Text);
    }

    [Fact]
    public void Every_fact_read_from_ocr_text_says_so_in_the_report_and_its_json()
    {
        var report = Read(Ocr, SourceFormat.Ocr);
        var typed = Read(Clean, SourceFormat.PlainText);

        var facts = report.Documents[0].Facts;
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.True((f.Reading & FactReading.FromOcr) != 0, f.ToString()));
        Assert.All(facts, f => Assert.Contains("read by OCR from a page image", f.Note, StringComparison.Ordinal));
        Assert.All(typed.Documents[0].Facts, f => Assert.True((f.Reading & FactReading.FromOcr) == 0, f.ToString()));
        using var json = JsonDocument.Parse(ComplianceReportJson.Serialize(report, includeFacts: true));
        Assert.All(json.RootElement.GetProperty("documents")[0].GetProperty("facts").EnumerateArray(), fact =>
            Assert.Contains("fromOcr", fact.GetProperty("reading").EnumerateArray().Select(r => r.GetString())));
    }

    [Theory]
    [InlineData("ประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. ๒๕5๐๒")]
    [InlineData("ประกาศ ณ วันที ๑5 ตุลาคม พ.ศ. ๒๕๖๖")]
    [InlineData("ประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. ๒๕๒")]
    [InlineData("ประกาศ ณ วันที ๓๕ ตุลาคม พ.ศ. ๒๕๖๖")]
    [InlineData("ประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. 25๖๖")]
    public void A_date_whose_digits_ocr_garbled_is_reported_unreadable_not_guessed(string dateLine)
    {
        var document = ReadAnnouncement(Header + Body + dateLine + "\n", SourceFormat.Ocr);

        var fact = Assert.Single(document.Facts, f => f.Kind == FactKind.IssuedOn);
        Assert.Equal(FactReading.Unreadable | FactReading.FromOcr, fact.Reading);
        Assert.Equal(string.Empty, fact.Value);
        Assert.Equal(dateLine, fact.Phrase);
        Assert.Null(document.IssuedOn);
        Assert.Null(document.Measure!.IssuedOn);
    }

    [Fact]
    public void A_date_ocr_read_cleanly_is_a_fact_to_check_but_not_the_measures_date()
    {
        var document = ReadAnnouncement(Header + Body + "ประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. ๒๕๖๖\n", SourceFormat.Ocr);

        var fact = Assert.Single(document.Facts, f => f.Kind == FactKind.IssuedOn);
        Assert.Equal("2023-10-15", fact.Value);
        Assert.Equal(FactReading.FromOcr, fact.Reading);
        Assert.Null(document.IssuedOn);
        Assert.Null(document.Measure!.IssuedOn);
        Assert.Null(document.Measure.FiscalYear);
        Assert.Contains(document.Facts, f => f.Kind == FactKind.FiscalYear && f.Value == "2567");
    }

    [Fact]
    public void A_fiscal_year_whose_digits_mix_two_scripts_is_not_read_from_ocr_text()
    {
        var document = ReadAnnouncement(Header.Replace("๒๕๖๗", "๒๕6๗", StringComparison.Ordinal) + Body, SourceFormat.Ocr);

        Assert.DoesNotContain(document.Facts, f => f.Kind == FactKind.FiscalYear);
        Assert.Contains(ReadAnnouncement(Header.Replace("๒๕๖๗", "๒๕6๗", StringComparison.Ordinal) + Body, SourceFormat.PlainText).Facts, f => f.Kind == FactKind.FiscalYear);
    }

    /// <summary>
    /// GOV004 compares the issue date with the fiscal year, both digits OCR misreads unnoticed (๒๕๖๖ read as ๒๕๒๒ is still a
    /// date): typed, this announcement raises it; scanned, it cannot, whatever OCR made of the digits.
    /// </summary>
    [Fact]
    public void Gov004_is_raised_from_typed_text_and_never_from_ocr_text_whatever_the_digits()
    {
        const string Late = "ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗\n";
        Assert.Contains(RuleIds.NoReportDueInFiscalYear, ReadAnnouncement(Header + Body + Late, SourceFormat.PlainText).Findings().Select(f => f.Id));

        var digits = Gen.Elements("๐๑๒๓๔๕๖๗๘๙0123456789".ToCharArray()).ArrayOf().Select(d => new string(d)).ToArbitrary();
        Prop.ForAll(digits, digits, (year, date) =>
        {
            var text = Header.Replace("๒๕๖๗", year, StringComparison.Ordinal) + Body + "ประกาศ ณ วันที ๑ ตุลาคม พ.ศ. " + date + "\n";
            var document = ReadAnnouncement(text, SourceFormat.Ocr);
            return document.Findings().Select(f => f.Id).SequenceEqual([RuleIds.NoSatisfactionAssessment]);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// Every corpus document, damaged as OCR damages text — SARA AM always split, any share of its tone marks dropped, any
    /// share of its Thai digits misread (as other Thai digits or as Arabic ones), its lines broken at any width a page
    /// has — is judged as the clean text is: the same documents, verdicts and findings.
    /// </summary>
    [Fact]
    public void Ocr_damage_to_any_corpus_document_leaves_its_verdicts_as_they_were()
    {
        var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        var damage =
            from file in Gen.Elements(corpus)
            from toneMarks in Gen.Choose(0, 100)
            from digits in Gen.Choose(0, 50)
            from width in Gen.Choose(60, 100)
            from seed in Gen.Choose(0, int.MaxValue)
            select (file, toneMarks, digits, width, seed);

        Prop.ForAll(damage.ToArbitrary(), d =>
        {
            var clean = AnnouncementReaderTests.CorpusText(d.file);
            var ocr = OcrShaped(clean, d.toneMarks / 100.0, d.digits / 100.0, d.width, new Random(d.seed));
            return Verdicts(Read(clean, SourceFormat.PlainText)).SequenceEqual(Verdicts(Read(ocr, SourceFormat.Ocr)));
        }).QuickCheckThrowOnFailure();
    }

    private const string Header = "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n";

    private const string Body = "๑. รับฟังความคิดเห็นทางเว็บไซต์\n๒. รายงานผลภายในไตรมาสที่ ๒ และไตรมาสที่ ๔\n";

    /// <summary>Thai digits as OCR misreads them: as other Thai digits that look alike, or as the Arabic digit they resemble.</summary>
    private static readonly Dictionary<char, string> Misread = new()
    {
        ['๐'] = "0๐",
        ['๑'] = "๓๗",
        ['๒'] = "๖๓",
        ['๓'] = "๑๗",
        ['๔'] = "๕๘",
        ['๕'] = "5๔",
        ['๖'] = "๒๘",
        ['๗'] = "๒๑",
        ['๘'] = "๔๖",
        ['๙'] = "๔๘",
    };

    private static string OcrShaped(string text, double toneMarks, double digits, int width, Random random)
    {
        var damaged = new StringBuilder(text.Length + (text.Length / 20));
        foreach (var c in text)
        {
            if (c == '\u0E33')
            {
                damaged.Append('\u0E4D').Append('\u0E32');
            }
            else if (c is >= '\u0E48' and <= '\u0E4B' && random.NextDouble() < toneMarks)
            {
                continue;
            }
            else if (Misread.TryGetValue(c, out var lookalikes) && random.NextDouble() < digits)
            {
                damaged.Append(lookalikes[random.Next(lookalikes.Length)]);
            }
            else
            {
                damaged.Append(c);
            }
        }

        // A page holds so many characters a line: a longer line goes on in the next, broken wherever it reached the edge.
        var lines = new StringBuilder();
        foreach (var line in damaged.ToString().Split('\n'))
        {
            var rest = line;
            while (rest.Length > width)
            {
                var cut = width;
                while (cut < rest.Length && rest[cut] is (>= '\u0E31' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E') or '\u0E33')
                {
                    cut++;
                }

                lines.Append(rest, 0, cut).Append('\n');
                rest = rest.Substring(cut);
            }

            lines.Append(rest).Append('\n');
        }

        return lines.ToString();
    }

    private static ComplianceReport Read(string text, SourceFormat format)
    {
        var report = ComplianceChecker.Check("a", new DocumentText(text, format));
        Assert.True(report.Success, report.Message);
        return report.Value;
    }

    private static OfficialDocument ReadAnnouncement(string text, SourceFormat format)
        => AnnouncementReader.Read(new DocumentText(text, format)).Single(d => d.Kind == DocumentKind.Announcement);

    private static string[] Verdicts(ComplianceReport report)
        => report.Documents.Select(d => $"{d.Kind} {d.Verdict} {string.Join(",", d.Findings.Select(f => f.Id))}").ToArray();

    private static ChannelKind[] Inbound(Measure measure) => measure.FeedbackChannels.Select(c => c.Kind).Distinct().Order().ToArray();
}
