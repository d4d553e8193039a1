using System.Text;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.Serialization;
using Participation.Governance.ThaiFormatting.Text;

namespace Participation.Governance.Announcements.Tests.Fuzz;

/// <summary>
/// Issue 11 for documents: the announcement reader and the compliance check answer every text (arbitrary strings, the
/// corpus documents and sample measures after hostile edits, the adversarial corpus) without throwing.
/// </summary>
public class HostileDocumentTests
{
    [FuzzProperty]
    public void ArbitraryText_IsReadWithoutThrowing(string text) => AssertAnswers(text);

    [FuzzProperty(typeof(DocumentArbitraries))]
    public void MutatedDocumentsAndMeasures_AreReadWithoutThrowing(MutatedDocument document) => AssertAnswers(document.Text);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void AdversarialCorpus_IsReadWithoutThrowing(string name)
    {
        var decoded = ThaiTextDecoder.Decode(HostileCorpus.Bytes(name));

        AssertAnswers(decoded.Success ? decoded.Value.Text : Encoding.UTF8.GetString(HostileCorpus.Bytes(name)));
    }

    public static TheoryData<string> CorpusFiles() => [.. HostileCorpus.FileNames(".txt"), .. HostileCorpus.FileNames(".json")];

    [Fact]
    public void ARepeatedQuarterPhrase_IsReadAsOneQuarter()
    {
        // Issue 11, item 3: a clause of repeated "ไตรมาสที่ ๑ และ " took 34 s at 1 M characters (quadratic); the
        // Robustness benchmarks show it linear. This pins what the reader makes of such a clause.
        var documents = AnnouncementReader.Read(HostileCorpus.RepeatedPhrase("ไตรมาสที่ ๑ และ ", 200_000));

        var measure = Assert.Single(documents).Measure;
        Assert.NotNull(measure);
        Assert.Equal([1], measure.ReportingSchedule!.Quarters);
    }

    private static void AssertAnswers(string text)
    {
        var documents = AnnouncementReader.Read(text);
        Assert.All(documents, d => Assert.InRange(d.FirstLine, 1, d.LastLine));
        var report = ComplianceChecker.Check("fuzz.txt", text);
        Assert.True(report.Success || (report.Message.Length is > 0 and < 1000), report.Message);
    }

    /// <summary>A corpus document, a sample announcement or a sample measure after a few hostile edits.</summary>
    /// <param name="Text">The text.</param>
    public sealed record MutatedDocument(string Text);

    /// <summary>The arbitraries of the document properties.</summary>
    public static class DocumentArbitraries
    {
        private static readonly string[] Seeds =
        [
            .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt").Select(File.ReadAllText),
            .. Directory.GetFiles(RepositoryFiles.PathOf("samples/announcements")).Select(File.ReadAllText),
            .. Directory.GetFiles(RepositoryFiles.PathOf("samples/measures"), "*.json").Select(File.ReadAllText),
            .. Gen.Sample(MeasureGenerators.Readable, 10, 10).Select(m => AnnouncementWriter.Render(m)),
        ];

        private static readonly string[] Phrases =
        [
            "ประกาศ", "เรื่อง", "มาตรการ", "\n๑. ", "\n๑.๑ ", "\n(๒) ", "ช่องทาง", "รับฟังความคิดเห็น", "เว็บไซต์", "ไตรมาสที่ ๒ และ ",
            "ประเมินความพึงพอใจ", "บันทึกข้อความ", "\f", "\r\n", "ระดับการเข้ามามีบทบาท", "เผยแพร่", "ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๖\n",
        ];

        public static Arbitrary<MutatedDocument> Documents()
            => HostileText.Mutations(Seeds, Phrases).Select(t => new MutatedDocument(t)).ToArbitrary();
    }
}
