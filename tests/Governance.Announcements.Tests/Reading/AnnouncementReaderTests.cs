using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Participation.Governance.Measures;
using Participation.Governance.Announcements;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Writing;

namespace Participation.Governance.Announcements.Tests.Reading;

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
        Assert.Equal(expected.GetProperty("hasSatisfactionStep").GetBoolean(), announcement.Measure!.HasSatisfactionAssessment);

        var feedbackKinds = announcement.Measure!.FeedbackChannels.Select(c => JsonName(c.Kind)).ToList();
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
            Assert.Equal(Strings(levels), announcement.Measure!.Levels.Select(l => JsonName(l)));
        }

        if (expected.TryGetProperty("phases", out var phases))
        {
            Assert.Equal(Strings(phases), announcement.Measure!.Phases().Select(p => JsonName(p)));
        }

        if (expected.TryGetProperty("reportingQuarters", out var quarters))
        {
            Assert.Equal(quarters.EnumerateArray().Select(q => q.GetInt32()), (announcement.Measure!.ReportingSchedule?.Quarters ?? []));
        }

        if (expected.TryGetProperty("fiscalYearBE", out var fiscalYear))
        {
            Assert.Equal(fiscalYear.GetInt32(), announcement.Measure!.FiscalYear?.BuddhistYear);
        }

        Assert.Equal(Strings(expected.GetProperty("findings")).OrderBy(id => id), announcement.Findings().Select(f => f.Id).OrderBy(id => id));
        Assert.All(announcement.Findings(), f => Assert.NotNull(f.Line));

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

        var finding = Assert.Single(documents.Single().Findings());
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
        Assert.Equal(40, document.LineOf(FactKind.IssuedOn));
        Assert.Equal([5, 6, 6], document.Clauses.Select(c => c.Children.Count));
        Assert.Equal(22, document.Clauses[1].Children[0].Line);
        Assert.Equal("เว็บไซต์ของสำนักงาน เมนูรับฟังความคิดเห็น", document.Clauses[1].Children[0].Text);
        Assert.Contains(document.Measure!.Channels, c => c is { Kind: ChannelKind.Newsletter, IsInbound: false });
        Assert.True(document.IsCompliant());
    }

    [Fact]
    public void Corpus_B_reads_the_legal_basis_and_nested_dash_clauses()
    {
        var document = AnnouncementReader.Read(File.ReadAllText(Path.Combine(CorpusFolder, "B-no-satisfaction.txt"))).Single();

        Assert.Equal(["พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๔๖"], document.Measure!.LegalBases);
        Assert.Equal(4, document.Clauses[1].Children.Count);
        Assert.Contains("การมีส่วนร่วม หมายถึง", document.Clauses[0].Text, StringComparison.Ordinal);
        Assert.Contains(document.Measure!.Channels, c => c is { Kind: ChannelKind.NoticeBoard, IsInbound: false });
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
        Assert.Empty(memo.Findings());
    }

    [Fact]
    public void Conversion_noise_changes_nothing_that_is_read()
    {
        foreach (var file in CorpusFiles())
        {
            var clean = CorpusText(file);
            var noisy = "\uFEFF" + clean
                .Replace("\n", "\r\n", StringComparison.Ordinal)
                .Replace("ช่องทาง", "ช่อง\u200Bทาง", StringComparison.Ordinal)
                .Replace("ประกาศ ณ", "\f  ประกาศ\u00A0 ณ", StringComparison.Ordinal)
                .Replace("ทำ", "ท\u0E4D\u0E32", StringComparison.Ordinal)
                .Replace("\r\n\r\n", "\r\n\t☐ ไม่เลือกข้อนี้\r\n", StringComparison.Ordinal);

            Assert.Equal(Summary(AnnouncementReader.Read(clean)), Summary(AnnouncementReader.Read(noisy)));
        }
    }

    [Fact]
    public void Ticked_checkboxes_and_bullets_are_read_without_their_marks()
    {
        var text = "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n☑ ๑. ช่องทางรับฟังความคิดเห็น\n[x] - ๑.๑ เว็บไซต์\n[ ] ๑.๒ โทรศัพท์\n• ๒. สำรวจความพึงพอใจของผู้รับบริการ\n";

        var document = AnnouncementReader.Read(text).Single();

        Assert.Equal(2, document.Clauses.Count);
        Assert.Equal("เว็บไซต์", Assert.Single(document.Clauses[0].Children).Text);
        Assert.Equal([ChannelKind.Website], document.Measure!.FeedbackChannels.Select(c => c.Kind));
        Assert.True(document.IsCompliant());
    }

    [Fact]
    public void Indented_lists_that_restart_nest_and_unevenly_indented_siblings_do_not()
    {
        var text = "เรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑) แนวทาง\n    ๑) ย่อยหนึ่ง\n    ๒) ย่อยสอง\n๒) ติดตาม\n  ๓) ประเมิน\n\t(๑) ก\n\t(๒) ข\n";

        var clauses = AnnouncementReader.Read(text).Single().Clauses;

        Assert.Equal(["แนวทาง", "ติดตาม", "ประเมิน"], clauses.Select(c => c.Text));
        Assert.Equal(["ย่อยหนึ่ง", "ย่อยสอง"], clauses[0].Children.Select(c => c.Text));
        Assert.Equal(["ก", "ข"], clauses[2].Children.Select(c => c.Text));
        Assert.Equal(4, clauses[2].Children[0].Indent);
    }

    [Fact]
    public void Channels_promised_without_a_kind_satisfy_GOV001_and_get_the_GOV005_advice_on_their_line()
    {
        var text = "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n\n๑. จัดให้มีช่องทางรับฟังความคิดเห็นที่หลากหลาย\n๒. ประเมินความพึงพอใจของผู้รับบริการ\n";

        var document = AnnouncementReader.Read(text).Single();

        Assert.Equal(ChannelKind.Unspecified, Assert.Single(document.Measure!.FeedbackChannels).Kind);
        var finding = Assert.Single(document.Findings());
        Assert.Equal((RuleIds.UnnamedFeedbackChannels, FindingSeverity.Info, 4), (finding.Id, finding.Severity, finding.Line));
        Assert.True(document.IsCompliant());
    }

    [Fact]
    public void Publishing_on_a_website_is_outbound_and_hearing_on_it_is_inbound()
    {
        var text = "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑. เผยแพร่ข้อมูลทางเว็บไซต์ และรับฟังความคิดเห็นทางโทรศัพท์\n";

        var document = AnnouncementReader.Read(text).Single();

        Assert.Equal(
            [(ChannelKind.Website, ChannelDirection.Outbound), (ChannelKind.Telephone, ChannelDirection.Inbound)],
            document.Measure!.Channels.Select(c => (c.Kind, c.Direction)));
    }

    [Fact]
    public void Text_without_words_gives_no_document_and_text_without_a_header_gives_one()
    {
        Assert.Empty(AnnouncementReader.Read(""));
        Assert.Empty(AnnouncementReader.Read(" \r\n\u200B\f\n"));

        var document = AnnouncementReader.Read("๑. เผยแพร่ข้อมูลการมีส่วนร่วมของประชาชน\n").Single();

        Assert.Null(document.Agency);
        Assert.Equal(DocumentKind.Announcement, document.Kind);
        Assert.Contains(document.Findings(), f => f.Id == RuleIds.NoFeedbackChannel && f.Line == 1);
    }

    [Fact]
    public void Reading_never_throws_on_arbitrary_text()
    {
        var fragments = CorpusFiles().SelectMany(f => CorpusText(f).Split('\n'))
            .Concat(["(", ")", "๑.", "1)", "(๒)", "- ", "\r", "\u200B", "☐", "[x]", "**", "\\", "#", "ไตรมาสที่", "ปีงบประมาณ พ.ศ.", "๙๙๙๙๙๙๙๙๙๙๙.", "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1"])
            .ToArray();
        var thaiish = Gen.Elements(fragments).ListOf().Select(parts => string.Join(Environment.NewLine, parts)).ToArbitrary();
        var anyString = Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

        Prop.ForAll(thaiish, text => AnnouncementReader.Read(text) is not null).QuickCheckThrowOnFailure();
        Prop.ForAll(anyString, text => AnnouncementReader.Read(text) is not null).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reading_never_throws_on_a_corpus_file_cut_at_any_line()
    {
        foreach (var file in CorpusFiles())
        {
            var lines = CorpusText(file).Split('\n');
            for (var cut = 0; cut <= lines.Length; cut++)
            {
                var head = string.Join("\n", lines.Take(cut));
                var tail = string.Join("\n", lines.Skip(cut));
                Assert.All(AnnouncementReader.Read(head), d => Assert.True(d.FirstLine <= d.LastLine));
                Assert.All(AnnouncementReader.Read(tail), d => Assert.True(d.FirstLine <= d.LastLine));
            }
        }
    }

    [Fact]
    public void Deeply_nested_numbering_stays_bounded()
    {
        var text = string.Join("\n", Enumerable.Range(0, 5000).Select(i => (i % 3) switch { 0 => "(๑) ก", 1 => "๑) ข", _ => "๑.๑.๑ ค" }));

        var document = AnnouncementReader.Read(text).Single();

        Assert.True(Depth(document.Clauses) <= 3 * ThaiFormatting.Outline.OutlineNumber.MaxDepth);
    }

    [Fact]
    public void A_clause_naming_many_channels_and_bases_reads_each_once()
    {
        var clause = "๑. " + string.Concat(Enumerable.Repeat("เว็บไซต์ ระเบียบ พระราชบัญญัติก ", 20_000)) + "รับฟังความคิดเห็น";

        var document = AnnouncementReader.Read("เรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n" + clause).Single();

        Assert.Equal([(ChannelKind.Website, ChannelDirection.Inbound)], document.Measure!.Channels.Select(c => (c.Kind, c.Direction)));
        Assert.Equal(["พระราชบัญญัติก"], document.Measure!.LegalBases);
    }

    [Fact]
    public void A_stream_with_a_byte_order_mark_reads_like_the_text()
    {
        var text = CorpusText("A-compliant.txt");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray());

        Assert.Equal(Summary(AnnouncementReader.Read(text)), Summary(AnnouncementReader.Read(stream)));
    }

    internal static string CorpusText(string file) => File.ReadAllText(Path.Combine(CorpusFolder, file));

    internal static IEnumerable<string> CorpusFiles() => Directory.EnumerateFiles(CorpusFolder, "*.txt").Select(Path.GetFileName)!;

    private static int Depth(IReadOnlyList<DocumentClause> clauses) => clauses.Count == 0 ? 0 : 1 + clauses.Max(c => Depth(c.Children));

    private static string Summary(IReadOnlyList<OfficialDocument> documents) => string.Join("\n", documents.Select(d => string.Join(
        " | ",
        d.Kind,
        d.Agency,
        d.Title,
        d.IssuedOn,
        d.Signatory,
        d.Position,
        string.Join(",", d.Measure?.Levels ?? []),
        string.Join(",", d.Measure?.Channels ?? []),
        d.Measure?.HasSatisfactionAssessment,
        string.Join(",", d.Measure?.Phases() ?? []),
        string.Join(",", d.Findings().Select(f => f.Id + "@" + f.Line)),
        Clauses(d.Clauses))));

    private static string Clauses(IReadOnlyList<DocumentClause> clauses) => string.Join(";", clauses.Select(c => c.Number + "@" + c.Line + ":" + c.Text + "{" + Clauses(c.Children) + "}"));

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
