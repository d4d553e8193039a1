using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Tests.Reading;

/// <summary>
/// Each rule of "Reading real announcements as an assessor does" (DOMAIN), on announcements written for these tests in
/// the ways agencies word them.
/// </summary>
public sealed class AssessorReadingTests
{
    private const string Header = "ประกาศสำนักงานเขตพื้นที่การศึกษาตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n\n";
    private const string Satisfaction = "๙. ประเมินความพึงพอใจของผู้รับบริการปีละครั้ง\n";

    [Theory]
    [InlineData("๑. จัดให้มีช่องทางการรับฟังความคิดเห็นที่หลากหลาย")]
    [InlineData("๑. เปิดช่องทางรับฟังความคิดเห็นจากผู้มีส่วนได้ส่วนเสีย")]
    [InlineData("๑. จัดให้มีกระบวนการรับฟังความคิดเห็นทั้งเป็นทางการและไม่เป็นทางการ")]
    [InlineData("๑. การมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย\n๑.๑ รับฟังความคิดเห็นก่อนวางแผนดำเนินงาน")]
    public void A_general_promise_to_hear_people_is_a_route_whose_channels_are_not_named(string clause)
        => Assert.Equal(["GOV005"], Findings(Header + clause + "\n" + Satisfaction));

    [Theory]
    [InlineData("๑. แต่งตั้งผู้แทนผู้มีส่วนได้ส่วนเสียร่วมเป็นคณะกรรมการพัฒนาการศึกษา")]
    [InlineData("๑. ให้มีผู้แทนภาคประชาชนร่วมเป็นคณะทำงานติดตามการดำเนินงาน")]
    [InlineData("๑. แต่งตั้งคณะทำงานซึ่งมีผู้แทนชุมชน ดังนี้\n๑.๑ นายสมมติ ใจดี\n๑.๒ นางทดสอบ มีสุข")]
    public void Representatives_of_the_public_on_committees_are_a_route_whose_channels_are_not_named(string clause)
        => Assert.Equal(["GOV005"], Findings(Header + clause + "\n" + Satisfaction));

    [Fact]
    public void An_appointment_of_staff_only_is_not_a_route()
        => Assert.Equal(["GOV001"], Findings(Header + "๑. แต่งตั้งคณะทำงานภายในสำนักงานเพื่อจัดทำรายงาน\n" + Satisfaction));

    [Theory]
    [InlineData("๑. เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ของสำนักงาน")]
    [InlineData("๑. ประชาสัมพันธ์ผลการดำเนินงานผ่านเว็บไซต์ เฟซบุ๊ก และป้ายประชาสัมพันธ์")]
    [InlineData("๑. ช่องทางเผยแพร่ข้อมูลข่าวสาร\n๑.๑ เว็บไซต์\n๑.๒ จดหมายข่าว")]
    public void Publishing_information_is_outward_and_not_a_route_in_even_on_a_website(string clause)
        => Assert.Equal(["GOV001"], Findings(Header + clause + "\n" + Satisfaction));

    [Fact]
    public void A_channel_listed_under_a_heading_that_hears_people_is_inbound_whatever_its_detail_says()
    {
        var document = Read(Header + "๑. ช่องทางรับฟังความคิดเห็นและข้อร้องเรียน\n๑.๑ เว็บไซต์ของสำนักงาน ซึ่งเผยแพร่ข่าวประชาสัมพันธ์ด้วย\n" + Satisfaction);

        var channel = Assert.Single(document.Measure!.FeedbackChannels);
        Assert.Equal(ChannelKind.Website, channel.Kind);
        Assert.Empty(document.Findings());
        Assert.Contains(document.Facts, f => f is { Kind: FactKind.FeedbackChannel, Value: "website" } && f.Note!.Contains("heading", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ระดับการเข้ามามีบทบาท")]
    [InlineData("ระดับเข้ามามีบทบาท")]
    [InlineData("การเข้ามามีบทบาท")]
    [InlineData("การมีส่วนร่วมในการให้เข้ามามีบทบาท")]
    [InlineData("ระดับที่ ๓ การเข้ามามีบทบาทของประชาชน")]
    [InlineData("ระดับที่ 3 (Involve)")]
    public void A_level_is_read_with_or_without_its_prefixes(string words)
    {
        var document = Read(Header + "๑. ระดับการมีส่วนร่วม\n๑.๑ " + words + "\n" + Satisfaction);

        Assert.Equal([ParticipationLevel.Involve], document.Measure!.Levels);
    }

    [Theory]
    [InlineData("ระดับให้ข้อมูลข่าวสาร", ParticipationLevel.Inform)]
    [InlineData("การมีส่วนร่วมในการแสดงความคิดเห็น", ParticipationLevel.Consult)]
    [InlineData("ระดับปรึกษาหารือ", ParticipationLevel.Consult)]
    [InlineData("การมีส่วนร่วมโดยสร้างความร่วมมือ", ParticipationLevel.Collaborate)]
    [InlineData("ระดับเสริมอำนาจแก่ประชาชน", ParticipationLevel.Empower)]
    public void Every_level_is_read_without_its_การ(string words, ParticipationLevel level)
        => Assert.Equal([level], Read(Header + "๑. " + words + "\n" + Satisfaction).Measure!.Levels);

    [Fact]
    public void Everyday_words_that_contain_a_level_name_are_not_levels()
        => Assert.Empty(Read(Header + "๑. ให้ข้อมูลแก่ผู้เกี่ยวข้องและขอความร่วมมือจากหน่วยงาน\n" + Satisfaction).Measure!.Levels);

    [Theory]
    [InlineData("๑. รับฟังความคิดเห็นทางเว็บไซท์", ChannelKind.Website)]
    [InlineData("๑. รับฟังความคิดเห็นทางเว็บ ไซต์", ChannelKind.Website)]
    [InlineData("๑. รับฟังความคิดเห็นทางโทรศัพท", ChannelKind.Telephone)]
    [InlineData("๑. รับฟังความคิดเห็นทางไปรษณีย์อิเล็คทรอนิกส์", ChannelKind.Email)]
    [InlineData("๑. รับฟังความคิดเห็นทางกล่องรับความคิดเหน", ChannelKind.SuggestionBox)]
    public void A_channel_with_a_typing_slip_is_read_and_the_slip_is_shown(string clause, ChannelKind kind)
    {
        var document = Read(Header + clause + "\n" + Satisfaction);

        Assert.Contains(document.Measure!.FeedbackChannels, c => c.Kind == kind);
        Assert.DoesNotContain(document.Findings(), f => f.IsBlocking);
    }

    [Theory]
    [InlineData("๙. ประเมินความพืงพอใจของผู้รับบริการ")]
    [InlineData("๙. ประเมินความพึ่งพอใจของผู้รับบริการ")]
    [InlineData("๙. ประเมินความพึงพอใจ ของผู้รับบริการ")]
    [InlineData("๙. สํารวจความพึงพอใจของผู้รับบริการ")]
    [InlineData("๙. ประเมนิความ พึงพอใจของผู้รับบริการ")]
    public void A_satisfaction_step_with_a_slip_in_a_tone_mark_a_vowel_or_spacing_is_read(string clause)
    {
        var document = Read(Header + "๑. รับฟังความคิดเห็นทางเว็บไซต์\n" + clause + "\n");

        Assert.True(document.Measure!.HasSatisfactionAssessment);
        Assert.DoesNotContain(document.Findings(), f => f.IsBlocking);
    }

    [Fact]
    public void A_satisfaction_step_read_through_a_slip_says_so_in_its_fact()
    {
        var document = Read(Header + "๑. รับฟังความคิดเห็นทางเว็บไซต์\n๒. ประเมินความพืงพอใจของผู้รับบริการ\n");

        var fact = Assert.Single(document.Facts, f => f is { Kind: FactKind.Step, Value: "satisfactionAssessment" });
        Assert.Contains("typing slip", fact.Note, StringComparison.Ordinal);
        Assert.Equal(5, fact.Line);
    }

    [Theory]
    [InlineData("๑. ประชาชนมาร่วมงาน")]
    [InlineData("๑. ทำเครื่องหมายกากบาทในช่องที่เลือก")]
    [InlineData("๑. ขั้นตอนการดำเนินงาน")]
    [InlineData("๑. รายงานต่อสาธารณะ")]
    public void No_channel_or_step_is_invented_from_words_one_letter_away(string clause)
    {
        var document = Read(Header + clause + "\n");

        Assert.Empty(document.Measure!.Channels);
        Assert.DoesNotContain(document.Facts, f => f.Note?.Contains("typing slip", StringComparison.Ordinal) == true);
        Assert.Equal(["GOV001", "GOV002"], Findings(Header + clause + "\n"));
    }

    [Theory]
    [InlineData("-๑. รับฟังความคิดเห็นทางเว็บไซต์\n-๒. ประเมินความพึงพอใจของผู้รับบริการ")]
    [InlineData("- ๑. รับฟังความคิดเห็นทางเว็บไซต์\n- ๒. ประเมินความพึงพอใจของผู้รับบริการ")]
    [InlineData("๑. ช่องทางรับฟังความคิดเห็น\n๑.1 เว็บไซต์\n2. ประเมินความพึงพอใจของผู้รับบริการ")]
    public void Clause_numbers_with_or_without_a_dash_and_in_mixed_digits_are_clauses(string clauses)
    {
        var document = Read(Header + clauses + "\n");

        Assert.Equal(2, document.Clauses.Count);
        Assert.Empty(document.Findings());
    }

    [Fact]
    public void A_title_that_wraps_is_read_whole_and_the_agency_may_follow_it()
    {
        const string text = "ประกาศ\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน\nประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nสำนักงานสาธารณสุขจังหวัดตัวอย่าง\n\n        ด้วยสำนักงานเห็นควรกำหนดมาตรการ ดังนี้\n๑. รับฟังความคิดเห็นทางเว็บไซต์\n" + Satisfaction;

        var document = Read(text);

        Assert.Equal("มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", document.Title);
        Assert.Equal("สำนักงานสาธารณสุขจังหวัดตัวอย่าง", document.Agency);
        Assert.Equal(2568, document.Measure!.FiscalYear!.Value.BuddhistYear);
        Assert.StartsWith("ด้วยสำนักงาน", document.Opening, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_stops_at_a_paragraph_a_clause_or_a_blank_line()
    {
        Assert.Equal("มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", Read("ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\nด้วยสำนักงานเห็นควร\n" + Satisfaction).Title);
        Assert.Equal("มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", Read("ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑. รับฟังความคิดเห็น\n" + Satisfaction).Title);
        Assert.Equal("มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", Read(Header + "ปีนี้\n" + Satisfaction).Title);
    }

    [Fact]
    public void Header_words_that_OCR_or_a_slip_left_without_their_marks_still_mark_the_parts()
    {
        var document = Read("ประกาศสำนักงานเขตตัวอย่าง\nเรือง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑. รับฟังความคิดเห็นทางเว็บไซต์\n" + Satisfaction + "จึงประกาศให้ทราบโดยทัวกัน\nประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. ๒๕๖๖\n");

        Assert.Equal("สำนักงานเขตตัวอย่าง", document.Agency);
        Assert.Equal("มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", document.Title);
        Assert.Equal(new NodaTime.LocalDate(2023, 10, 15), document.IssuedOn);
    }

    [Theory]
    [InlineData("รายงานการประชุมคณะกรรมการบริหารสำนักงาน\nครั้งที่ ๓/๒๕๖๗\nผู้มาประชุม\n๑. นายสมมติ ใจดี\nระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ทราบ\n")]
    [InlineData("ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง ประกวดราคาจ้างก่อสร้างอาคารเรียน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์\n๑. ผู้ยื่นข้อเสนอต้องมีคุณสมบัติ\n๒. กำหนดยื่นข้อเสนอ\n")]
    [InlineData("Release notes 2.4.1\n- Fixed a crash when saving\n- Faster start-up\n")]
    [InlineData("ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการป้องกันการรับสินบน\n๑. ห้ามรับของขวัญ\n")]
    public void A_document_that_is_not_a_participation_measure_is_kind_other_and_never_non_compliant(string text)
    {
        var report = ComplianceChecker.Check("x.txt", text).Value;

        Assert.All(report.Documents, d =>
        {
            Assert.Equal(CheckedDocumentKind.Other, d.Kind);
            Assert.Equal(ComplianceVerdict.NotAMeasure, d.Verdict);
            Assert.Empty(d.Findings);
        });
        Assert.False(report.HasMeasure);
    }

    private static OfficialDocument Read(string text) => AnnouncementReader.Read(text).Single(d => d.Kind == DocumentKind.Announcement);

    private static string[] Findings(string text) => Read(text).Findings().Select(f => f.Id).ToArray();
}
