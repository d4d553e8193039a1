using System.IO.Compression;
using System.Text.Json;

namespace Participation.Governance.Cli.Tests;

/// <summary><c>governance check</c> on announcements as agencies publish them: PDF, Word, a scan, a spreadsheet.</summary>
public sealed class CheckFormatsTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public void A_pdf_finding_is_shown_at_its_page_and_line()
    {
        var path = Fixture("B-no-satisfaction.pdf");

        var text = CliHarness.Run(string.Empty, ["check", path]);
        var json = CliHarness.Run(string.Empty, ["check", "--json", path]);

        Assert.Equal(1, text.ExitCode);
        using var report = JsonDocument.Parse(json.Out);
        var finding = report.RootElement.GetProperty("documents")[0].GetProperty("findings")[0];
        var line = finding.GetProperty("line").GetInt32();
        Assert.Equal("1:" + line, finding.GetProperty("location").GetString());
        Assert.StartsWith($"{path}:1:{line}: GOV002 warning: ", text.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("B-no-satisfaction.docx", 1)]
    [InlineData("A-compliant.pdf", 0)]
    [InlineData("C-no-feedback-channel.utf-16.txt", 1)]
    public void Pdf_word_and_any_encoding_are_checked_like_the_text(string fixture, int exitCode)
    {
        var (code, output, error) = CliHarness.Run(string.Empty, ["check", Fixture(fixture)]);

        Assert.Equal(string.Empty, error);
        Assert.Equal(exitCode, code);
        Assert.Contains(": announcement \"มาตรการ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scan_is_exit_2_saying_it_needs_ocr()
    {
        var path = Fixture("B-no-satisfaction.scanned.pdf");

        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["check", path]);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: {path}: no text layer — the file is a scanned image; check it with --ocr to read it through OCR\n", error);
    }

    [Fact]
    public void A_spreadsheet_is_exit_2_saying_what_it_is()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook/>");
        }

        var (exitCode, _, error) = CliHarness.Run(buffer.ToArray(), ["check", "-"]);

        Assert.Equal(2, exitCode);
        Assert.Equal("error: -: not a document that can be read: the file is an Excel workbook (.xlsx); save the announcement as PDF, Word (.docx) or text\n", error);
    }
}
