using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Text;

namespace Participation.Governance.Benchmarks.Announcements;

/// <summary>
/// OCR of the committed three-page scan (A-compliant.scanned.pdf: 1-bit pages at 300 dpi) on all cores, against the
/// anchor <see cref="TesseractAlone"/>: the same <c>tesseract</c> runs on the same pages, already rasterized, in parallel
/// the same way — what no OCR of these pages can do without. <see cref="ReadScan"/> adds our part: writing the file,
/// rasterizing each page with pdftoppm, starting the programs, reading their output and putting the text together;
/// <see cref="CheckScan"/> adds reading the announcement and checking it. <see cref="OurWorkOnRecognisedPages"/> is our
/// code alone, on the pages Tesseract recognised, with no program run. Needs tesseract (with Thai) and pdftoppm.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class OcrBenchmarks
{
    private const string Scan = "A-compliant.scanned.pdf";
    private static readonly byte[] TiffSignature = [(byte)'I', (byte)'I', 42, 0];

    private byte[] _scan = [];
    private string _folder = string.Empty;
    private string[] _pages = [];
    private string _tesseract = string.Empty;
    private OcrPage[] _recognised = [];

    [GlobalSetup]
    public void Setup()
    {
        _scan = Resources.Read(Scan);
        var engine = new TesseractOcrEngine();
        _tesseract = engine.FindProgram().Value;
        _folder = Directory.CreateTempSubdirectory("ocr-benchmark-").FullName;
        var input = Path.Combine(_folder, Scan);
        File.WriteAllBytes(input, _scan);
        Run("pdftoppm", ["-r", "300", "-gray", input, Path.Combine(_folder, "page")]);
        _pages = Directory.GetFiles(_folder, "page-*.pgm").Order(StringComparer.Ordinal).ToArray();
        _recognised = _pages.SelectMany(page => engine.Recognize(page, 300, CancellationToken.None).Value).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public long TesseractAlone()
    {
        var written = 0L;
        Parallel.ForEach(_pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
        {
            var output = page + "-out";
            Run(_tesseract, [page, output, "-l", "tha+eng", "--psm", "4", "--dpi", "300", "txt", "tsv"]);
            Interlocked.Add(ref written, new FileInfo(output + ".tsv").Length);
        });
        return written;
    }

    [Benchmark]
    public int ReadScan() => OcrTextReader.Read(_scan).Value.Text.Length;

    [Benchmark]
    public int CheckScan() => ComplianceChecker.Check(Scan, DocumentTextReader.Read(_scan, OcrOptions.Default).Value).Value.Documents.Count;

    [Benchmark]
    public int OurWorkOnRecognisedPages()
    {
        var text = OcrTextReader.Read(TiffSignature, new OcrOptions { Engine = new Recognised(_recognised) }).Value;
        return ComplianceChecker.Check(Scan, text).Value.Documents.Count;
    }

    private static void Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {error.Result}");
        }
    }

    /// <summary>An engine that hands back the pages Tesseract recognised in the setup.</summary>
    private sealed class Recognised(OcrPage[] pages) : IOcrEngine
    {
        public ParseOutcome<IReadOnlyList<OcrPage>> Recognize(string imagePath, int? dotsPerInch, CancellationToken cancellationToken)
            => ParseOutcome<IReadOnlyList<OcrPage>>.ForValue(pages);
    }
}
