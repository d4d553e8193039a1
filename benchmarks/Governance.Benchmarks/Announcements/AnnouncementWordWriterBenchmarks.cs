using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Benchmarks.Announcements;

/// <summary>
/// <see cref="AnnouncementWordWriter"/> on a typical measure (samples/measures/compliant.json: five levels, eight
/// channels, six steps, reporting and oversight; three pages in Word) against the anchor, an empty Word document written
/// with the same SDK into the same kind of stream: creating the package, its main part and the zip archive is the floor
/// any .docx writer pays. An empty package with the same parts as ours shows how much of the rest is the parts
/// themselves, each a zip entry with its own compressor. The plain-text rendering of the same measure (<see cref="AnnouncementWriter"/>) is measured
/// beside them, to show what the words themselves cost.
/// </summary>
[MemoryDiagnoser]
public class AnnouncementWordWriterBenchmarks
{
    private static readonly AnnouncementWordOptions WordOptions = new() { Signatory = "นายสมมติ ตัวอย่าง", Position = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ เขต ๑" };
    private static readonly AnnouncementRenderOptions TextOptions = new() { Signatory = WordOptions.Signatory, Position = WordOptions.Position };

    private static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR42mNgAAIAAAUAAen63NgAAAAASUVORK5CYII=");

    private Measure _measure = null!;

    [GlobalSetup]
    public void Setup() => _measure = MeasureJson.Deserialize(System.Text.Encoding.UTF8.GetString(Resources.Read("compliant.json")));

    /// <summary>The anchor: a Word document with an empty body, written to a memory stream.</summary>
    [Benchmark(Baseline = true)]
    public long EmptyWordDocument()
    {
        using var docx = new MemoryStream();
        using (var document = WordprocessingDocument.Create(docx, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body());
        }

        return docx.Length;
    }

    /// <summary>
    /// The same package as ours with every part empty — styles, numbering, settings, a header, a one-pixel image, the
    /// core properties —: what the parts cost as zip entries, apart from what they hold.
    /// </summary>
    [Benchmark]
    public long EmptyPartsOfAnAnnouncement()
    {
        using var docx = new MemoryStream();
        using (var document = WordprocessingDocument.Create(docx, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = string.Empty;
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings();
            main.AddNewPart<HeaderPart>().Header = new Header();
            using var pixel = new MemoryStream(Pixel, writable: false);
            main.AddImagePart("image/png").FeedData(pixel);
        }

        return docx.Length;
    }

    /// <summary>Ours: the whole announcement as a .docx — styles, numbering, settings, header, emblem frame, body.</summary>
    [Benchmark]
    public long Write()
    {
        using var docx = new MemoryStream();
        AnnouncementWordWriter.Write(_measure, docx, WordOptions);
        return docx.Length;
    }

    /// <summary>The same measure as plain text, for scale.</summary>
    [Benchmark]
    public int PlainText() => AnnouncementWriter.Render(_measure, TextOptions).Length;
}
