using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Governance.Announcements.Reading;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Participation.Governance.Announcements.Tests.Formats;

/// <summary>Word documents written here with the Open XML SDK, as Word writes them, read back as the text Word shows.</summary>
public sealed class WordTextReaderTests
{
    [Fact]
    public void Automatic_numbering_is_written_as_the_outline_numbers_word_shows()
    {
        var text = Read(
            numbering: Abstract(1, (NumberFormatValues.ThaiNumbers, "%1."), (NumberFormatValues.ThaiNumbers, "%1.%2"), (NumberFormatValues.ThaiNumbers, "(%3)")),
            instances: [Instance(1, 1)],
            Numbered(1, 0, "ระดับการมีส่วนร่วม"),
            Numbered(1, 1, "ระดับการให้ข้อมูลข่าวสาร"),
            Numbered(1, 1, "ระดับการปรึกษาหารือ"),
            Numbered(1, 2, "ผ่านเว็บไซต์"),
            Numbered(1, 2, "ผ่านโทรศัพท์"),
            Numbered(1, 0, "ช่องทาง"),
            Numbered(1, 1, "เว็บไซต์"));

        Assert.Equal(
            "๑. ระดับการมีส่วนร่วม\n๑.๑ ระดับการให้ข้อมูลข่าวสาร\n๑.๒ ระดับการปรึกษาหารือ\n(๑) ผ่านเว็บไซต์\n(๒) ผ่านโทรศัพท์\n๒. ช่องทาง\n๒.๑ เว็บไซต์",
            text);
    }

    [Theory]
    [InlineData("decimal", "%1)", 1, "1) ก\n2) ข")]
    [InlineData("thaiLetters", "%1.", 1, "ก. ก\nข. ข")]
    [InlineData("thaiCounting", "ข้อ %1", 1, "ข้อ หนึ่ง ก\nข้อ สอง ข")]
    [InlineData("thaiNumbers", "%1.", 5, "๕. ก\n๖. ข")]
    [InlineData("upperRoman", "%1.", 3, "III. ก\nIV. ข")]
    [InlineData("decimalZero", "%1.", 9, "09. ก\n10. ข")]
    public void Number_formats_and_start_values_are_those_of_the_level(string format, string levelText, int start, string expected)
    {
        var text = Read(
            numbering: Abstract(1, start, (new NumberFormatValues(format), levelText)),
            instances: [Instance(1, 1)],
            Numbered(1, 0, "ก"),
            Numbered(1, 0, "ข"));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void A_list_instance_with_a_start_override_restarts_and_instances_of_one_list_count_together()
    {
        var text = Read(
            numbering: Abstract(1, (NumberFormatValues.ThaiNumbers, "%1.")),
            instances: [Instance(1, 1), Instance(2, 1), Instance(3, 1, restartLevel0At: 1)],
            Numbered(1, 0, "ก"),
            Numbered(1, 0, "ข"),
            Numbered(2, 0, "ค"),
            Numbered(3, 0, "ง"),
            Numbered(3, 0, "จ"));

        Assert.Equal("๑. ก\n๒. ข\n๓. ค\n๑. ง\n๒. จ", text);
    }

    [Fact]
    public void Numbering_comes_from_the_paragraph_style_when_the_paragraph_has_none()
    {
        var styles = new Styles(
            new Style(new StyleName { Val = "Clause" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
            { Type = StyleValues.Paragraph, StyleId = "Clause" },
            new Style(new StyleName { Val = "Clause 2" }, new BasedOn { Val = "Clause" }) { Type = StyleValues.Paragraph, StyleId = "Clause2" });

        var text = Read(
            numbering: Abstract(1, (NumberFormatValues.ThaiNumbers, "%1.")),
            instances: [Instance(1, 1)],
            styles,
            Styled("Clause", "ก"),
            Styled("Clause2", "ข"),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Clause" }, new NumberingProperties(new NumberingId { Val = 0 })), Run("ไม่มีเลข")));

        Assert.Equal("๑. ก\n๒. ข\nไม่มีเลข", text);
    }

    [Fact]
    public void A_table_is_read_row_by_row_with_its_cells_separated()
    {
        var table = new Table(
            new TableRow(Cell("ช่องทาง"), Cell("รายละเอียด")),
            new TableRow(Cell("เว็บไซต์"), new TableCell(new Paragraph(Run("เมนูรับฟัง")), new Paragraph(Run("ความคิดเห็น")))));

        var text = Read(null, [], new Paragraph(Run("ก่อนตาราง")), table, new Paragraph(Run("หลังตาราง")));

        Assert.Equal("ก่อนตาราง\nช่องทาง\tรายละเอียด\nเว็บไซต์\tเมนูรับฟัง ความคิดเห็น\nหลังตาราง", text);
    }

    [Fact]
    public void Tracked_changes_read_as_accepted_and_fields_as_their_result()
    {
        var paragraph = new Paragraph(
            Run("ช่องทาง"),
            new InsertedRun(Run("เว็บไซต์ ")) { Id = "1", Author = "ก" },
            new DeletedRun(new Run(new DeletedText("โทรสาร "))) { Id = "2", Author = "ก" },
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" DATE \\@ \"d MMMM yyyy\" ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("๑ ตุลาคม ๒๕๖๖"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new SimpleField(Run(" หน้า ๒")) { Instruction = " PAGE " },
            new Hyperlink(Run(" ลิงก์")) { Anchor = "x" });

        Assert.Equal("ช่องทางเว็บไซต์ ๑ ตุลาคม ๒๕๖๖ หน้า ๒ ลิงก์", Read(null, [], paragraph));
    }

    [Fact]
    public void Only_the_body_is_read_and_line_breaks_and_tabs_are_kept()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(Run("- ๒ -")));
            main.Document = new Document(new Body(
                new Paragraph(Run("เรื่อง มาตรการ"), new Run(new Break()), Run("ประจำปี")),
                new Paragraph(Run("ก"), new Run(new TabChar()), Run("ข")),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) })));
        }

        stream.Position = 0;
        var read = WordTextReader.Read(stream);

        Assert.True(read.Success, read.Message);
        Assert.Equal("เรื่อง มาตรการ\nประจำปี\nก\tข", read.Value.Text);
        Assert.Equal(SourceFormat.Word, read.Value.Format);
        Assert.Empty(read.Value.PageFirstLines);
    }

    [Fact]
    public void A_damaged_package_is_a_failure_not_an_exception()
    {
        var bytes = File.ReadAllBytes(Fixtures.PathOf("C-no-feedback-channel.docx"));
        for (var cut = 64; cut < bytes.Length; cut += bytes.Length / 7)
        {
            var read = WordTextReader.Read(new MemoryStream(bytes, 0, cut));

            Assert.False(read.Success);
            Assert.StartsWith("not a readable Word document", read.Message, StringComparison.Ordinal);
        }
    }

    private static Paragraph Numbered(int numId, int level, string text)
        => new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), Run(text));

    private static Paragraph Styled(string style, string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    private static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    private static TableCell Cell(string text) => new(new Paragraph(Run(text)));

    private static AbstractNum Abstract(int id, params (NumberFormatValues Format, string Text)[] levels) => Abstract(id, 1, levels);

    private static AbstractNum Abstract(int id, int start, params (NumberFormatValues Format, string Text)[] levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = start },
                new NumberingFormat { Val = levels[i].Format },
                new LevelText { Val = levels[i].Text })
            { LevelIndex = i });
        }

        return abstractNum;
    }

    private static NumberingInstance Instance(int numId, int abstractId, int? restartLevel0At = null)
    {
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        if (restartLevel0At is { } start)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        }

        return instance;
    }

    private static string Read(AbstractNum? numbering, NumberingInstance[] instances, params OpenXmlElement[] blocks)
        => Read(numbering, instances, null, blocks);

    private static string Read(AbstractNum? numbering, NumberingInstance[] instances, Styles? styles, params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            if (numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering([numbering, .. instances]);
            }

            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }

            main.Document = new Document(new Body(blocks));
        }

        var read = DocumentTextReader.Read(stream.ToArray());
        Assert.True(read.Success, read.Message);
        Assert.Equal(SourceFormat.Word, read.Value.Format);
        return read.Value.Text;
    }
}
