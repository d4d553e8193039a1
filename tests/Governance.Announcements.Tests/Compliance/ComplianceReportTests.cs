using System.Text.Json;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Tests.Reading;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Announcements.Tests.Compliance;

public sealed class ComplianceReportTests
{
    [Fact]
    public void A_measure_from_JSON_and_the_same_measure_read_from_its_announcement_give_the_same_report()
        => Prop.ForAll(MeasureGenerators.Readable.ToArbitrary(), measure =>
        {
            var fromJson = ComplianceChecker.Check("m", MeasureJson.Serialize(measure));
            var fromText = ComplianceChecker.Check("m", AnnouncementWriter.Render(measure));

            Assert.True(fromJson.Success, fromJson.Message);
            Assert.True(fromText.Success, fromText.Message);
            Assert.Equal(CheckedDocumentKind.Measure, fromJson.Value.Documents.Single().Kind);
            Assert.Equal(CheckedDocumentKind.Announcement, fromText.Value.Documents.Single().Kind);
            Assert.Equal(Comparable(fromJson.Value), Comparable(fromText.Value));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_finding_of_a_document_is_placed_on_a_line_and_a_JSON_measure_has_none()
    {
        var measure = new Measure { Agency = "สำนักงานเขตตัวอย่าง", Title = "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม" };

        var json = ComplianceReport.ForMeasure("m.json", measure).Documents.Single();
        var text = ComplianceReport.ForDocuments("m.txt", AnnouncementReader.Read(AnnouncementWriter.Render(measure))).Documents.Single();

        Assert.Equal(measure.Validate(), json.Findings);
        Assert.All(json.Findings, f => Assert.Null(f.Line));
        Assert.Equal(measure.Validate().Select(f => f.Id), text.Findings.Select(f => f.Id));
        Assert.All(text.Findings, f => Assert.Equal(text.Document!.LineOf(FactKind.Title), f.Line));
        Assert.Equal(ComplianceVerdict.NotCompliant, text.Verdict);
    }

    [Fact]
    public void A_memo_states_no_measure_and_is_not_judged()
    {
        var report = ComplianceChecker.Check("d.txt", AnnouncementReaderTests.CorpusText("D-memo-then-announcement.txt")).Value;

        Assert.Equal([CheckedDocumentKind.Memo, CheckedDocumentKind.Announcement], report.Documents.Select(d => d.Kind));
        var memo = report.Documents[0];
        Assert.Null(memo.Measure);
        Assert.Empty(memo.Findings);
        Assert.Equal(ComplianceVerdict.NoMeasure, memo.Verdict);
        Assert.Equal(ComplianceVerdict.Compliant, report.Documents[1].Verdict);
        Assert.False(report.HasBlockingFindings);
        Assert.True(report.HasMeasure);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"agency\":\"a\"}", "not a measure document: $: ")]
    [InlineData("[1,2]", "not a measure document: $: ")]
    [InlineData("", "not a measure document: $: the file has no words")]
    [InlineData(" \r\n\u200B\f\n", "not a measure document: $: the file has no words")]
    public void Content_that_cannot_be_checked_is_a_failure_saying_why(string content, string message)
    {
        var result = ComplianceChecker.Check("x", content);

        Assert.False(result.Success);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_carries_both_messages_of_each_finding_and_with_facts_where_each_fact_was_read()
    {
        var report = ComplianceChecker.Check("b.txt", AnnouncementReaderTests.CorpusText("B-no-satisfaction.txt")).Value;

        using var plain = JsonDocument.Parse(ComplianceReportJson.Serialize(report));
        using var explained = JsonDocument.Parse(ComplianceReportJson.Serialize(report, includeFacts: true));

        var document = plain.RootElement.GetProperty("documents")[0];
        var finding = document.GetProperty("findings")[0];
        Assert.Equal("GOV002", finding.GetProperty("id").GetString());
        Assert.Equal(GovernanceText.NoSatisfactionThai, finding.GetProperty("thaiMessage").GetString());
        Assert.False(document.TryGetProperty("facts", out _));

        var facts = explained.RootElement.GetProperty("documents")[0].GetProperty("facts").EnumerateArray().ToList();
        var lines = AnnouncementReaderTests.CorpusText("B-no-satisfaction.txt").Split('\n');
        Assert.NotEmpty(facts);
        Assert.All(facts, fact =>
        {
            var line = lines[fact.GetProperty("line").GetInt32() - 1];
            Assert.Contains(fact.GetProperty("phrase").GetString()!.Split(' ')[0], line, StringComparison.Ordinal);
        });
        Assert.Contains(facts, f => f.GetProperty("fact").GetString() == "feedbackChannel" && f.GetProperty("value").GetString() == "website");
    }

    [Fact]
    public void Plain_System_Text_Json_writes_the_same_shape_and_reading_a_report_back_is_refused()
    {
        var report = ComplianceReport.ForMeasure("m", new Measure { Agency = "a", Title = "t" });

        Assert.Equal(ComplianceReportJson.Serialize(report), JsonSerializer.Serialize(report, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<ComplianceReport>("{}"));
    }

    private static string Comparable(ComplianceReport report)
    {
        using var json = JsonDocument.Parse(ComplianceReportJson.Serialize(report));
        var document = json.RootElement.GetProperty("documents")[0];
        return string.Join(
            "|",
            document.EnumerateObject()
                .Where(p => p.Name is not ("kind" or "findings"))
                .Select(p => p.Name + "=" + p.Value.GetRawText())
                .Append(string.Join(",", document.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()))));
    }

    private static class GovernanceText
    {
        public const string NoSatisfactionThai = "มาตรการไม่มีขั้นตอนการประเมินความพึงพอใจ: ต้องมีขั้นตอนประเมินความพึงพอใจและความไม่พึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย";
    }
}
