using System.Collections.ObjectModel;
using System.Globalization;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// The text of a document as the announcement reader reads it — one line per line of the original, lines separated by
/// LF — and where each line came from, so that a finding on line 57 of the text can be shown as "page 3, line 12" of a
/// PDF.
/// </summary>
/// <remarks>
/// Line numbers are one-based. For a paged format, <see cref="PageFirstLines"/> holds the line of the text on which
/// each page starts, ascending, the first being 1.
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class DocumentText
{
    private static readonly ReadOnlyCollection<int> NoPages = new([]);

    /// <summary>Creates the text of a document.</summary>
    /// <param name="text">The text, lines separated by LF (CR LF and CR are read as line ends too).</param>
    /// <param name="format">The kind of file it was read from.</param>
    /// <param name="pageFirstLines">For a paged format, the line on which each page starts, ascending from 1; null or empty otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pageFirstLines"/> does not start at 1 or is not strictly ascending.</exception>
    public DocumentText(string text, SourceFormat format, IEnumerable<int>? pageFirstLines = null)
    {
        Text = Preconditions.CheckNotNull(text);
        Format = format;
        var pages = pageFirstLines?.ToArray() ?? [];
        for (var i = 0; i < pages.Length; i++)
        {
            Preconditions.CheckArgument(i == 0 ? pages[0] == 1 : pages[i] > pages[i - 1], nameof(pageFirstLines), "Page first lines must start at 1 and ascend.");
        }

        PageFirstLines = pages.Length == 0 ? NoPages : Array.AsReadOnly(pages);
    }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets the kind of file the text was read from.</summary>
    public SourceFormat Format { get; }

    /// <summary>Gets, for a paged format, the line on which each page starts; empty otherwise.</summary>
    public IReadOnlyList<int> PageFirstLines { get; }

    /// <summary>Says where a line of the text is in the original: "12" for a text or Word file, "3:12" (page 3, its line 12) for a PDF.</summary>
    /// <param name="line">A one-based line of <see cref="Text"/>.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public string DescribeLine(int line)
    {
        Preconditions.CheckArgumentRange(nameof(line), line, 1, int.MaxValue);
        if (PageFirstLines.Count == 0)
        {
            return line.ToString(CultureInfo.InvariantCulture);
        }

        var page = PageOf(line);
        var onPage = line - PageFirstLines[page - 1] + 1;
        return page.ToString(CultureInfo.InvariantCulture) + ":" + onPage.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Gets the one-based page a line is on, or null for a format without pages.</summary>
    /// <param name="line">A one-based line of <see cref="Text"/>.</param>
    /// <returns>The page, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public int? GetPage(int line)
    {
        Preconditions.CheckArgumentRange(nameof(line), line, 1, int.MaxValue);
        return PageFirstLines.Count == 0 ? null : PageOf(line);
    }

    private int PageOf(int line)
    {
        var pages = (ReadOnlyCollection<int>)PageFirstLines;
        int low = 0, high = pages.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (pages[mid] <= line)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low + 1;
    }
}
