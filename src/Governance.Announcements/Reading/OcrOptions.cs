namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// How <see cref="OcrTextReader"/> reads scans: which programs, at what resolution, how many pages at once, how long a
/// page may take, and whom to tell how far it has come.
/// </summary>
/// <remarks>
/// The defaults read a scanned PDF as Tesseract reads best: each page rasterized by pdftoppm (Poppler) at 300 dpi in
/// gray, recognised by the <c>tesseract</c> program found on <c>PATH</c> with Thai and English
/// (<c>tha+eng</c>), as many pages at a time as there are cores.
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class OcrOptions
{
    private readonly string _languages = TesseractOcrEngine.DefaultLanguages;
    private readonly int _resolution = 300;
    private readonly TimeSpan _pageTimeout = TimeSpan.FromMinutes(2);
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int _maxPages = 100;

    /// <summary>Gets the default options.</summary>
    public static OcrOptions Default { get; } = new();

    /// <summary>
    /// Gets the engine that recognises page images; null (the default) for Tesseract, from <see cref="TesseractPath"/>,
    /// <see cref="Languages"/> and <see cref="PageTimeout"/>.
    /// </summary>
    public IOcrEngine? Engine { get; init; }

    /// <summary>Gets the <c>tesseract</c> program or the folder holding it; null (the default) to find it on <c>PATH</c> (and, on Windows, where its installer puts it).</summary>
    public string? TesseractPath { get; init; }

    /// <summary>Gets the <c>pdftoppm</c> program (Poppler) or the folder holding it; null (the default) to find it on <c>PATH</c>.</summary>
    public string? PdftoppmPath { get; init; }

    /// <summary>Gets Tesseract's languages, joined by <c>+</c>: <c>tha+eng</c> by default (Thai, and English for the Latin words in Thai text).</summary>
    /// <exception cref="ArgumentException">The value is empty or holds anything but letters, digits, <c>_</c> and <c>+</c>.</exception>
    public string Languages
    {
        get => _languages;
        init => _languages = TesseractOcrEngine.CheckLanguages(value, nameof(Languages));
    }

    /// <summary>Gets the resolution, in dots per inch, at which the pages of a PDF are rasterized: 300 by default, as Tesseract reads best.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 72 and 1200.</exception>
    public int Resolution
    {
        get => _resolution;
        init
        {
            Preconditions.CheckArgumentRange(nameof(Resolution), value, 72, 1200);
            _resolution = value;
        }
    }

    /// <summary>Gets how long one program run (rasterizing or recognising one page) may take before it is stopped: two minutes by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan PageTimeout
    {
        get => _pageTimeout;
        init
        {
            if (value <= TimeSpan.Zero)
            {
                Preconditions.ThrowArgumentOutOfRange(nameof(PageTimeout), value, "The time a page may take must be positive.");
            }

            _pageTimeout = value;
        }
    }

    /// <summary>Gets how many pages are recognised at the same time: the number of cores by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MaxDegreeOfParallelism), value, 1, int.MaxValue);
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>Gets the most pages a scanned PDF may have: 100 by default, far beyond any announcement; a longer file is refused rather than read for hours.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxPages
    {
        get => _maxPages;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MaxPages), value, 1, int.MaxValue);
            _maxPages = value;
        }
    }

    /// <summary>
    /// Gets what is told of each page recognised, or null. It is called on the threads that recognise pages, so it must be
    /// thread-safe; a <see cref="Progress{T}"/> made on a UI thread posts to that thread.
    /// </summary>
    public IProgress<OcrProgress>? Progress { get; init; }
}
