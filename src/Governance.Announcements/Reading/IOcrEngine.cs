using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Recognises the text on page images: the step of <see cref="OcrTextReader"/> that an OCR program does.
/// <see cref="TesseractOcrEngine"/> runs Tesseract; another engine (a service, a test's stand-in) plugs in through
/// <see cref="OcrOptions.Engine"/>.
/// </summary>
/// <remarks>
/// An engine returns the lines as it recognised them — SARA AM as NIKHAHIT + SARA AA, marks dropped, a paragraph broken
/// where the page wrapped — with where each line is on the page; the reader makes text of them.
/// </remarks>
/// <threadsafety>Implementations must be thread-safe: the pages of a document are recognised in parallel.</threadsafety>
public interface IOcrEngine
{
    /// <summary>Recognises the text of one image file, which may hold several pages (a multi-page TIFF).</summary>
    /// <param name="imagePath">The image: PNG, JPEG, TIFF or a portable graymap (PGM), as the rasterizer writes pages.</param>
    /// <param name="dotsPerInch">The image's resolution when the caller knows it (a rasterized page), or null to take the image's own.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The pages of the image in order; or a failure saying why the text could not be recognised.</returns>
    ParseOutcome<IReadOnlyList<OcrPage>> Recognize(string imagePath, int? dotsPerInch, CancellationToken cancellationToken);
}
