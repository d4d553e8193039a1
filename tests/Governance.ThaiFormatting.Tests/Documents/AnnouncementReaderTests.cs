using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Participation.Governance.Measures;
using Participation.Governance.ThaiFormatting.Documents;

namespace Participation.Governance.ThaiFormatting.Tests.Documents;

/// <summary>
/// The sample documents in Corpus/ (copied byte for byte from the team's shared corpus) give what expected.json
/// says a reader must find in each.
/// </summary>
public sealed class AnnouncementReaderTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var document in Expected().EnumerateArray())
        {
            data.Add(document.GetProperty("file").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Document_gives_what_expected_json_says(string file)
    {
        var expected = Expected().EnumerateArray().Single(d => d.GetProperty("file").GetString() == file);
        var documents = AnnouncementReader.Read(File.ReadAllText(Path.Combine(CorpusFolder, file)));

        var kinds = string.Join(" followed by ", documents.Select(d => d.Kind == DocumentKind.Memo ? "memo" : "announcement"));
        Assert.Equal(expected.GetProperty("kind").GetString(), kinds);
        var announcement = documents.Last(d => d.Kind == DocumentKind.Announcement);

        Assert.Equal(expected.GetProperty("agency").GetString(), announcement.Agency);
        Assert.Equal(expected.GetProperty("title").GetString(), announcement.Title);
        Assert.Equal(ParseDate(expected.GetProperty("issuedOn")), announcement.IssuedOn);
        Assert.Equal(expected.GetProperty("topLevelClauses").GetInt32(), announcement.Clauses.Count);
        Assert.Equal(expected.GetProperty("hasSatisfactionStep").GetBoolean(), announcement.HasSatisfactionStep);

        var feedbackKinds = announcement.FeedbackChannels.Select(c => JsonName(c.Kind)).ToList();
        if (expected.TryGetProperty("feedbackChannelsAtLeast", out var atLeast))
        {
            Assert.All(Strings(atLeast), kind => Assert.Contains(kind, feedbackKinds));
        }

        if (expected.TryGetProperty("feedbackChannelsExactly", out var exactly))
        {
            Assert.Equal(Strings(exactly).OrderBy(k => k), feedbackKinds.Distinct().OrderBy(k => k));
        }

        if (expected.TryGetProperty("levels", out var levels))
        {
            Assert.Equal(Strings(levels), announcement.Levels.Select(l => JsonName(l)));
        }

        if (expected.TryGetProperty("phases", out var phases))
        {
            Assert.Equal(Strings(phases), announcement.Phases.Select(p => JsonName(p)));
        }

        if (expected.TryGetProperty("reportingQuarters", out var quarters))
        {
            Assert.Equal(quarters.EnumerateArray().Select(q => q.GetInt32()), announcement.ReportingQuarters);
        }

        if (expected.TryGetProperty("fiscalYearBE", out var fiscalYear))
        {
            Assert.Equal(fiscalYear.GetInt32(), announcement.FiscalYear?.BuddhistYear);
        }

        Assert.Equal(Strings(expected.GetProperty("findings")).OrderBy(id => id), announcement.Findings.Select(f => f.Id).OrderBy(id => id));
        Assert.All(announcement.Findings, f => Assert.NotNull(f.Line));

        if (expected.TryGetProperty("memoDate", out var memoDate))
        {
            var memo = documents.First(d => d.Kind == DocumentKind.Memo);
            Assert.Equal(ParseDate(memoDate), memo.IssuedOn);
            Assert.Equal(expected.GetProperty("memoNumber").GetString(), memo.ReferenceNumber);
        }
    }

    [Fact]
    public void Findings_point_to_the_title_line_when_something_is_missing()
    {
        var documents = AnnouncementReader.Read(File.ReadAllText(Path.Combine(CorpusFolder, "B-no-satisfaction.txt")));

        var finding = Assert.Single(documents.Single().Findings);
        Assert.Equal(RuleIds.NoSatisfactionAssessment, finding.Id);
        Assert.Equal(4, finding.Line);
        Assert.False(string.IsNullOrEmpty(finding.ThaiMessage));
    }

    [Fact]
    public void Corpus_A_reads_signatory_position_clause_tree_and_outbound_channels()
    {
        var document = AnnouncementReader.Read(File.ReadAllText(Path.Combine(CorpusFolder, "A-compliant.txt"))).Single();

        Assert.Equal("นายสมมติ ตัวอย่าง", document.Signatory);
        Assert.Equal(42, document.SignatoryLine);
        Assert.Equal("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ เขต ๑", document.Position);
        Assert.Equal(40, document.IssuedOnLine);
        Assert.Equal([5, 6, 6], document.Clauses.Select(c => c.Children.Count));
        Assert.Equal(22, document.Clauses[1].Children[0].Line);
        Assert.Equal("เว็บไซต์ของสำนักงาน เมนูรับฟังความคิดเห็น", document.Clauses[1].Children[0].Text);
        Assert.Contains(document.Channels, c => c is { Kind: ChannelKind.Newsletter, IsInbound: false });
        Assert.True(document.IsCompliant);
    }

    [Fact]
    public void Corpus_B_reads_the_legal_basis_and_nested_dash_clauses()
    {
        var document = AnnouncementReader.Read(File.ReadAllText(Path.Combine(CorpusFolder, "B-no-satisfaction.txt"))).Single();

        Assert.Equal(["พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๔๖"], document.LegalBases);
        Assert.Equal(4, document.Clauses[1].Children.Count);
        Assert.Contains("การมีส่วนร่วม หมายถึง", document.Clauses[0].Text, StringComparison.Ordinal);
        Assert.Contains(document.Channels, c => c is { Kind: ChannelKind.NoticeBoard, IsInbound: false });
    }

    [Fact]
    public void Corpus_D_memo_has_its_own_fields()
    {
        var memo = AnnouncementReader.Read(File.ReadAllText(Path.Combine(CorpusFolder, "D-memo-then-announcement.txt")))[0];

        Assert.Equal("กลุ่มอำนวยการ สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสมมติ", memo.Department);
        Assert.Equal("ขออนุมัติประกาศมาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", memo.Title);
        Assert.Equal("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสมมติ", memo.Addressee);
        Assert.Equal("นางสาวทดสอบ ตัวอย่าง", memo.Signatory);
        Assert.Null(memo.Measure);
        Assert.Empty(memo.Findings);
    }

    internal static string CorpusText(string file) => File.ReadAllText(Path.Combine(CorpusFolder, file));

    internal static IEnumerable<string> CorpusFiles() => Directory.EnumerateFiles(CorpusFolder, "*.txt").Select(Path.GetFileName)!;

    private static JsonElement Expected()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusFolder, "expected.json")));
        return json.RootElement.GetProperty("documents").Clone();
    }

    private static LocalDate ParseDate(JsonElement value) => LocalDatePattern.Iso.Parse(value.GetString()!).Value;

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static string JsonName<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
