using System.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Outline;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Turns the lines an OCR engine recognised on a page into the printed lines <see cref="PdfTextReader"/> makes paragraphs
/// of, so that a scan's text is put together exactly as a PDF's is: Thai as typed, noise left out, positions measured
/// from the bottom as a PDF's are.
/// </summary>
/// <remarks>
/// <para>
/// Each line's text gets SARA AM as one character and its marks in typed order (<see cref="ThaiPresentationForms"/>).
/// Two kinds of line are noise rather than text and are left out: a row of marks torn off the line below (a box far
/// lower than the page's usual line that runs into its neighbour), and a line with no word in it — no three letters
/// together, no number of two digits, no clause number — which is what OCR makes of an emblem, a stamp or a signature.
/// </para>
/// <para>
/// A PDF line carries its font size; an OCR line only its box, whose height takes in the marks above and the vowels
/// below. The size is taken as four fifths of the page's usual line height, which is what that height is for Thai type.
/// </para>
/// </remarks>
internal static class OcrPageLayout
{
    /// <summary>The font size of Thai type as a share of the height of its line boxes (marks above and vowels below included).</summary>
    private const double SizeOfLineHeight = 0.8;

    /// <summary>A line lower than this share of the usual line height is a row of torn-off marks, if it runs into a neighbour.</summary>
    private const double TornOffHeight = 0.6;

    public static List<PdfLine> ToPrintedLines(OcrPage page)
    {
        var lines = new List<(OcrLine Line, string Text)>(page.Lines.Count);
        var builder = new StringBuilder();
        foreach (var line in page.Lines)
        {
            builder.Clear();
            ThaiPresentationForms.AppendStandard(builder, line.Text);
            var text = string.Join(" ", builder.ToString().Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 0 && HasWords(text))
            {
                lines.Add((line, text));
            }
        }

        var usual = Median(lines.Select(l => l.Line.Height));
        var printed = new List<PdfLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Line;
            if (line.Height < TornOffHeight * usual && (Overlaps(line, i > 0 ? lines[i - 1].Line : null) || Overlaps(line, i + 1 < lines.Count ? lines[i + 1].Line : null)))
            {
                continue;
            }

            printed.Add(new PdfLine(lines[i].Text, page.Height - line.Baseline, line.Left, line.Right, SizeOfLineHeight * usual, EndsWithSpace: false, line.FirstWordRight - line.Left));
        }

        return printed;
    }

    /// <summary>Whether a line holds a word: three letters together, a number of two digits or more, or a clause number.</summary>
    internal static bool HasWords(string text)
    {
        int letters = 0, digits = 0;
        foreach (var c in text)
        {
            if (IsLetter(c))
            {
                if (++letters >= 3)
                {
                    return true;
                }

                digits = 0;
            }
            else if (ThaiCharacters.GetDigitValue(c) >= 0)
            {
                if (++digits >= 2)
                {
                    return true;
                }

                letters = 0;
            }
            else
            {
                letters = digits = 0;
            }
        }

        return OutlineNumber.TryReadClauseNumber(text.AsSpan().TrimStart("- ".AsSpan()), out _, out _, out _);
    }

    /// <summary>A Thai letter, vowel or mark, or a Latin letter: what words are made of.</summary>
    private static bool IsLetter(char c) => c is (>= '\u0E01' and <= '\u0E4E') || (c < 0x80 && char.IsLetter(c));

    private static bool Overlaps(OcrLine line, OcrLine? other) => other is not null && line.Top < other.Bottom && other.Top < line.Bottom;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
