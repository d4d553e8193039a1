using System.Text;
using System.Text.RegularExpressions;

namespace Participation.Governance.Surveys.Tests;

/// <summary>The HTML report opened as a person would: in a browser, on screen and printed.</summary>
public sealed class SurveyHtmlReportChromiumTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("survey-html-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string WritePage()
    {
        var report = SurveyReportWriterTests.Sample();
        var path = Path.Combine(_directory.FullName, "report.html");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            SurveyHtmlReport.Write(writer, report, "responses.csv");
        }

        return path;
    }

    [ChromiumFact]
    public void TheBrowserBuildsTheTablesAndChartsThatWereWritten()
    {
        var dom = Chromium.Run(WritePage(), "--dump-dom");
        var report = SurveyReportWriterTests.Sample();

        Assert.Equal(2, Regex.Count(dom, "<table"));
        Assert.Equal(2 + report.Questions.Count + 1, Regex.Count(dom, "<svg"));

        // 4 bars of means + 5 levels overall + 5 per question + 3 groups' means.
        Assert.Equal(4 + 5 + (5 * report.Questions.Count) + 3, Regex.Count(dom, "<rect"));
        Assert.Contains("ตารางสรุปผลการประเมิน", dom, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void TheScreenshotShowsTheReport()
    {
        var page = WritePage();
        var shot = Path.Combine(_directory.FullName, "report.png");

        Chromium.Run(page, $"--screenshot={shot}", "--window-size=900,1600");

        var image = PngImage.Read(File.ReadAllBytes(shot));
        Assert.Equal(900, image.Width);
        Assert.True(image.InkShare() > 0.02, $"only {image.InkShare():P2} of the screenshot is not white");
        Assert.True(image.Colours() >= 6, $"the screenshot has {image.Colours()} colours; the bars alone have five");
    }

    [ChromiumFact]
    public void ItPrintsOnA4()
    {
        var pdf = Path.Combine(_directory.FullName, "report.pdf");

        Chromium.Run(WritePage(), $"--print-to-pdf={pdf}", "--no-pdf-header-footer");

        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var boxes = Regex.Matches(text, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        Assert.NotEmpty(boxes);
        foreach (Match box in boxes)
        {
            // A4 is 210 × 297 mm = 595.3 × 841.9 pt; Chromium rounds to whole CSS pixels.
            Assert.InRange(double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 594, 597);
            Assert.InRange(double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 841, 843);
        }
    }
}
