using System.Text;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Tests.Reading;

/// <summary>
/// What reading costs in memory grows with the text by a small constant factor, for ordinary announcements and for text
/// built to be dense with phrases (a 35 MB file once took 1.4 GB): measured in bytes allocated, which does not depend on
/// how busy the machine is.
/// </summary>
public sealed class ReaderCostTests
{
    /// <summary>
    /// Bytes allocated per byte of UTF-8 input that reading must stay under. Today a document of short clauses, each a
    /// fact or three (a clause, its text, its step and facts are objects of their own), reads at about 5, the benchmark's
    /// announcement at 2.5 and dense text at 3.6; the text that once took 200 bytes a character would read at about 66.
    /// </summary>
    private const double MaxFactor = 8;

    [Fact]
    public void An_ordinary_announcement_of_many_clauses_costs_a_small_constant_factor_of_its_size()
    {
        var text = new StringBuilder("ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n\n");
        for (var group = 1; text.Length < 200_000; group++)
        {
            text.Append(group).Append(". ช่องทางรับฟังความคิดเห็น\n")
                .Append(group).Append(".1 เว็บไซต์ของสำนักงาน เมนูรับฟังความคิดเห็น\n")
                .Append(group).Append(".2 ประเมินความพึงพอใจของผู้รับบริการหลังดำเนินงาน ภายในไตรมาสที่ ๔\n")
                .Append(group).Append(".3 ทบทวนผลการดำเนินงานของปีที่ผ่านมา ก่อนวางแผนดำเนินงาน\n");
        }

        Assert.InRange(Factor(text.ToString()), 0.5, MaxFactor);
    }

    [Theory]
    [InlineData("เว็บไซต์ รับฟังความคิดเห็น ไตรมาสที่ ๑ และ ")]
    [InlineData("ระเบียบ พระราชบัญญัติก ปีงบประมาณ ")]
    [InlineData("ประชาชนมาร่วมงาน ")]
    public void A_clause_dense_with_phrases_costs_a_small_constant_factor_of_its_size(string phrase)
    {
        var text = "ประกาศ\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑. " + string.Concat(Enumerable.Repeat(phrase, 200_000 / phrase.Length)) + "\n";

        Assert.InRange(Factor(text), 0.5, MaxFactor);
    }

    [Fact]
    public void A_channel_whose_detail_speaks_of_publishing_is_still_inbound_under_its_heading_when_read_back()
    {
        var measure = new Measure(
            "สำนักงานเขตตัวอย่าง",
            "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม",
            [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Inbound, "เว็บไซต์ที่เผยแพร่และประชาสัมพันธ์ข่าวสาร แจ้งข่าวทุกวัน")],
            [new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจของผู้รับบริการ")]);

        var read = AnnouncementReader.Read(AnnouncementWriter.Render(measure)).Single();

        Assert.Equal([(ChannelKind.Website, ChannelDirection.Inbound)], read.Measure!.Channels.Select(c => (c.Kind, c.Direction)));
        Assert.Empty(read.Findings());
    }

    /// <summary>Bytes allocated by reading, per byte of the text in UTF-8: the least of three readings after a warm-up.</summary>
    private static double Factor(string text)
    {
        AnnouncementReader.Read(text);
        var least = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var documents = AnnouncementReader.Read(text);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.NotEmpty(documents);
        }

        return least / (double)Encoding.UTF8.GetByteCount(text);
    }
}
