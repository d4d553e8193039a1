using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.Measures;
using Participation.Governance.ThaiFormatting.Numerals;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Participation.Governance.Announcements.Tests.Writing;

public sealed class AnnouncementWordWriterTests
{
    private const string Signatory = "นายสมมติ ตัวอย่าง";
    private const string Position = "ผู้อำนวยการสำนักงานเขตตัวอย่าง";

    // Lengths as Word stores them: twips (1/1440 inch) and EMU (1/360000 cm).
    private const int Cm1 = 567;
    private const long EmuPerCm = 360_000;

    private static readonly Measure Sample = RenderedAnnouncement.Sample;

    private static readonly AnnouncementWordOptions Signed = new() { Signatory = Signatory, Position = Position };

    [Fact]
    public void The_paragraphs_come_in_the_order_of_an_announcement_each_in_its_style()
    {
        using var document = Open(Render(Sample, Signed));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: string.Concat(p.Descendants<WordText>().Select(t => t.Text))))
            .ToList();

        Assert.Equal(
            [
                "AnnouncementHeading", "AnnouncementSubject", "AnnouncementRule", "AnnouncementBody",
                "AnnouncementClause", "AnnouncementClause", "AnnouncementClause", // ๑. levels, ๑.๑, ๑.๒
                "AnnouncementClause", "AnnouncementClause", // ๒. inbound, ๒.๑
                "AnnouncementClause", "AnnouncementClause", // ๓. outbound, ๓.๑
                "AnnouncementClause", "AnnouncementClause", // ๔. steps, ๔.๑
                "AnnouncementClause", // ๕. reporting
                "AnnouncementClosing", "AnnouncementDate", "AnnouncementSignatory", "AnnouncementPosition",
            ],
            paragraphs.Select(p => p.Style));
        Assert.Equal("ประกาศสำนักงานเขตตัวอย่าง", paragraphs[0].Text);
        Assert.Equal("เรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", paragraphs[1].Text);
        Assert.Equal(string.Empty, paragraphs[2].Text);
        Assert.StartsWith("สำนักงานเขตตัวอย่าง เปิดโอกาสให้ประชาชน", paragraphs[3].Text, StringComparison.Ordinal);
        Assert.Equal("ระดับการมีส่วนร่วม", paragraphs[4].Text);
        Assert.Equal("ระดับการปรึกษาหารือ", paragraphs[6].Text);
        Assert.Equal("เว็บไซต์ www.example.go.th", paragraphs[8].Text);
        Assert.Equal(["จึงประกาศให้ทราบโดยทั่วกัน", "ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๖", "(นายสมมติ ตัวอย่าง)", Position], paragraphs[^4..].Select(p => p.Text));
    }

    [Fact]
    public void Clauses_are_Word_numbering_one_list_groups_on_the_first_level_items_on_the_second()
    {
        using var document = Open(Render(Sample, Signed));
        var numbered = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => p.ParagraphProperties?.NumberingProperties)
            .Where(n => n is not null)
            .ToList();

        Assert.All(numbered, n => Assert.Equal(1, n!.NumberingId!.Val!.Value));
        Assert.Equal([0, 1, 1, 0, 1, 0, 1, 0, 1, 0], numbered.Select(n => n!.NumberingLevelReference!.Val!.Value));
        Assert.DoesNotContain(document.MainDocumentPart.Document.Body.Descendants<WordText>(), t => t.Text.StartsWith('๑'));
    }

    [Theory]
    [InlineData(DigitStyle.Thai, "thaiNumbers")]
    [InlineData(DigitStyle.Arabic, "decimal")]
    public void The_numbering_definition_writes_dotted_numbers_in_the_chosen_digits_with_hanging_indents(DigitStyle digits, string format)
    {
        using var document = Open(Render(Sample, new AnnouncementWordOptions { Digits = digits }));
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var instance = Assert.Single(numbering.Elements<NumberingInstance>());
        var abstractNum = Assert.Single(numbering.Elements<AbstractNum>());
        var levels = abstractNum.Elements<Level>().ToList();

        Assert.Equal(1, instance.NumberID!.Value);
        Assert.Equal(abstractNum.AbstractNumberId!.Value, instance.AbstractNumId!.Val!.Value);
        Assert.Equal(["%1.", "%1.%2", "%1.%2.%3"], levels.Select(l => l.LevelText!.Val!.Value));
        Assert.All(levels, l => Assert.Equal(format, l.NumberingFormat!.Val!.ToString()));
        Assert.All(levels, l => Assert.Equal(1, l.StartNumberingValue!.Val!.Value));

        // The first number at the paragraph indent (2.5 cm), each level's number where the level above's text starts.
        var indents = levels.Select(l => l.PreviousParagraphProperties!.Indentation!).Select(i => (Left: int.Parse(i.Left!), Hanging: int.Parse(i.Hanging!))).ToList();
        Assert.Equal(2.5 * Cm1, indents[0].Left - indents[0].Hanging, tolerance: 2);
        Assert.Equal(indents[0].Left, indents[1].Left - indents[1].Hanging);
        Assert.Equal(indents[1].Left, indents[2].Left - indents[2].Hanging);
        Assert.All(indents, i => Assert.InRange(i.Hanging, 0.75 * Cm1, 1.5 * Cm1 + 2));
        Assert.All(levels, l => Assert.Equal(int.Parse(l.PreviousParagraphProperties!.Indentation!.Left!), l.PreviousParagraphProperties.Tabs!.Elements<TabStop>().Single().Position!.Value));
    }

    [Theory]
    [InlineData(AnnouncementFont.ThSarabunNew, "TH Sarabun New")]
    [InlineData(AnnouncementFont.ThSarabunPsk, "TH SarabunPSK")]
    [InlineData(AnnouncementFont.ThSarabunIT9, "TH SarabunIT๙")]
    public void Everything_is_16_point_in_the_chosen_font_in_Thai(AnnouncementFont font, string family)
    {
        using var document = Open(Render(Sample, new AnnouncementWordOptions { Font = font }));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        var fonts = defaults.RunFonts!;
        Assert.Equal(Enumerable.Repeat<string?>(family, 4), [fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.ComplexScript?.Value, fonts.EastAsia?.Value]);
        Assert.Equal("32", defaults.FontSize!.Val!.Value);
        Assert.Equal("32", defaults.FontSizeComplexScript!.Val!.Value);
        Assert.Equal("th-TH", defaults.Languages!.Bidi!.Value);
        Assert.Empty(styles.Elements<Style>().SelectMany(s => s.Descendants<RunFonts>().Concat<OpenXmlElement>(s.Descendants<FontSize>())));
        Assert.Empty(document.MainDocumentPart.Document!.Body!.Descendants<RunProperties>());
    }

    [Fact]
    public void The_styles_centre_and_embolden_the_heading_justify_the_text_the_Thai_way_and_place_the_signature_right()
    {
        using var document = Open(Render(Sample, Signed));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        foreach (var id in new[] { "AnnouncementHeading", "AnnouncementSubject" })
        {
            Assert.Equal(JustificationValues.Center, styles[id].StyleParagraphProperties!.Justification!.Val!.Value);
            Assert.NotNull(styles[id].StyleRunProperties!.Bold);
            Assert.NotNull(styles[id].StyleRunProperties!.BoldComplexScript);
        }

        Assert.Equal(JustificationValues.ThaiDistribute, styles["AnnouncementBody"].StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.ThaiDistribute, styles["AnnouncementClause"].StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(2.5 * Cm1, int.Parse(styles["AnnouncementBody"].StyleParagraphProperties!.Indentation!.FirstLine!), tolerance: 2);
        Assert.Equal(2.5 * Cm1, int.Parse(styles["AnnouncementClosing"].StyleParagraphProperties!.Indentation!.FirstLine!), tolerance: 2);

        // The date line and the signature block stand right of the page's middle; the block is kept with the closing.
        var dateIndent = int.Parse(styles["AnnouncementDate"].StyleParagraphProperties!.Indentation!.Left!);
        Assert.InRange(dateIndent, 4 * Cm1, 8 * Cm1);
        foreach (var id in new[] { "AnnouncementSignatory", "AnnouncementPosition" })
        {
            Assert.Equal(JustificationValues.Center, styles[id].StyleParagraphProperties!.Justification!.Val!.Value);
            Assert.True(int.Parse(styles[id].StyleParagraphProperties!.Indentation!.Left!) > dateIndent);
        }

        Assert.All(new[] { "AnnouncementClosing", "AnnouncementDate", "AnnouncementSignatory" }, id => Assert.NotNull(styles[id].StyleParagraphProperties!.KeepNext));
        Assert.True(int.Parse(styles["AnnouncementSignatory"].StyleParagraphProperties!.SpacingBetweenLines!.Before!) >= 3 * 16 * 20);
    }

    [Theory]
    [InlineData(DigitStyle.Thai, "thaiNumbers")]
    [InlineData(DigitStyle.Arabic, "decimal")]
    public void The_page_is_A4_with_the_official_margins_and_page_numbers_from_the_second_page(DigitStyle digits, string pageNumbers)
    {
        using var document = Open(Render(Sample, new AnnouncementWordOptions { Digits = digits }));
        var section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal(2.5 * Cm1, margin.Top!.Value, tolerance: 2);
        Assert.Equal(2.0 * Cm1, margin.Bottom!.Value, tolerance: 2);
        Assert.Equal(3.0 * Cm1, margin.Left!.Value, tolerance: 2);
        Assert.Equal(2.0 * Cm1, margin.Right!.Value, tolerance: 2);
        Assert.Equal(pageNumbers, section.GetFirstChild<PageNumberType>()!.Format!.ToString());
        Assert.NotNull(section.GetFirstChild<TitlePage>());

        // Page 1 has no header of its own, so with a title page it is blank; the rest carry the number.
        var reference = Assert.Single(section.Elements<HeaderReference>());
        Assert.Equal(HeaderFooterValues.Default, reference.Type!.Value);
        var header = ((HeaderPart)document.MainDocumentPart.GetPartById(reference.Id!.Value!)).Header!;
        Assert.Equal(" PAGE ", header.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.StartsWith("- ", header.InnerText, StringComparison.Ordinal);
        Assert.EndsWith(" -", header.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_emblem_an_empty_dashed_frame_3_cm_tall_floats_at_the_top_centre()
    {
        using var document = Open(Render(Sample, Signed));
        var anchor = Emblem(document);

        Assert.Equal((3 * EmuPerCm, 3 * EmuPerCm), (anchor.Extent!.Cx!.Value, anchor.Extent.Cy!.Value));
        Assert.NotNull(anchor.Descendants<DocumentFormat.OpenXml.Drawing.PresetDash>().SingleOrDefault());
    }

    [Fact]
    public void An_emblem_is_drawn_3_cm_tall_as_wide_as_its_proportions_at_the_top_centre()
    {
        var png = TestImages.Png(270, 300);
        using var document = Open(Render(Sample, new AnnouncementWordOptions { Emblem = AnnouncementEmblem.FromImage(png).Value }));
        var anchor = Emblem(document);
        var blip = anchor.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        var image = (ImagePart)document.MainDocumentPart!.GetPartById(blip.Embed!.Value!);

        Assert.Equal((27 * EmuPerCm / 10, 3 * EmuPerCm), (anchor.Extent!.Cx!.Value, anchor.Extent.Cy!.Value));
        Assert.Equal("image/png", image.ContentType);
        using (var stream = image.GetStream())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            Assert.Equal(png, copy.ToArray());
        }

        Assert.Empty(anchor.Descendants<DocumentFormat.OpenXml.Drawing.Outline>());
    }

    [Fact]
    public void A_very_wide_emblem_is_scaled_down_to_the_width_of_the_text()
    {
        using var document = Open(Render(Sample, new AnnouncementWordOptions { Emblem = AnnouncementEmblem.FromImage(TestImages.Png(1000, 100)).Value }));
        var extent = Emblem(document).Extent!;

        Assert.Equal(16 * EmuPerCm, extent.Cx!.Value, tolerance: EmuPerCm / 100);
        Assert.Equal(16 * EmuPerCm / 10, extent.Cy!.Value, tolerance: EmuPerCm / 100);
    }

    [Theory]
    [InlineData(DigitStyle.Thai, false)]
    [InlineData(DigitStyle.Arabic, true)]
    public void The_Open_XML_validator_finds_no_error(DigitStyle digits, bool emblem)
    {
        var options = new AnnouncementWordOptions
        {
            Digits = digits,
            Emblem = emblem ? AnnouncementEmblem.FromImage(TestImages.JpegHeader(540, 600)).Value : null,
        };
        var property = Prop.ForAll(MeasureGenerators.Readable.ToArbitrary(), measure =>
        {
            using var document = Open(Render(measure, options));
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
            Assert.Empty(errors);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), property);
    }

    [Theory]
    [InlineData(DigitStyle.Thai)]
    [InlineData(DigitStyle.Arabic)]
    public void The_document_says_what_the_plain_text_says_line_for_line(DigitStyle digits)
    {
        var property = Prop.ForAll(MeasureGenerators.Readable.ToArbitrary(), measure =>
        {
            var text = AnnouncementWriter.Render(measure, new AnnouncementRenderOptions { Digits = digits, Signatory = Signatory, Position = Position });
            var word = WordTextReader.Read(new MemoryStream(Render(measure, new AnnouncementWordOptions { Digits = digits, Signatory = Signatory, Position = Position }))).Value.Text;

            Assert.Equal(Lines(text), Lines(word));
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }

    [Theory]
    [InlineData(DigitStyle.Thai)]
    [InlineData(DigitStyle.Arabic)]
    public void Reading_the_rendered_document_finds_the_same_measure_and_findings(DigitStyle digits)
    {
        var options = new AnnouncementWordOptions { Digits = digits, Signatory = Signatory, Position = Position };
        var property = Prop.ForAll(MeasureGenerators.Readable.ToArbitrary(), measure =>
        {
            var text = DocumentTextReader.Read(Render(measure, options)).Value;

            Assert.Equal(SourceFormat.Word, text.Format);
            RenderedAnnouncement.AssertStates(measure, AnnouncementReader.Read(text).Single(), Signatory, Position);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    [Fact]
    public void The_check_verb_s_path_gives_a_rendered_document_the_measure_s_findings()
    {
        var measure = new Measure("สำนักงานเขตตัวอย่าง", "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", [new FeedbackChannel(ChannelKind.Newsletter, ChannelDirection.Outbound)], []);

        var report = ComplianceChecker.Check("ประกาศ.docx", new MemoryStream(Render(measure, Signed)), 1 << 20).Value;

        var document = Assert.Single(report.Documents);
        Assert.Equal(["GOV001", "GOV002"], measure.Validate().Select(f => f.Id));
        Assert.Equal(measure.Validate().Select(f => (f.Id, f.Severity)), document.Findings.Select(f => (f.Id, f.Severity)));
        Assert.Equal(ComplianceVerdict.NotCompliant, document.Verdict);
    }

    [Fact]
    public void Missing_date_signatory_and_position_are_dotted_lines_the_reader_leaves_empty()
    {
        var measure = new Measure("สำนักงานเขตตัวอย่าง", "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", [], []);

        var document = AnnouncementReader.Read(DocumentTextReader.Read(Render(measure, null)).Value).Single();

        Assert.Null(document.IssuedOn);
        Assert.Null(document.Signatory);
        Assert.Null(document.Position);
        Assert.NotNull(document.SignatoryLine);
    }

    [Fact]
    public void Characters_XML_cannot_carry_are_written_as_replacement_characters_instead_of_failing()
    {
        var measure = new Measure("สำนักงาน\uD800ตัวอย่าง\uFFFF", "มาตรการ 😀", [], []);

        var text = WordTextReader.Read(new MemoryStream(Render(measure, null))).Value.Text;

        Assert.StartsWith("ประกาศสำนักงาน\uFFFDตัวอย่าง\uFFFD\nเรื่อง มาตรการ 😀\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_from_the_stream_s_position_to_a_stream_that_cannot_seek_and_leaves_it_open()
    {
        using var target = new ForwardOnlyStream();
        target.Write([1, 2, 3]);

        AnnouncementWordWriter.Write(Sample, target, Signed);

        Assert.True(target.CanWrite);
        Assert.Equal([1, 2, 3], target.Bytes[..3]);
        Assert.Equal("ประกาศสำนักงานเขตตัวอย่าง", WordTextReader.Read(new MemoryStream(target.Bytes[3..])).Value.Text.Split('\n')[0]);
    }

    [Fact]
    public void Bad_arguments_are_programming_errors()
    {
        Assert.Throws<ArgumentNullException>(() => AnnouncementWordWriter.Write(null!, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => AnnouncementWordWriter.Write(Sample, null!));
        Assert.Throws<ArgumentException>(() => AnnouncementWordWriter.Write(Sample, new MemoryStream([], writable: false)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnouncementWordWriter.Write(Sample, new MemoryStream(), new AnnouncementWordOptions { Digits = (DigitStyle)5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnouncementWordWriter.Write(Sample, new MemoryStream(), new AnnouncementWordOptions { Font = (AnnouncementFont)5 }));
    }

    private static byte[] Render(Measure measure, AnnouncementWordOptions? options)
    {
        using var docx = new MemoryStream();
        AnnouncementWordWriter.Write(measure, docx, options);
        return docx.ToArray();
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);

    /// <summary>The emblem's anchor, after checking that it floats at the top centre with the text kept below it.</summary>
    private static Dw.Anchor Emblem(WordprocessingDocument document)
    {
        var heading = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();
        var anchor = heading.Descendants<Dw.Anchor>().Single();

        Assert.Equal(Dw.HorizontalRelativePositionValues.Margin, anchor.HorizontalPosition!.RelativeFrom!.Value);
        Assert.Equal("center", anchor.HorizontalPosition.HorizontalAlignment!.Text);
        Assert.Equal(Dw.VerticalRelativePositionValues.Page, anchor.VerticalPosition!.RelativeFrom!.Value);
        Assert.Equal((15 * EmuPerCm / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), anchor.VerticalPosition.PositionOffset!.Text);
        Assert.NotNull(anchor.GetFirstChild<Dw.WrapTopBottom>());
        Assert.False(anchor.BehindDoc!.Value);
        return anchor;
    }

    private static string[] Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();

    /// <summary>A stream that only goes forward, as standard output or a response body does.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        private readonly MemoryStream _inner = new();

        public byte[] Bytes => _inner.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);
    }
}
