namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// One line of text recognised on a page image, as the engine recognised it, and where it is: in pixels from the top
/// left corner of the image.
/// </summary>
/// <remarks>
/// The reader rebuilds paragraphs from these positions as it does for a PDF: a line that reaches the right edge of the
/// text, when the next line's first word would not have fitted after it, goes on in the next.
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class OcrLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="text">The text, words separated by spaces as the engine put them.</param>
    /// <param name="left">Where the line's first letter starts.</param>
    /// <param name="top">The top of the line's box (its highest mark).</param>
    /// <param name="right">Where the line's last letter ends.</param>
    /// <param name="bottom">The bottom of the line's box (its lowest vowel).</param>
    /// <param name="baseline">Where the consonants of the line stand: between <paramref name="top"/> and <paramref name="bottom"/>.</param>
    /// <param name="firstWordRight">Where the line's first word (up to its first space) ends; <paramref name="right"/> for a line without a space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A position is not a finite number, or the box is not in order (left ≤ first word's end ≤ right, top ≤ baseline ≤ bottom).</exception>
    public OcrLine(string text, double left, double top, double right, double bottom, double baseline, double firstWordRight)
    {
        Text = Preconditions.CheckNotNull(text);
        CheckOrdered(nameof(firstWordRight), left, firstWordRight, right);
        CheckOrdered(nameof(baseline), top, baseline, bottom);
        Left = left;
        Top = top;
        Right = right;
        Bottom = bottom;
        Baseline = baseline;
        FirstWordRight = firstWordRight;
    }

    /// <summary>Gets the text as the engine recognised it.</summary>
    public string Text { get; }

    /// <summary>Gets where the line's first letter starts, in pixels from the left of the image.</summary>
    public double Left { get; }

    /// <summary>Gets the top of the line's box, in pixels from the top of the image.</summary>
    public double Top { get; }

    /// <summary>Gets where the line's last letter ends, in pixels from the left of the image.</summary>
    public double Right { get; }

    /// <summary>Gets the bottom of the line's box, in pixels from the top of the image.</summary>
    public double Bottom { get; }

    /// <summary>Gets where the consonants of the line stand, in pixels from the top of the image.</summary>
    public double Baseline { get; }

    /// <summary>Gets where the line's first word ends, in pixels from the left of the image.</summary>
    public double FirstWordRight { get; }

    /// <summary>Gets the height of the line's box.</summary>
    public double Height => Bottom - Top;

    /// <summary>Returns the text and the box, e.g. <c>"๑. ระดับ…" [357,319 → 1993,386]</c>.</summary>
    /// <returns>The line on one line.</returns>
    public override string ToString() => FormattableString.Invariant($"\"{Text}\" [{Left},{Top} → {Right},{Bottom}]");

    private static void CheckOrdered(string paramName, double low, double value, double high)
    {
        if (!(IsFinite(low) && IsFinite(value) && IsFinite(high) && low <= value && value <= high))
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, value, FormattableString.Invariant($"Expected finite positions with {low} ≤ {value} ≤ {high}."));
        }
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
