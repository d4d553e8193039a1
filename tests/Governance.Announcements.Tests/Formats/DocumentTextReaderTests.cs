using System.IO.Compression;
using System.Text;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;

namespace Participation.Governance.Announcements.Tests.Formats;

/// <summary>The format of a file is decided by its bytes: a misnamed file is still read, and what is not a document says what it is.</summary>
public sealed class DocumentTextReaderTests
{
    private const string Announcement = "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ประชาชนมีส่วนร่วม\n๑. รับฟังความคิดเห็นทางเว็บไซต์\n";

    [Theory]
    [InlineData("A-compliant.pdf", SourceFormat.Pdf)]
    [InlineData("A-compliant.docx", SourceFormat.Word)]
    [InlineData("B-no-satisfaction.windows-874.txt", SourceFormat.PlainText)]
    [InlineData("C-no-feedback-channel.utf-16.txt", SourceFormat.PlainText)]
    public void The_format_comes_from_the_content_not_the_name(string fixture, SourceFormat format)
    {
        var misnamed = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".txt");
        File.Copy(Fixtures.PathOf(fixture), misnamed);
        try
        {
            using var stream = File.OpenRead(misnamed);
            var read = DocumentTextReader.Read(stream, 1 << 26);

            Assert.True(read.Success, read.Message);
            Assert.Equal(format, read.Value.Format);
            Assert.Contains("เรื่อง มาตรการ", read.Value.Text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(misnamed);
        }
    }

    [Theory]
    [InlineData("xl/workbook.xml", null, "an Excel workbook (.xlsx)")]
    [InlineData("ppt/presentation.xml", null, "a PowerPoint presentation (.pptx)")]
    [InlineData("mimetype", "application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)")]
    [InlineData("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)")]
    [InlineData("notes.txt", "hello", "a zip archive that is not a Word document")]
    public void A_zip_that_is_not_a_word_document_is_named(string entry, string? content, string what)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(content ?? "<x/>");
        }

        var read = DocumentTextReader.Read(buffer.ToArray());

        Assert.False(read.Success);
        Assert.Equal($"not a document that can be read: the file is {what}; save the announcement as PDF, Word (.docx) or text", read.Message);
    }

    [Fact]
    public void Old_word_files_rtf_and_binary_files_are_refused_with_what_they_are()
    {
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Contains("Word 97–2003 document (.doc)", DocumentTextReader.Read(compound).Message, StringComparison.Ordinal);
        Assert.Contains("Rich Text Format", DocumentTextReader.Read(Encoding.ASCII.GetBytes("{\\rtf1\\ansi hello}")).Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8, UTF-16 and Windows-874", DocumentTextReader.Read(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2, 0, 7 }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_longer_than_the_limit_is_refused_without_reading_past_it()
    {
        var read = DocumentTextReader.Read(new MemoryStream(new byte[5000]), 4096);

        Assert.False(read.Success);
        Assert.Equal("the input is longer than 4096 bytes, the most that is read", read.Message);
    }

    [Fact]
    public void A_measure_in_json_stays_json_and_an_announcement_in_any_encoding_is_checked()
    {
        var json = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "measures", "compliant.json"));
        var measure = ComplianceChecker.Check("m.json", new MemoryStream(json), 1 << 20);
        Assert.True(measure.Success, measure.Message);
        Assert.Equal(CheckedDocumentKind.Measure, Assert.Single(measure.Value.Documents).Kind);

        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Announcement)).ToArray();
        var windows874 = CodePagesEncodingProvider.Instance.GetEncoding(874)!.GetBytes(Announcement);
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(Announcement), utf16, windows874 })
        {
            var report = ComplianceChecker.Check("a.txt", new MemoryStream(bytes), 1 << 20);
            Assert.True(report.Success, report.Message);
            Assert.Equal("มาตรการให้ประชาชนมีส่วนร่วม", Assert.Single(report.Value.Documents).Title);
        }
    }

    [Fact]
    public void Damaged_pdfs_are_failures_not_exceptions()
    {
        var pdf = File.ReadAllBytes(Fixtures.PathOf("C-no-feedback-channel.pdf"));
        foreach (var length in new[] { 5, 40, pdf.Length / 3, pdf.Length / 2, pdf.Length - 40 })
        {
            var read = DocumentTextReader.Read(pdf.AsMemory(0, length));
            Assert.True(read.Success || read.Message!.Length > 0);
        }

        var garbage = DocumentTextReader.Read(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"));
        Assert.False(garbage.Success);
    }

    [Fact]
    public void Reading_never_throws_on_bytes_that_look_like_a_pdf_or_a_zip()
    {
        var pdf = File.ReadAllBytes(Fixtures.PathOf("D-memo-then-announcement.pdf"));
        var docx = File.ReadAllBytes(Fixtures.PathOf("D-memo-then-announcement.docx"));
        var damaged =
            from source in Gen.Elements(pdf, docx)
            from cuts in Gen.Choose(0, source.Length - 1).ListOf()
            from noise in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()
            select Damage(source, cuts, noise);

        Prop.ForAll(damaged.ToArbitrary(), bytes =>
        {
            var read = DocumentTextReader.Read(bytes);
            return read.Success || read.Message!.Length > 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    /// <summary>The file with bytes overwritten by noise at some places: a download cut short, a disk gone bad.</summary>
    private static byte[] Damage(byte[] source, IEnumerable<int> places, byte[] noise)
    {
        var damaged = (byte[])source.Clone();
        foreach (var place in places)
        {
            noise.AsSpan(0, Math.Min(noise.Length, damaged.Length - place)).CopyTo(damaged.AsSpan(place));
        }

        return damaged;
    }
}
