using System.Globalization;

namespace Participation.Governance.Announcements.Reading;

/// <summary>How far OCR of one file has come: pages recognised so far, of how many.</summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct OcrProgress : IEquatable<OcrProgress>
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="pagesDone">The pages recognised so far.</param>
    /// <param name="pageCount">The pages to recognise in all.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageCount"/> is negative, or <paramref name="pagesDone"/> is not between 0 and it.</exception>
    public OcrProgress(int pagesDone, int pageCount)
    {
        Preconditions.CheckArgumentRange(nameof(pageCount), pageCount, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(pagesDone), pagesDone, 0, pageCount);
        PagesDone = pagesDone;
        PageCount = pageCount;
    }

    /// <summary>Gets the pages recognised so far.</summary>
    public int PagesDone { get; }

    /// <summary>Gets the pages to recognise in all.</summary>
    public int PageCount { get; }

    /// <summary>Equality of both counts.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>True when both counts are equal.</returns>
    public static bool operator ==(OcrProgress left, OcrProgress right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>True when a count differs.</returns>
    public static bool operator !=(OcrProgress left, OcrProgress right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(OcrProgress other) => PagesDone == other.PagesDone && PageCount == other.PageCount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OcrProgress other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PagesDone, PageCount);

    /// <summary>Returns e.g. "3/10".</summary>
    /// <returns>The counts.</returns>
    public override string ToString() => PagesDone.ToString(CultureInfo.InvariantCulture) + "/" + PageCount.ToString(CultureInfo.InvariantCulture);
}
