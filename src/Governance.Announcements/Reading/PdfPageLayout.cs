using System.Text;
using Participation.Governance.Text;
using UglyToad.PdfPig.Content;

namespace Participation.Governance.Announcements.Reading;

/// <summary>One printed line of a page, rebuilt from the positions of its letters (a PDF's, or those OCR found on a scan).</summary>
/// <param name="Text">The text, marks on their consonants, words separated by one space.</param>
/// <param name="Baseline">The baseline, in points from the bottom of the page.</param>
/// <param name="Left">Where the first letter starts, in points from the left of the page.</param>
/// <param name="Right">Where the last letter ends.</param>
/// <param name="Size">The largest point size on the line.</param>
/// <param name="EndsWithSpace">Whether a space was drawn after the last letter (the line was wrapped at a space).</param>
/// <param name="FirstWordWidth">How wide the line's text is up to its first space: what would have had to fit on the line before.</param>
internal readonly record struct PdfLine(string Text, double Baseline, double Left, double Right, double Size, bool EndsWithSpace, double FirstWordWidth);

/// <summary>
/// Rebuilds the printed lines of a PDF page from its letters: Thai marks joined to the consonant they are drawn on,
/// letters ordered by position rather than by the order the PDF draws them, spaces where the gaps are.
/// </summary>
/// <remarks>
/// <para>
/// A PDF draws glyphs, not text: a writer may draw all the spaces of a line first, draw a tone mark at a position left
/// of its consonant (shifted over a tall stem), or give each mark a position of its own. Thai puts no spaces between
/// words, so a reader that cuts words at every gap, or sorts every glyph by its x, splits words and detaches marks.
/// Here a mark stays with the consonant drawn just before it when it lies over that consonant, and otherwise (drawn
/// elsewhere in the stream) goes with the consonant it lies over; only consonants, vowels beside them, digits and the
/// like are ordered by position; and a space goes where a space glyph was drawn or where the gap between two letters is
/// wider than the line's usual gap by a fraction of the font size.
/// </para>
/// </remarks>
internal static class PdfPageLayout
{
    /// <summary>Whether a page carries text: some letter that is not white space. A scanned page has none.</summary>
    public static bool HasText(Page page)
    {
        foreach (var letter in page.Letters)
        {
            foreach (var c in letter.Value)
            {
                if (!char.IsWhiteSpace(c) && !char.IsControl(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The printed lines of a page, top to bottom.</summary>
    public static List<PdfLine> ReadLines(Page page)
    {
        var letters = page.Letters;
        var clusters = new List<Cluster>(letters.Count);
        List<Letter>? strayMarks = null;
        var lastBase = -1;
        foreach (var letter in letters)
        {
            var value = letter.Value;
            if (letter.TextOrientation != TextOrientation.Horizontal)
            {
                continue;
            }

            // A glyph whose text went to the one before it (one /ActualText for a cluster of glyphs) still takes room.
            if (value.Length == 0)
            {
                if (lastBase >= 0 && clusters[lastBase].Continues(letter))
                {
                    clusters[lastBase].Extend(letter);
                }

                continue;
            }

            switch (Classify(value))
            {
                case GlyphKind.Mark:
                    if (lastBase >= 0 && clusters[lastBase].Holds(letter))
                    {
                        clusters[lastBase].Marks += value;
                    }
                    else
                    {
                        (strayMarks ??= []).Add(letter);
                    }

                    break;
                case GlyphKind.SaraAm when lastBase >= 0 && clusters[lastBase].Holds(letter):
                    // SARA AM drawn as NIKHAHIT over the consonant and SARA AA after it: one vowel, after the consonant.
                    clusters[lastBase].Marks += value;
                    clusters[lastBase].Extend(letter);
                    break;
                case GlyphKind.Space:
                    clusters.Add(new Cluster(letter, clusters.Count, isSpace: true));
                    lastBase = -1;
                    break;
                default:
                    clusters.Add(new Cluster(letter, clusters.Count, isSpace: false));
                    lastBase = clusters.Count - 1;
                    break;
            }
        }

        var lines = GroupIntoLines(clusters);
        if (strayMarks is not null)
        {
            foreach (var mark in strayMarks)
            {
                PlaceStrayMark(lines, mark);
            }
        }

        var result = new List<PdfLine>(lines.Count);
        var scratch = new StringBuilder();
        foreach (var line in lines)
        {
            if (Compose(line, scratch) is { } composed)
            {
                result.Add(composed);
            }
        }

        return result;
    }

    private static GlyphKind Classify(string value)
    {
        var allMarks = true;
        var allSpace = true;
        foreach (var raw in value)
        {
            var c = ThaiPresentationForms.ToStandard(raw);
            allMarks &= ThaiPresentationForms.IsCombiningMark(c);
            allSpace &= char.IsWhiteSpace(c) || char.IsControl(c);
        }

        return allSpace ? GlyphKind.Space
            : allMarks ? GlyphKind.Mark
            : ThaiPresentationForms.ToStandard(value[0]) == ThaiCharacters.SaraAm ? GlyphKind.SaraAm
            : GlyphKind.Base;
    }

    /// <summary>Clusters top to bottom, each line left to right; a cluster joins a line when its baseline is within a third of the font size.</summary>
    private static List<List<Cluster>> GroupIntoLines(List<Cluster> clusters)
    {
        clusters.Sort(static (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : ByPosition(a, b));
        var lines = new List<List<Cluster>>();
        List<Cluster>? current = null;
        var currentBaseline = 0.0;
        var currentSize = 0.0;
        foreach (var cluster in clusters)
        {
            if (current is null || currentBaseline - cluster.Baseline > LineTolerance(Math.Max(currentSize, cluster.Size)))
            {
                current = [];
                lines.Add(current);
                currentBaseline = cluster.Baseline;
                currentSize = cluster.Size;
            }

            current.Add(cluster);
            currentSize = Math.Max(currentSize, cluster.Size);
        }

        foreach (var line in lines)
        {
            line.Sort(ByPosition);
        }

        return lines;
    }

    private static double LineTolerance(double size) => size / 3;

    private static int ByPosition(Cluster a, Cluster b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Order.CompareTo(b.Order);

    /// <summary>A mark the stream did not draw right after its consonant goes with the consonant it lies over on the nearest line.</summary>
    private static void PlaceStrayMark(List<List<Cluster>> lines, Letter mark)
    {
        var baseline = mark.StartBaseLine.Y;
        var centre = (mark.BoundingBox.Left + mark.BoundingBox.Right) / 2;
        Cluster? best = null;
        var bestDistance = double.MaxValue;
        foreach (var line in lines)
        {
            if (line.Count == 0 || Math.Abs(line[0].Baseline - baseline) > LineTolerance(Math.Max(line[0].Size, mark.PointSize)))
            {
                continue;
            }

            foreach (var cluster in line)
            {
                if (cluster.IsSpace)
                {
                    continue;
                }

                var distance = centre < cluster.Left ? cluster.Left - centre : centre > cluster.Right ? centre - cluster.Right : 0;
                if (distance < bestDistance)
                {
                    best = cluster;
                    bestDistance = distance;
                }
            }
        }

        if (best is not null && bestDistance <= best.Size)
        {
            best.Marks += mark.Value;
        }
    }

    private static PdfLine? Compose(List<Cluster> line, StringBuilder text)
    {
        // The gap between letters of one word is about zero, but justified text spreads letters apart: a space is a gap
        // clearly wider than the line's usual one.
        var gaps = new List<double>(line.Count);
        for (var i = 1; i < line.Count; i++)
        {
            if (!line[i].IsSpace && !line[i - 1].IsSpace)
            {
                gaps.Add(line[i].Left - line[i - 1].Right);
            }
        }

        gaps.Sort();
        var usualGap = gaps.Count == 0 ? 0 : Math.Max(0, gaps[gaps.Count / 2]);
        text.Clear();
        double left = 0, right = 0, size = 0;
        double? firstWordRight = null;
        var pendingSpace = false;
        Cluster? previous = null;
        foreach (var cluster in line)
        {
            if (cluster.IsSpace)
            {
                pendingSpace = previous is not null;
                continue;
            }

            // Fake bold draws the same glyph again a hair to the right.
            if (previous is not null && cluster.Left - previous.Left < cluster.Size * 0.05 && cluster.Text == previous.Text)
            {
                continue;
            }

            if (previous is null)
            {
                left = cluster.Left;
            }
            else if (pendingSpace || cluster.Left - right > usualGap + (0.15 * Math.Max(cluster.Size, previous.Size)))
            {
                text.Append(' ');
                firstWordRight ??= right;
            }

            ThaiPresentationForms.AppendStandard(text, cluster.Text);
            ThaiPresentationForms.AppendStandard(text, cluster.Marks);
            right = Math.Max(right, cluster.Right);
            size = Math.Max(size, cluster.Size);
            previous = cluster;
            pendingSpace = false;
        }

        return previous is null ? null : new PdfLine(text.ToString(), line[0].Baseline, left, right, size, pendingSpace, (firstWordRight ?? right) - left);
    }

    private enum GlyphKind
    {
        Base,
        Mark,
        SaraAm,
        Space,
    }

    /// <summary>A letter that takes its own place on the line, with the marks drawn on it.</summary>
    private sealed class Cluster(Letter letter, int order, bool isSpace)
    {
        /// <summary>Where the letter came in the stream: what orders letters drawn at the same place.</summary>
        public int Order { get; } = order;

        public string Text { get; } = letter.Value;

        public string Marks { get; set; } = string.Empty;

        public bool IsSpace { get; } = isSpace;

        public double Baseline { get; } = letter.StartBaseLine.Y;

        public double Left { get; } = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);

        public double Right { get; private set; } = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);

        public double Size { get; } = letter.PointSize > 0 ? letter.PointSize : 1;

        /// <summary>Takes in the room of a glyph drawn as part of this letter.</summary>
        public void Extend(Letter part) => Right = Math.Max(Right, Math.Max(part.StartBaseLine.X, part.EndBaseLine.X));

        /// <summary>Whether a mark drawn next in the stream sits on this letter: same baseline, over or near it.</summary>
        public bool Holds(Letter mark)
        {
            if (Math.Abs(mark.StartBaseLine.Y - Baseline) > LineTolerance(Size))
            {
                return false;
            }

            // A mark is drawn over its consonant (shifted left over a tall stem, it is still over the consonant's body); one
            // whose middle is beyond the consonant belongs to another, and is placed by position instead.
            var centre = (mark.BoundingBox.Left + mark.BoundingBox.Right) / 2;
            var slack = Size / 20;
            return centre >= Left - slack && centre <= Right + slack;
        }

        /// <summary>Whether a glyph drawn next in the stream continues this letter: same baseline, starting where it ends.</summary>
        public bool Continues(Letter part)
            => Math.Abs(part.StartBaseLine.Y - Baseline) <= LineTolerance(Size) && part.StartBaseLine.X <= Right + (Size / 4);
    }
}
