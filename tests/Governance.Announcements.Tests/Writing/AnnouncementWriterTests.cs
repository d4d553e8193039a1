using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Announcements;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Announcements.Tests.Writing;

public sealed class AnnouncementWriterTests
{
    private static readonly Measure Sample = RenderedAnnouncement.Sample;

    [Fact]
    public void Plain_text_has_the_official_shape_in_Thai_digits()
    {
        var text = AnnouncementWriter.Render(Sample, new AnnouncementRenderOptions { Signatory = "นายสมมติ ตัวอย่าง", Position = "ผู้อำนวยการสำนักงานเขตตัวอย่าง" });
        var lines = text.Split('\n');

        Assert.Equal("ประกาศสำนักงานเขตตัวอย่าง", lines[0]);
        Assert.Equal("เรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", lines[1]);
        Assert.Contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", lines[3], StringComparison.Ordinal);
        Assert.Contains("๑. ระดับการมีส่วนร่วม", lines);
        Assert.Contains("๑.๒ ระดับการปรึกษาหารือ", lines);
        Assert.Contains("๒.๑ เว็บไซต์ www.example.go.th", lines);
        Assert.Contains("๓.๑ จดหมายข่าว", lines);
        Assert.Contains("๔.๑ ประเมินความพึงพอใจของผู้รับบริการ (หลังดำเนินงาน)", lines);
        Assert.Contains(lines, l => l.StartsWith("๕. ", StringComparison.Ordinal) && l.Contains("ไตรมาสที่ ๒ และไตรมาสที่ ๔", StringComparison.Ordinal));
        Assert.Contains("จึงประกาศให้ทราบโดยทั่วกัน", lines);
        Assert.Contains("ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๖", lines);
        Assert.Equal(["(นายสมมติ ตัวอย่าง)", "ผู้อำนวยการสำนักงานเขตตัวอย่าง", string.Empty], lines[^3..]);
        Assert.DoesNotContain(text, char.IsAsciiDigit);
    }

    [Fact]
    public void Arabic_digits_on_request()
    {
        var text = AnnouncementWriter.Render(Sample, new AnnouncementRenderOptions { Digits = DigitStyle.Arabic });

        Assert.Contains("\n1.2 ระดับการปรึกษาหารือ\n", text, StringComparison.Ordinal);
        Assert.Contains("ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2566", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, ThaiDigits.IsThaiDigit);
    }

    [Fact]
    public void Markdown_uses_a_heading_bold_groups_and_list_items()
    {
        var text = AnnouncementWriter.Render(Sample, new AnnouncementRenderOptions { Format = AnnouncementFormat.Markdown });

        Assert.StartsWith("# ประกาศสำนักงานเขตตัวอย่าง\n\n**เรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม**\n", text, StringComparison.Ordinal);
        Assert.Contains("\n**๑. ระดับการมีส่วนร่วม**\n\n- ๑.๑ ระดับการให้ข้อมูลข่าวสาร\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_date_and_signatory_are_dotted_lines_the_reader_leaves_empty()
    {
        var measure = new Measure("สำนักงานเขตตัวอย่าง", "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", [], []);

        var document = AnnouncementReader.Read(AnnouncementWriter.Render(measure)).Single();

        Assert.Null(document.IssuedOn);
        Assert.Null(document.Signatory);
        Assert.Null(document.Position);
        Assert.NotNull(document.SignatoryLine);
    }

    [Fact]
    public void A_satisfaction_step_not_worded_as_one_is_still_read_as_one()
    {
        var measure = new Measure("สำนักงานเขตตัวอย่าง", "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", [], [new MeasureStep(StepKind.SatisfactionAssessment, "ดำเนินการปีละสองรอบ")]);

        var document = AnnouncementReader.Read(AnnouncementWriter.Render(measure)).Single();

        Assert.True(document.Measure!.HasSatisfactionAssessment);
    }

    [Fact]
    public void Markdown_escapes_what_would_change_the_meaning_and_the_reader_undoes_it()
    {
        var measure = new Measure("สำนักงาน *ตัวอย่าง*", "มาตรการ_ใหม่ [ฉบับที่ ๒]", [], []);

        var document = AnnouncementReader.Read(AnnouncementWriter.Render(measure, new AnnouncementRenderOptions { Format = AnnouncementFormat.Markdown })).Single();

        Assert.Equal("สำนักงาน *ตัวอย่าง*", document.Agency);
        Assert.Equal("มาตรการ_ใหม่ [ฉบับที่ ๒]", document.Title);
    }

    [Fact]
    public void What_the_title_or_description_already_says_is_not_repeated()
    {
        var measure = new Measure(
            "สำนักงานเขตตัวอย่าง",
            "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            [],
            [new MeasureStep(StepKind.Review, "ทบทวนผลการดำเนินงาน ก่อนวางแผนดำเนินงาน") { Phases = [ParticipationPhase.BeforePlanning, ParticipationPhase.AfterOperation] }])
        {
            FiscalYear = new ThaiFiscalYear(2567),
        };

        var text = AnnouncementWriter.Render(measure);

        Assert.Single(text.Split("ปีงบประมาณ")[1..]);
        Assert.Contains("\n๑.๑ ทบทวนผลการดำเนินงาน ก่อนวางแผนดำเนินงาน (หลังดำเนินงาน)\n", text, StringComparison.Ordinal);
        Assert.Equal(new ThaiFiscalYear(2567), AnnouncementReader.Read(text).Single().Measure!.FiscalYear);
    }

    [Fact]
    public void Null_arguments_are_programming_errors()
    {
        Assert.Throws<ArgumentNullException>(() => AnnouncementWriter.Render(null!));
        Assert.Throws<ArgumentNullException>(() => AnnouncementWriter.Write(Sample, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnouncementWriter.Render(Sample, new AnnouncementRenderOptions { Format = (AnnouncementFormat)9 }));
    }

    [Theory]
    [InlineData(DigitStyle.Thai, AnnouncementFormat.PlainText)]
    [InlineData(DigitStyle.Arabic, AnnouncementFormat.PlainText)]
    [InlineData(DigitStyle.Thai, AnnouncementFormat.Markdown)]
    [InlineData(DigitStyle.Arabic, AnnouncementFormat.Markdown)]
    public void Reading_the_rendered_text_finds_the_same_measure(DigitStyle digits, AnnouncementFormat format)
    {
        var options = new AnnouncementRenderOptions { Digits = digits, Format = format, Signatory = "นายสมมติ ตัวอย่าง", Position = "ผู้อำนวยการ" };
        var property = Prop.ForAll(MeasureGenerators.Readable.ToArbitrary(), measure =>
        {
            var document = AnnouncementReader.Read(AnnouncementWriter.Render(measure, options)).Single();

            RenderedAnnouncement.AssertStates(measure, document, "นายสมมติ ตัวอย่าง", "ผู้อำนวยการ");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
