using System.Text;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using Participation.Governance.Announcements.Reading;
using UglyToad.PdfPig;

namespace Participation.Governance.Benchmarks.Announcements;

/// <summary>
/// <see cref="PdfTextReader"/> on the committed fixtures (a two-page announcement exported from Word by LibreOffice, and
/// the same announcement with Thai fonts' Private Use Area forms in its text layer) against PdfPig's own plain text
/// extraction of the same file, <c>Page.Text</c> of every page: the parsing both share is the floor, and what is
/// measured is the cost of rebuilding lines, paragraphs and Thai text on top of it. Goal: at most 2× the anchor.
/// </summary>
[MemoryDiagnoser]
public class PdfTextReaderBenchmarks
{
    private byte[] _pdf = [];

    [Params("A-compliant.pdf", "A-compliant.pua.pdf")]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _pdf = Resources.Read(File);

    [Benchmark(Baseline = true)]
    public int PdfPigPageText()
    {
        using var document = PdfDocument.Open(_pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.Append(page.Text).Append('\n');
        }

        return text.ToString().Length;
    }

    [Benchmark]
    public int Read() => PdfTextReader.Read(_pdf).Value.Text.Length;
}

/// <summary>
/// <see cref="WordTextReader"/> on the committed Word fixture (automatic numbering throughout) against the Open XML SDK's
/// own text of the body, <c>Body.InnerText</c>: opening the package and parsing the XML are shared; what is measured is
/// rendering numbers and walking paragraphs in order.
/// </summary>
[MemoryDiagnoser]
public class WordTextReaderBenchmarks
{
    private byte[] _docx = [];

    [GlobalSetup]
    public void Setup() => _docx = Resources.Read("A-compliant.docx");

    [Benchmark(Baseline = true)]
    public int OpenXmlBodyInnerText()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(_docx), isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.InnerText.Length;
    }

    [Benchmark]
    public int Read() => WordTextReader.Read(new MemoryStream(_docx)).Value.Text.Length;
}

/// <summary>The fixtures embedded in this assembly.</summary>
internal static class Resources
{
    public static byte[] Read(string name)
    {
        using var stream = typeof(Resources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
