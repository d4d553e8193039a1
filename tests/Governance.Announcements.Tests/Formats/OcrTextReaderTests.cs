using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;

namespace Participation.Governance.Announcements.Tests.Formats;

/// <summary>
/// Reading a scan through OCR, with an engine that stands in for Tesseract: images told by their bytes, the recognised
/// lines put together as a PDF's are, failures, progress and temporary files.
/// </summary>
public sealed class OcrTextReaderTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
    private static readonly byte[] TiffIntel = [(byte)'I', (byte)'I', 42, 0, 1, 2, 3];
    private static readonly byte[] TiffMotorola = [(byte)'M', (byte)'M', 0, 42, 1, 2, 3];

    public static TheoryData<byte[], string> Images => new()
    {
        { Png, ".png" },
        { Jpeg, ".jpg" },
        { TiffIntel, ".tif" },
        { TiffMotorola, ".tif" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void An_image_is_told_by_its_bytes_refused_without_ocr_and_handed_to_the_engine_with_it(byte[] image, string extension)
    {
        var without = DocumentTextReader.Read(image);
        var engine = new StandInEngine((_, _) => [Page(Line("ประกาศสำนักงานเขตตัวอย่าง", 400, 300, 1600, 370, 360, 1600))]);

        var with = DocumentTextReader.Read(image, new OcrOptions { Engine = engine });

        Assert.False(without.Success);
        Assert.Equal(DocumentTextReader.ImageWithoutOcrMessage, without.Message);
        Assert.True(with.Success, with.Message);
        Assert.Equal(SourceFormat.Ocr, with.Value.Format);
        var (path, dpi, bytes) = Assert.Single(engine.Images);
        Assert.EndsWith(extension, path, StringComparison.Ordinal);
        Assert.Null(dpi);
        Assert.Equal(image, bytes);
    }

    [Fact]
    public void The_lines_of_a_scan_are_put_together_as_a_pdfs_wrapped_lines_joined_noise_and_page_numbers_left_out()
    {
        // A two-page TIFF as Tesseract reads it: a centred header; a title wrapped after "ประจํา"; a clause wrapped after
        // "สํานักงานเขต", with a row of torn-off marks read as a line of its own between (low, and running into the line
        // below); a page number atop page 2.
        OcrPage[] pages =
        [
            Page(
                Line("ประกาศสํานักงานเขตตัวอย่าง", 700, 300, 1700, 370, 360, 1700),
                Line("เรือง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดําเนินงาน ประจํา", 360, 410, 2150, 490, 480, 520),
                Line("ปีงบประมาณ พ.ศ. ๒๕๖๗", 360, 530, 1000, 600, 595, 620),
                Line("สํานักงานเขตตัวอย่างจึงกําหนดมาตรการ ดังนี", 360, 760, 1500, 830, 825, 1400),
                Line("๑. รับฟังความคิดเห็นทางเว็บไซต์ และกล่องรับความคิดเห็นของสํานักงานเขต", 360, 870, 2160, 945, 940, 420),
                Line("5 vyA ๕ | ๕", 850, 955, 1500, 990, 985, 900),
                Line("ตัวอย่าง", 360, 975, 600, 1060, 1055, 600),
                Line("๒. ประเมินความพึงพอใจของผู้รับบริการ", 360, 1100, 1300, 1175, 1170, 420)),
            Page(
                Line("- ๒ -", 1200, 150, 1280, 200, 195, 1220),
                Line("จึงประกาศให้ทราบโดยทั่วกัน", 360, 290, 1100, 365, 360, 1100),
                Line("ประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. ๒๕๖๖", 600, 520, 1500, 600, 590, 800)),
        ];
        var engine = new StandInEngine((_, _) => pages);

        var read = OcrTextReader.Read(TiffIntel, new OcrOptions { Engine = engine });

        Assert.True(read.Success, read.Message);
        Assert.Equal(
            """
            ประกาศสำนักงานเขตตัวอย่าง
            เรือง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

            สำนักงานเขตตัวอย่างจึงกำหนดมาตรการ ดังนี
            ๑. รับฟังความคิดเห็นทางเว็บไซต์ และกล่องรับความคิดเห็นของสำนักงานเขตตัวอย่าง
            ๒. ประเมินความพึงพอใจของผู้รับบริการ
            จึงประกาศให้ทราบโดยทั่วกัน

            ประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. ๒๕๖๖
            """,
            read.Value.Text);
        Assert.Equal([1, 7], read.Value.PageFirstLines);
        Assert.Equal("2:3", read.Value.DescribeLine(9));

        var report = ComplianceChecker.Check("scan.tif", read.Value).Value;
        var document = Assert.Single(report.Documents);
        Assert.Equal(ComplianceVerdict.Compliant, document.Verdict);
        Assert.Equal("สำนักงานเขตตัวอย่าง", document.Agency);
        Assert.All(document.Facts, f => Assert.True((f.Reading & FactReading.FromOcr) != 0));
        Assert.Equal("2:3", document.DescribeLine(document.Facts.Single(f => f.Kind == FactKind.IssuedOn).Line));
    }

    [Theory]
    [InlineData("5 A ๕ | ๕ vy ๐", false)]
    [InlineData("| ~ ' , .", false)]
    [InlineData("ณ", false)]
    [InlineData("๒.", true)]
    [InlineData("(๓)", true)]
    [InlineData("๒๕๖๗", true)]
    [InlineData("LINE", true)]
    [InlineData("ข้อ", true)]
    public void A_line_without_a_word_is_noise(string text, bool hasWords)
        => Assert.Equal(hasWords, OcrPageLayout.HasWords(text));

    [Fact]
    public void A_page_the_engine_cannot_read_is_the_failure_of_the_read()
    {
        var engine = new StandInEngine((_, _) => null);

        var read = DocumentTextReader.Read(Png, new OcrOptions { Engine = engine });

        Assert.False(read.Success);
        Assert.Equal("the stand-in engine could not read scan.png", read.Message);
    }

    [Fact]
    public void A_scan_with_nothing_but_noise_on_it_is_a_failure_saying_so()
    {
        var engine = new StandInEngine((_, _) => [Page(Line("| ' ~", 100, 100, 200, 150, 140, 200))]);

        var read = OcrTextReader.Read(Png, new OcrOptions { Engine = engine });

        Assert.False(read.Success);
        Assert.Equal("OCR found no text on the page images: the scan is blank, or too faint or small to read", read.Message);
    }

    [Fact]
    public void Progress_is_told_from_no_page_to_every_page()
    {
        var told = new List<OcrProgress>();
        var engine = new StandInEngine((_, _) => [Page(Line("ประกาศสำนักงานเขตตัวอย่าง", 400, 300, 1600, 370, 360, 1600))]);

        OcrTextReader.Read(Jpeg, new OcrOptions { Engine = engine, Progress = new Told(told) });

        Assert.Equal([new OcrProgress(0, 1), new OcrProgress(1, 1)], told);
    }

    [Fact]
    public void The_temporary_folder_is_gone_after_reading_whether_it_succeeded_or_not()
    {
        var succeeded = new StandInEngine((_, _) => [Page(Line("ประกาศสำนักงานเขตตัวอย่าง", 400, 300, 1600, 370, 360, 1600))]);
        var failed = new StandInEngine((_, _) => null);

        OcrTextReader.Read(Png, new OcrOptions { Engine = succeeded });
        OcrTextReader.Read(Png, new OcrOptions { Engine = failed });

        Assert.All(succeeded.Images.Concat(failed.Images), image =>
        {
            Assert.StartsWith(Path.GetTempPath(), image.Path, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.GetDirectoryName(image.Path)), image.Path);
        });
    }

    [Theory]
    [InlineData("ประกาศสำนักงานเขตตัวอย่าง")]
    [InlineData("PK\u0003\u0004")]
    [InlineData("")]
    public void What_is_not_a_scan_is_refused_by_the_ocr_reader(string content)
    {
        var read = OcrTextReader.Read(System.Text.Encoding.UTF8.GetBytes(content), new OcrOptions { Engine = new StandInEngine((_, _) => []) });

        Assert.False(read.Success);
        Assert.Equal("not a scan: OCR reads a PDF of page images or an image of a page (.png, .jpg, .tif)", read.Message);
    }

    [Fact]
    public void A_pdf_with_a_text_layer_is_read_as_text_even_when_ocr_is_offered()
    {
        var engine = new StandInEngine((_, _) => []);

        var read = DocumentTextReader.Read(File.ReadAllBytes(Fixtures.PathOf("B-no-satisfaction.pdf")), new OcrOptions { Engine = engine });

        Assert.True(read.Success, read.Message);
        Assert.Equal(SourceFormat.Pdf, read.Value.Format);
        Assert.Empty(engine.Images);
    }

    [Fact]
    public void Options_refuse_what_cannot_work()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OcrOptions { Resolution = 20 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OcrOptions { PageTimeout = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OcrOptions { MaxDegreeOfParallelism = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OcrOptions { MaxPages = 0 });
        Assert.Throws<ArgumentException>(() => new OcrOptions { Languages = "tha; rm -rf /" });
        Assert.Throws<ArgumentException>(() => new OcrOptions { Languages = "tha++eng" });
        Assert.Equal("tha+eng", OcrOptions.Default.Languages);
        Assert.Equal(300, OcrOptions.Default.Resolution);
        Assert.Throws<ArgumentOutOfRangeException>(() => new OcrLine("x", 10, 0, 5, 10, 5, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OcrLine("x", 0, 0, 10, 10, 20, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OcrLine("x", double.NaN, 0, 10, 10, 5, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OcrProgress(3, 2));
    }

    [PdftoppmFact]
    public void Each_page_of_a_scanned_pdf_is_rasterized_at_the_resolution_and_read_in_parallel()
    {
        var told = new List<OcrProgress>();
        var engine = new StandInEngine((path, _) => [Page(Line(path.EndsWith("page-1.pgm", StringComparison.Ordinal) ? "ข้อความหน้าแรก" : "ข้อความหน้าสอง", 400, 300, 1600, 370, 360, 1600))]);

        var read = DocumentTextReader.Read(File.ReadAllBytes(Fixtures.PathOf("B-no-satisfaction.scanned.pdf")), new OcrOptions { Engine = engine, Resolution = 100, Progress = new Told(told) });

        Assert.True(read.Success, read.Message);
        Assert.Equal("ข้อความหน้าแรก\nข้อความหน้าสอง", read.Value.Text);
        Assert.Equal([1, 2], read.Value.PageFirstLines);
        Assert.Equal(2, engine.Images.Count);
        Assert.All(engine.Images, image =>
        {
            Assert.Equal(100, image.DotsPerInch);
            Assert.StartsWith("P5", System.Text.Encoding.ASCII.GetString(image.Bytes, 0, 2), StringComparison.Ordinal);
            Assert.False(File.Exists(image.Path));
        });
        Assert.Equal([new OcrProgress(0, 2), new OcrProgress(1, 2), new OcrProgress(2, 2)], told);
    }

    [PdftoppmFact]
    public void A_page_that_fails_names_its_number_and_stops_the_read()
    {
        var engine = new StandInEngine((path, _) => path.EndsWith("page-2.pgm", StringComparison.Ordinal) ? null : [Page(Line("ประกาศ", 400, 300, 1600, 370, 360, 1600))]);

        var read = DocumentTextReader.Read(File.ReadAllBytes(Fixtures.PathOf("B-no-satisfaction.scanned.pdf")), new OcrOptions { Engine = engine });

        Assert.False(read.Success);
        Assert.Equal("page 2: the stand-in engine could not read page-2.pgm", read.Message);
    }

    [Fact]
    public void A_scanned_pdf_longer_than_allowed_is_refused_before_anything_runs()
    {
        var engine = new StandInEngine((_, _) => []);

        var read = DocumentTextReader.Read(File.ReadAllBytes(Fixtures.PathOf("A-compliant.scanned.pdf")), new OcrOptions { Engine = engine, MaxPages = 2 });

        Assert.False(read.Success);
        Assert.Equal("the scan has 3 pages, more than the 2 that are read by OCR", read.Message);
        Assert.Empty(engine.Images);
    }

    [Fact]
    public void Tesseracts_text_gives_the_words_and_its_tsv_where_each_line_is()
    {
        // What Tesseract writes for a page: Thai in the TSV one cluster a "word", no spaces; the text has the spaces.
        const string Text = "ประกาศ สำนัก\n\nข้อ ๑\f";
        const string Tsv = """
            level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text
            1	1	0	0	0	0	0	0	2481	3508	-1	
            2	1	1	0	0	0	100	200	900	200	-1	
            3	1	1	1	0	0	100	200	900	200	-1	
            4	1	1	1	1	0	100	200	600	80	-1	
            5	1	1	1	1	1	100	210	100	60	95.1	ประ
            5	1	1	1	1	2	200	200	100	70	95.1	กาศ
            5	1	1	1	1	3	330	215	150	55	95.1	สำ
            5	1	1	1	1	4	480	210	220	70	95.1	นัก
            4	1	1	1	2	0	100	320	300	80	-1	
            5	1	1	1	2	1	100	330	150	60	90.0	ข้อ
            5	1	1	1	2	2	300	330	100	70	90.0	๑
            """;

        var pages = TesseractOutput.Parse(Text, Tsv.Replace("\r", string.Empty, StringComparison.Ordinal));

        var page = Assert.Single(pages);
        Assert.Equal((2481, 3508), (page.Width, page.Height));
        Assert.Equal(2, page.Lines.Count);
        var first = page.Lines[0];
        Assert.Equal("ประกาศ สำนัก", first.Text);
        Assert.Equal((100, 200, 700, 280), (first.Left, first.Top, first.Right, first.Bottom));
        Assert.Equal(300, first.FirstWordRight);
        Assert.Equal(270, first.Baseline);
        Assert.Equal("ข้อ ๑", page.Lines[1].Text);
        Assert.Equal(250, page.Lines[1].FirstWordRight);
    }

    [Fact]
    public void A_tsv_line_the_text_left_out_is_made_from_its_letters_and_their_gaps()
    {
        const string Tsv = "1\t1\t0\t0\t0\t0\t0\t0\t1000\t1000\t-1\t\n4\t1\t1\t1\t1\t0\t10\t10\t500\t60\t-1\t\n5\t1\t1\t1\t1\t1\t10\t10\t40\t50\t90\tกล่อง\n5\t1\t1\t1\t1\t2\t52\t10\t40\t50\t90\tรับ\n5\t1\t1\t1\t1\t3\t200\t10\t40\t50\t90\tเรื่อง\n";

        var page = Assert.Single(TesseractOutput.Parse("something else\f", Tsv));

        Assert.Equal("กล่องรับ เรื่อง", Assert.Single(page.Lines).Text);
    }

    private static OcrPage Page(params OcrLine[] lines) => new(2481, 3508, lines);

    private static OcrLine Line(string text, double left, double top, double right, double bottom, double baseline, double firstWordRight)
        => new(text, left, top, right, bottom, baseline, firstWordRight);

    private sealed class Told(List<OcrProgress> told) : IProgress<OcrProgress>
    {
        public void Report(OcrProgress value)
        {
            lock (told)
            {
                told.Add(value);
            }
        }
    }
}
