namespace Participation.Governance.Announcements.Reading;

/// <summary>The lines an <see cref="IOcrEngine"/> recognised on one page image, in reading order.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class OcrPage
{
    /// <summary>Creates a page.</summary>
    /// <param name="width">The image's width in pixels.</param>
    /// <param name="height">The image's height in pixels.</param>
    /// <param name="lines">The lines, top to bottom.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is less than 1.</exception>
    public OcrPage(int width, int height, IEnumerable<OcrLine> lines)
    {
        Preconditions.CheckArgumentRange(nameof(width), width, 1, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(height), height, 1, int.MaxValue);
        var copy = Preconditions.CheckNotNull(lines).ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(copy, l => l is not null), nameof(lines), "A page's lines cannot be null.");
        Width = width;
        Height = height;
        Lines = Array.AsReadOnly(copy);
    }

    /// <summary>Gets the image's width in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the image's height in pixels.</summary>
    public int Height { get; }

    /// <summary>Gets the lines, top to bottom.</summary>
    public IReadOnlyList<OcrLine> Lines { get; }
}
