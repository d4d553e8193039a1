using System.Globalization;
using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Reads a scan — a PDF whose pages are pictures, or an image of a page (PNG, JPEG, TIFF) — through OCR into the
/// <see cref="DocumentText"/> the announcement reader reads, marked <see cref="SourceFormat.Ocr"/> so that what is read
/// from it is marked as read by OCR.
/// </summary>
/// <remarks>
/// <para>
/// The kind of file is decided by its bytes. Each page of a PDF is rasterized by <c>pdftoppm</c> (Poppler) at
/// <see cref="OcrOptions.Resolution"/> and recognised by <see cref="OcrOptions.Engine"/> (Tesseract by default), pages in
/// parallel up to <see cref="OcrOptions.MaxDegreeOfParallelism"/>; an image is recognised as it is. The recognised lines
/// are made into text as a PDF's are (<see cref="PdfTextReader"/>): a paragraph that the page wrapped becomes one line,
/// page numbers are left out, and each line says which page it is on.
/// </para>
/// <para>
/// The programs run in a temporary folder of their own, deleted when reading ends, whatever the outcome; each run has a
/// time limit (<see cref="OcrOptions.PageTimeout"/>). A missing program, a program that fails or runs too long, a damaged
/// or encrypted PDF, or a page with no text at all is a failure whose message says which and what to do; reading never
/// throws on any bytes.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class OcrTextReader
{
    /// <summary>The failure message when a scanned PDF is to be read and <c>pdftoppm</c> cannot be found.</summary>
    public const string RasterizerNotInstalledMessage =
        "OCR of a PDF needs pdftoppm (Poppler), which is not installed: on Debian or Ubuntu run \"sudo apt-get install poppler-utils\"; "
        + "on Windows unpack Poppler for Windows and add its Library\\bin folder to PATH (scanned images — .png, .jpg, .tif — need only Tesseract)";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    /// <summary>Reads a scanned PDF or an image of a page through OCR.</summary>
    /// <param name="content">The whole file.</param>
    /// <param name="options">How to read it; <see cref="OcrOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the programs and the reading.</param>
    /// <returns>The text OCR recognised, with the line each page starts on; or a failure saying why it could not be read.</returns>
    public static ParseOutcome<DocumentText> Read(ReadOnlyMemory<byte> content, OcrOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= OcrOptions.Default;
        var span = content.Span;
        if (span.Slice(0, Math.Min(span.Length, 1024)).IndexOf(PdfSignature) >= 0)
        {
            return ReadPdf(content, options, cancellationToken);
        }

        return ImageFormat.Of(span) is { } image
            ? ReadImage(content, image, options, cancellationToken)
            : Fail("not a scan: OCR reads a PDF of page images or an image of a page (.png, .jpg, .tif)");
    }

    private static ParseOutcome<DocumentText> ReadPdf(ReadOnlyMemory<byte> content, OcrOptions options, CancellationToken cancellationToken)
    {
        var count = PdfTextReader.CountPages(content);
        if (!count.Success)
        {
            return count.ConvertError<DocumentText>();
        }

        var pageCount = count.Value;
        if (pageCount > options.MaxPages)
        {
            return Fail($"the scan has {Number(pageCount)} pages, more than the {Number(options.MaxPages)} that are read by OCR");
        }

        var pdftoppm = ToolLocator.Find("pdftoppm", options.PdftoppmPath);
        if (pdftoppm is null)
        {
            return Fail(options.PdftoppmPath is null ? RasterizerNotInstalledMessage : $"pdftoppm was not found at {options.PdftoppmPath}: give the program or the folder that holds it");
        }

        var engine = EngineOf(options);
        return WithFolder(folder =>
        {
            var input = folder.File("scan.pdf");
            WriteAll(input, content);
            return Recognize(pageCount, options, cancellationToken, (page, token) =>
            {
                var image = Rasterize(pdftoppm, input, page, folder, options, token);
                if (!image.Success)
                {
                    return image.ConvertError<IReadOnlyList<OcrPage>>();
                }

                try
                {
                    return engine.Recognize(image.Value, options.Resolution, token);
                }
                finally
                {
                    // A page at 300 dpi is 9 MB of gray: each goes as soon as it is read, so a long scan never fills the disk.
                    File.Delete(image.Value);
                }
            });
        });
    }

    private static ParseOutcome<DocumentText> ReadImage(ReadOnlyMemory<byte> content, ImageFormat image, OcrOptions options, CancellationToken cancellationToken)
    {
        var engine = EngineOf(options);
        return WithFolder(folder =>
        {
            var path = folder.File("scan" + image.Extension);
            WriteAll(path, content);
            return Recognize(1, options, cancellationToken, (_, token) => engine.Recognize(path, null, token));
        });
    }

    /// <summary>
    /// Recognises every page (or image) in parallel, reporting each as it is done; the first failure stops the pages still
    /// being read (their programs are killed) and is the outcome.
    /// </summary>
    private static ParseOutcome<DocumentText> Recognize(int count, OcrOptions options, CancellationToken cancellationToken, Func<int, CancellationToken, ParseOutcome<IReadOnlyList<OcrPage>>> recognize)
    {
        var results = new IReadOnlyList<OcrPage>?[count];
        var done = 0;
        var gate = new object();
        string? failure = null;
        options.Progress?.Report(new OcrProgress(0, count));
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(count, options.MaxDegreeOfParallelism) };
            Parallel.For(0, count, parallel, (index, state) =>
            {
                if (stop.IsCancellationRequested)
                {
                    state.Stop();
                    return;
                }

                var result = recognize(index + 1, stop.Token);
                if (result.Success)
                {
                    results[index] = result.Value;
                    options.Progress?.Report(new OcrProgress(Interlocked.Increment(ref done), count));
                    return;
                }

                // Set before the others are stopped, so a page killed because of it never takes its place.
                lock (gate)
                {
                    failure ??= count == 1 ? result.Message : $"page {Number(index + 1)}: {result.Message}";
                }

                stop.Cancel();
                state.Stop();
            });
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Fail("OCR was cancelled");
        }

        if (failure is not null)
        {
            return Fail(failure);
        }

        var pages = results.SelectMany(r => r!).Select(OcrPageLayout.ToPrintedLines).ToList();
        return pages.Exists(p => p.Count > 0)
            ? ParseOutcome<DocumentText>.ForValue(PdfTextReader.Assemble(pages, SourceFormat.Ocr))
            : Fail("OCR found no text on the page images: the scan is blank, or too faint or small to read");
    }

    /// <summary>Rasterizes one page to a gray image in the folder: an uncompressed graymap, far quicker to write and read than PNG.</summary>
    private static ParseOutcome<string> Rasterize(string pdftoppm, string input, int page, TempFolder folder, OcrOptions options, CancellationToken cancellationToken)
    {
        var number = Number(page);
        var stem = folder.File("page-" + number);
        var run = ToolProcess.Run(
            "pdftoppm",
            pdftoppm,
            ["-r", Number(options.Resolution), "-gray", "-f", number, "-l", number, "-singlefile", input, stem],
            options.PageTimeout,
            null,
            cancellationToken);
        var image = stem + ".pgm";
        return !run.Success ? run.ConvertError<string>()
            : File.Exists(image) ? ParseOutcome<string>.ForValue(image)
            : ParseOutcome<string>.ForFailure("pdftoppm wrote no image of the page", -1);
    }

    private static IOcrEngine EngineOf(OcrOptions options)
        => options.Engine ?? new TesseractOcrEngine(options.TesseractPath, options.Languages, options.PageTimeout);

    private static ParseOutcome<DocumentText> WithFolder(Func<TempFolder, ParseOutcome<DocumentText>> read)
    {
        TempFolder folder;
        try
        {
            folder = TempFolder.Create();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail("OCR needs a temporary folder, which could not be made: " + e.Message);
        }

        using (folder)
        {
            try
            {
                return read(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail("OCR could not write its temporary files: " + e.Message);
            }
        }
    }

    private static void WriteAll(string path, ReadOnlyMemory<byte> content)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
#if NET8_0_OR_GREATER
        file.Write(content.Span);
#else
        var bytes = content.ToArray();
        file.Write(bytes, 0, bytes.Length);
#endif
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static ParseOutcome<DocumentText> Fail(string message) => ParseOutcome<DocumentText>.ForFailure(message, -1);

    /// <summary>The image formats a scanner or a phone writes that Tesseract reads, told by their first bytes.</summary>
    internal sealed class ImageFormat
    {
        private static readonly ImageFormat Png = new("PNG", ".png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        private static readonly ImageFormat Jpeg = new("JPEG", ".jpg", [0xFF, 0xD8, 0xFF]);
        private static readonly ImageFormat TiffLittleEndian = new("TIFF", ".tif", [(byte)'I', (byte)'I', 42, 0]);
        private static readonly ImageFormat TiffBigEndian = new("TIFF", ".tif", [(byte)'M', (byte)'M', 0, 42]);
        private static readonly ImageFormat[] All = [Png, Jpeg, TiffLittleEndian, TiffBigEndian];
        private readonly byte[] _signature;

        private ImageFormat(string name, string extension, byte[] signature)
        {
            Name = name;
            Extension = extension;
            _signature = signature;
        }

        /// <summary>Gets the format's name, e.g. "PNG".</summary>
        public string Name { get; }

        /// <summary>Gets the extension a file of the format is given for the OCR program, e.g. ".png".</summary>
        public string Extension { get; }

        /// <summary>The format of a file's bytes, or null when they are not an image OCR reads.</summary>
        public static ImageFormat? Of(ReadOnlySpan<byte> content)
        {
            foreach (var format in All)
            {
                if (content.StartsWith(format._signature))
                {
                    return format;
                }
            }

            return null;
        }
    }
}
