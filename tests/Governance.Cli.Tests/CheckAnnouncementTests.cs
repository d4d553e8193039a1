using System.Text.Json;
using NodaTime;

namespace Participation.Governance.Cli.Tests;

/// <summary><c>governance check</c> on announcement text: the file's content, not its name, says it is not JSON.</summary>
public sealed class CheckAnnouncementTests : IDisposable
{
    private const string NoSatisfaction = """
        ประกาศสำนักงานเขตตัวอย่าง
        เรื่อง มาตรการให้ประชาชนเข้ามามีส่วนร่วม

        ๑) แนวทาง
         - ๑.๑ จัดให้มีช่องทางรับฟังความคิดเห็น ได้แก่ โทรศัพท์สายด่วน และเว็บไซต์ของสำนักงานเขต
         - ๑.๒ รับฟังความคิดเห็นก่อนวางแผนดำเนินงาน

        จึงประกาศมาเพื่อทราบโดยทั่วกัน

        ประกาศ ณ วันที่ ๓ มีนาคม ๒๕๖๕
        """;

    private const string MemoThenAnnouncement = """
        บันทึกข้อความ
        ส่วนราชการ กลุ่มอำนวยการ
        ที่ ๑๒๓/๒๕๖๖ วันที่ ๒ ธ.ค. ๖๖
        เรื่อง ขออนุมัติประกาศ

        จึงเรียนมาเพื่อโปรดพิจารณา

        ประกาศสำนักงานเขตตัวอย่าง
        เรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม
        1. เปิดช่องทางรับฟังความคิดเห็นผ่านเว็บไซต์ และอีเมล
        2. ประเมินความพึงพอใจของผู้รับบริการ ภายในไตรมาสที่ 4
        ประกาศ ณ วันที่ 4 ธันวาคม พ.ศ. 2566
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "check-announcement-tests-" + Guid.NewGuid().ToString("N"));

    public CheckAnnouncementTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Json_reports_what_the_announcement_says_with_the_line_of_each_finding()
    {
        var path = WriteFile(NoSatisfaction);

        var (exitCode, output, error) = Run(string.Empty, "check", "--json", path);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "{\"file\":" + JsonSerializer.Serialize(path) + ",\"documents\":[{\"kind\":\"announcement\",\"verdict\":\"notCompliant\",\"agency\":\"สำนักงานเขตตัวอย่าง\","
            + "\"title\":\"มาตรการให้ประชาชนเข้ามามีส่วนร่วม\",\"issuedOn\":\"2022-03-03\",\"fiscalYearBE\":null,\"levels\":[],"
            + "\"feedbackChannels\":[\"telephone\",\"website\"],\"hasSatisfactionStep\":false,\"phases\":[\"beforePlanning\"],\"reportingQuarters\":[],"
            + "\"findings\":[{\"id\":\"GOV002\",\"severity\":\"warning\",\"line\":2,\"location\":\"2\",\"message\":\"The measure has no satisfaction-assessment step: add a step that assesses the satisfaction of service recipients and stakeholders\",\"thaiMessage\":\"มาตรการไม่มีขั้นตอนการประเมินความพึงพอใจ: ต้องมีขั้นตอนประเมินความพึงพอใจและความไม่พึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย\"}]}]}\n",
            output);
    }

    [Theory]
    [InlineData("windows-874")]
    [InlineData("utf-16")]
    [InlineData("utf-8-bom")]
    public void A_file_in_any_Thai_encoding_gives_the_report_of_its_UTF8_text(string encoding)
    {
        var utf8 = WriteFile(NoSatisfaction);
        var bytes = encoding switch
        {
            "windows-874" => System.Text.CodePagesEncodingProvider.Instance.GetEncoding(874)!.GetBytes(NoSatisfaction),
            "utf-16" => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(NoSatisfaction)],
            _ => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(NoSatisfaction)],
        };
        var other = Path.Combine(_directory, "other.txt");
        File.WriteAllBytes(other, bytes);

        var expected = Run(string.Empty, "check", "--json", utf8).Out.Replace(JsonSerializer.Serialize(utf8), "FILE", StringComparison.Ordinal);
        var fromFile = Run(string.Empty, "check", "--json", other);
        var fromStdin = CliHarness.Run(bytes, ["check", "--json", "-"]);

        Assert.Equal((1, expected), (fromFile.ExitCode, fromFile.Out.Replace(JsonSerializer.Serialize(other), "FILE", StringComparison.Ordinal)));
        Assert.Equal((1, expected), (fromStdin.ExitCode, fromStdin.Out.Replace("\"-\"", "FILE", StringComparison.Ordinal)));
    }

    [Fact]
    public void Bytes_that_are_not_text_are_one_line_naming_the_encodings_tried_and_exit_2()
    {
        var path = Path.Combine(_directory, "scan.bin");
        File.WriteAllBytes(path, [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x00, 0x13, 0x88]);

        var (exitCode, output, error) = Run(string.Empty, "check", path);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: {path}: not text in UTF-8, UTF-16 and Windows-874 (TIS-620): it holds a zero byte at offset 4, as binary files do\n", error);
    }

    [Fact]
    public void Text_output_places_findings_on_their_lines()
    {
        var path = WriteFile(NoSatisfaction);

        var (exitCode, output, _) = Run(string.Empty, "check", path);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{path}:2: GOV002 warning: ", output, StringComparison.Ordinal);
        Assert.EndsWith($"{path}: announcement \"มาตรการให้ประชาชนเข้ามามีส่วนร่วม\" (สำนักงานเขตตัวอย่าง): not compliant (1 finding)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_memo_followed_by_its_announcement_is_two_documents()
    {
        var path = WriteFile(MemoThenAnnouncement, bom: true);

        var (exitCode, output, _) = Run(string.Empty, "check", "--json", path);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents");
        Assert.Equal(["memo", "announcement"], documents.EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal("2023-12-02", documents[0].GetProperty("issuedOn").GetString());
        Assert.Equal("2023-12-04", documents[1].GetProperty("issuedOn").GetString());
        Assert.Equal(["website", "email"], documents[1].GetProperty("feedbackChannels").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([4], documents[1].GetProperty("reportingQuarters").EnumerateArray().Select(q => q.GetInt32()));
    }

    [Fact]
    public void A_memo_is_reported_as_a_memo_not_as_a_compliant_measure()
    {
        var path = WriteFile(MemoThenAnnouncement);

        var (exitCode, output, _) = Run(string.Empty, "check", path);

        Assert.Equal(0, exitCode);
        var verdicts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, verdicts.Length);
        Assert.Contains(": memo ", verdicts[0]);
        Assert.EndsWith(": a memo, no measure to check", verdicts[0]);
        Assert.Contains(": announcement ", verdicts[1]);
        Assert.EndsWith(": compliant", verdicts[1]);
    }

    [Fact]
    public void Json_and_announcement_files_are_checked_in_one_run()
    {
        var measure = WriteFile("""{"schemaVersion":1,"agency":"a","title":"t","channels":[{"kind":"telephone"}],"steps":[{"kind":"satisfactionAssessment","description":"d"}]}""");
        var announcement = WriteFile(NoSatisfaction);

        var (exitCode, output, _) = Run(string.Empty, "check", "--json", measure, announcement);

        Assert.Equal(1, exitCode);
        var kinds = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("documents")[0].GetProperty("kind").GetString());
        Assert.Equal(["measure", "announcement"], kinds);
    }

    [Fact]
    public void Text_that_is_not_a_participation_measure_is_said_so_and_exits_two()
    {
        var minutes = WriteFile("รายงานการประชุมคณะกรรมการบริหาร\nครั้งที่ ๑/๒๕๖๗\nระเบียบวาระที่ ๑ เรื่องแจ้งเพื่อทราบ\n");
        var notes = WriteFile("hello\nworld\n");

        var (exitCode, output, error) = Run(string.Empty, "check", minutes, notes);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            $"{minutes}: document \"-\" (-): not a stakeholder-participation measure\n"
            + $"{notes}: document \"-\" (-): not a stakeholder-participation measure\n"
            + "2 files: 0 compliant, 0 with findings, 2 not measures or memos, 0 unusable\n",
            output);
    }

    [Fact]
    public void Thai_is_spoken_with_lang_th_verdicts_findings_and_the_summary()
    {
        var path = WriteFile(NoSatisfaction);
        var memo = WriteFile(MemoThenAnnouncement);

        var (exitCode, output, _) = Run(string.Empty, "check", "--lang", "th", path, memo);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{path}:2: GOV002 คำเตือน: มาตรการไม่มีขั้นตอนการประเมินความพึงพอใจ", output, StringComparison.Ordinal);
        Assert.Contains($"{path}: ประกาศ \"มาตรการให้ประชาชนเข้ามามีส่วนร่วม\" (สำนักงานเขตตัวอย่าง): ไม่เป็นไปตามเกณฑ์ (พบ 1 ข้อ)\n", output, StringComparison.Ordinal);
        Assert.Contains($"{memo}: บันทึกข้อความ \"ขออนุมัติประกาศ\" (กลุ่มอำนวยการ): บันทึกข้อความ ไม่มีมาตรการให้ตรวจ\n", output, StringComparison.Ordinal);
        Assert.EndsWith("2 ไฟล์: เป็นไปตามเกณฑ์ 1 พบข้อบกพร่อง 1 ไม่ใช่มาตรการหรือเป็นบันทึกข้อความ 0 ใช้ไม่ได้ 0\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_why_each_finding_and_where_each_fact_was_read()
    {
        var path = WriteFile(NoSatisfaction);

        var (_, output, _) = Run(string.Empty, "check", "--explain", "--lang", "en", path);

        Assert.Contains("    why: no clause speaks of assessing or surveying satisfaction (ความพึงพอใจ)\n", output, StringComparison.Ordinal);
        Assert.Contains("    read from the text:\n", output, StringComparison.Ordinal);
        Assert.Contains("    line 5: route in telephone ← \"โทรศัพท์\"\n", output, StringComparison.Ordinal);
        Assert.Contains("    line 2: title มาตรการให้ประชาชนเข้ามามีส่วนร่วม ← \"มาตรการให้ประชาชนเข้ามามีส่วนร่วม\"\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_is_one_log_for_every_file_checked()
    {
        var path = WriteFile(NoSatisfaction);
        var memo = WriteFile(MemoThenAnnouncement);

        var (exitCode, output, _) = Run(string.Empty, "check", "--format", "sarif", path, memo);

        Assert.Equal(1, exitCode);
        using var sarif = JsonDocument.Parse(output);
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList());
        Assert.Equal("GOV002", result.GetProperty("ruleId").GetString());
        Assert.Equal(2, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Folders_are_searched_recursively_and_wildcards_expanded_by_the_tool_in_a_repeatable_order()
    {
        var nested = Path.Combine(_directory, "a", "b");
        Directory.CreateDirectory(nested);
        File.WriteAllText(Path.Combine(nested, "two.txt"), NoSatisfaction);
        File.WriteAllText(Path.Combine(_directory, "a", "one.txt"), MemoThenAnnouncement);
        File.WriteAllText(Path.Combine(_directory, "a", "skip.png"), "not a document");

        var folder = Run(string.Empty, "check", Path.Combine(_directory, "a"));
        var pattern = Run(string.Empty, "check", Path.Combine(_directory, "a", "**", "*.txt"));
        var none = Run(string.Empty, "check", Path.Combine(_directory, "*.pdf"));

        Assert.Equal(1, folder.ExitCode);
        Assert.Equal(folder.Out, pattern.Out);
        Assert.True(folder.Out.IndexOf("b/two.txt", StringComparison.Ordinal) < folder.Out.IndexOf("a/one.txt", StringComparison.Ordinal), "ordinal order: a/b/two.txt before a/one.txt");
        Assert.DoesNotContain("skip.png", folder.Out, StringComparison.Ordinal);
        Assert.EndsWith("2 files: 1 compliant, 1 with findings, 0 not measures or memos, 0 unusable\n", folder.Out, StringComparison.Ordinal);
        Assert.Equal(2, none.ExitCode);
        Assert.Equal($"error: no file matches {Path.Combine(_directory, "*.pdf")}\n", none.Error);
    }

    [Fact]
    public void Many_files_checked_in_parallel_come_out_in_input_order()
    {
        var files = Enumerable.Range(0, 40).Select(i => WriteFile(i % 2 == 0 ? NoSatisfaction : MemoThenAnnouncement)).ToArray();

        var (_, output, _) = Run(string.Empty, ["check", "--format", "json", .. files]);

        var names = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString()).ToArray();
        Assert.Equal(files, names);
    }

    private static (int ExitCode, string Out, string Error) Run(string stdin, params string[] args) => CliHarness.Run(stdin, args);

    private string WriteFile(string content, bool bom = false)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(bom));
        return path;
    }
}
