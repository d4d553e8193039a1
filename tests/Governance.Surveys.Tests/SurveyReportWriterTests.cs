using System.Text;
using System.Text.Json;
using Participation.Governance.Assessment;

namespace Participation.Governance.Surveys.Tests;

public sealed class SurveyReportWriterTests
{
    internal static SurveyReport Sample(bool breakdown = true)
    {
        var csv = "เพศ,ความสะดวก & ความรวดเร็ว,\"ขั้นตอน <ยุ่งยาก>\",ภาพรวม\n"
                  + "ชาย,5,1,5\nหญิง,4,2,4\nชาย,4,,4\nหญิง,3,4,3\n,5,5,5\n";
        var mapping = SurveyColumnMapping.Recognised.WithReversed([SurveyColumnSelector.Column(3)]);
        if (breakdown)
        {
            mapping = mapping.WithBreakdown(SurveyColumnSelector.Header("เพศ"));
        }

        return SurveyResponseFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), mapping).Value;
    }

    private static string Written(Action<TextWriter> write)
    {
        var output = new StringWriter { NewLine = "\n" };
        write(output);
        return output.ToString();
    }

    [Fact]
    public void Json_WithoutBreakdown_HasExactlyTheDesignShape()
    {
        using var json = JsonDocument.Parse(Written(w => SurveyJsonReport.Write(w, Sample(breakdown: false))));
        var root = json.RootElement;

        Assert.Equal(["respondents", "questions", "overall"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "n", "mean", "sd", "counts", "percentSatisfied", "band"], root.GetProperty("questions")[0].EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("questions")[1].GetProperty("reversed").GetBoolean());
    }

    [Fact]
    public void Json_Breakdown_HasOneEntryPerGroupWithTheSameFigures()
    {
        var report = Sample();
        using var json = JsonDocument.Parse(Written(w => SurveyJsonReport.Write(w, report)));
        var breakdown = json.RootElement.GetProperty("breakdown");

        Assert.Equal("เพศ", breakdown.GetProperty("column").GetString());
        var groups = breakdown.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["ชาย", "หญิง", string.Empty], groups.Select(g => g.GetProperty("value").GetString()));
        Assert.Equal(report.Respondents, groups.Sum(g => g.GetProperty("respondents").GetInt64()));
        Assert.Equal(4.5m, groups[0].GetProperty("questions")[0].GetProperty("mean").GetDecimal());
        Assert.False(groups[0].TryGetProperty("breakdown", out _));
    }

    [Fact]
    public void Csv_HasABomAHeaderAndARowPerQuestionAndGroup()
    {
        var report = Sample();
        var text = Written(w => SurveyCsvReport.Write(w, report));

        Assert.StartsWith("\uFEFF" + SurveyCsvReport.Header + "\r\n", text, StringComparison.Ordinal);
        var rows = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + ((3 + 1) * 4), rows.Length);
        Assert.Equal(",ความสะดวก & ความรวดเร็ว,5,4.20,0.84,0,0,1,2,2,0.00,0.00,20.00,40.00,40.00,80.00,มาก,", rows[1]);
        Assert.EndsWith(",true", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("ชาย,overall,", rows[8], StringComparison.Ordinal);

        // Read back through the project's own CSV reader: every row has the header's cells.
        var reader = new SurveyCsvReader(new StringReader(text));
        while (reader.Read())
        {
            Assert.Null(reader.Problem);
            Assert.Equal(18, reader.CellCount);
        }
    }

    [Fact]
    public void Text_ListsEveryQuestionThenEachGroup()
    {
        var lines = Written(w => SurveyTextReport.Write(w, Sample(), "responses.csv")).Split('\n');

        Assert.StartsWith("responses.csv: 5 respondents; bands 0.5", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("ขั้นตอน <ยุ่งยาก> (reversed)", lines[3], StringComparison.Ordinal);
        Assert.Contains("เพศ = ชาย: 2 respondents", lines, StringComparer.Ordinal);
        Assert.Contains("เพศ = (blank): 1 respondents", lines, StringComparer.Ordinal);
    }

    [Fact]
    public void Html_IsSelfContainedAndItsSvgIsWellFormedXml()
    {
        var report = Sample();
        var html = Written(w => SurveyHtmlReport.Write(w, report, "responses.csv"));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4", html, StringComparison.Ordinal);
        Assert.Contains("ความสะดวก &amp; ความรวดเร็ว", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ยุ่งยาก>", html, StringComparison.Ordinal);

        var svgs = HtmlParts.Svgs(html);

        // Means of every question and overall, overall levels, one per question, and the groups' means.
        Assert.Equal(2 + report.Questions.Count + 1, svgs.Count);
        foreach (var svg in svgs)
        {
            var rects = HtmlParts.ParseSvg(svg);
            Assert.True(rects > 0, svg);
        }

        Assert.Equal(2, HtmlParts.Count(html, "<table"));
        var body = html.Substring(html.IndexOf("<tbody>", StringComparison.Ordinal));
        Assert.Equal(report.Questions.Count + 1, HtmlParts.Count(body.Substring(0, body.IndexOf("</tbody>", StringComparison.Ordinal)), "<tr"));
    }

    [Fact]
    public void Html_BarsAreAsLongAsTheFigures()
    {
        var report = Sample(breakdown: false);
        var html = Written(w => SurveyHtmlReport.Write(w, report, "x"));
        var levels = HtmlParts.Svgs(html)[1];

        // Overall levels chart: plot width 420 for 100 %; 5 of 14 answers at level 5 (35.71 %) is 150 wide.
        var widths = HtmlParts.RectWidths(levels);
        var overall = report.Overall;
        for (var level = 5; level >= 1; level--)
        {
            Assert.Equal(420 * (double)overall.Percentages[level - 1] / 100, widths[5 - level], 0.1);
        }
    }
}
