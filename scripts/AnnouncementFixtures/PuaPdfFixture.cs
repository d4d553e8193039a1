using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Participation.Governance.AnnouncementFixtures;

/// <summary>
/// Writes an announcement's text as a PDF whose text layer carries what Word writes with TH SarabunPSK: marks in their
/// Private Use Area forms (shifted down, left, down-left; ญ and ฐ without descenders) and SARA AM as NIKHAHIT + SARA AA.
/// </summary>
/// <remarks>
/// No tool on a Linux machine writes such a PDF (LibreOffice shapes with OpenType and writes the standard characters),
/// so the text is shaped here as renderers without OpenType do — the rules and table of HarfBuzz's fallback Thai shaper
/// (<c>src/hb-ot-shaper-thai.cc</c>) — and drawn with PdfPig's document builder in a TLWG font that has the PUA glyphs,
/// which puts those code points in the PDF's text layer.
/// </remarks>
internal static class PuaPdfFixture
{
    private const double FontSize = 16;
    private const double Left = 85, Right = 538, Top = 770, Bottom = 60, Leading = 22;

    /// <summary>Writes the PDF.</summary>
    /// <param name="marksApart">
    /// True to draw each line's consonants first and its marks afterwards, one by one at their places, as some PDF
    /// writers order glyphs: the text layer then has every mark far from its consonant in the stream.
    /// </param>
    public static void Write(string text, string fontPath, string path, bool marksApart = false)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(fontPath));
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = Top;
        var pageNumber = 1;
        foreach (var line in text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            foreach (var printed in Wrap(Shape(line), page, font))
            {
                if (y < Bottom)
                {
                    page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                    pageNumber++;
                    y = Top;
                    if (pageNumber > 1)
                    {
                        page.AddText(Shape("- " + ToThaiDigits(pageNumber) + " -"), FontSize, new PdfPoint(290, 800), font);
                    }
                }

                if (printed.Length > 0 && !marksApart)
                {
                    page.AddText(printed, FontSize, new PdfPoint(Left, y), font);
                }
                else if (printed.Length > 0)
                {
                    DrawMarksApart(page, printed, new PdfPoint(Left, y), font);
                }

                y -= Leading;
            }
        }

        File.WriteAllBytes(path, builder.Build());
    }

    private static void DrawMarksApart(PdfPageBuilder page, string line, PdfPoint start, PdfDocumentBuilder.AddedFont font)
    {
        var placed = page.MeasureText(line, FontSize, start, font);
        var bases = new string(line.Where(c => !IsMark(c)).ToArray());
        page.AddText(bases, FontSize, start, font);
        for (var i = 0; i < line.Length && i < placed.Count; i++)
        {
            if (IsMark(line[i]))
            {
                page.AddText(line[i].ToString(), FontSize, placed[i].StartBaseLine, font);
            }
        }
    }

    private static string ToThaiDigits(int value) => string.Concat(value.ToString().Select(c => (char)(c - '0' + '๐')));

    /// <summary>Breaks a line that is wider than the page after its last space that fits, or between two letters.</summary>
    private static List<string> Wrap(string line, PdfPageBuilder measure, PdfDocumentBuilder.AddedFont font)
    {
        var lines = new List<string>();
        var rest = line;
        while (rest.Length > 0 && Width(measure, rest, font) > Right - Left)
        {
            var end = rest.Length;
            while (end > 1 && Width(measure, rest.Substring(0, end), font) > Right - Left)
            {
                end--;
            }

            // Word breaks Thai between words, which need no space between them: at the last space if what follows it
            // could not be split short of three characters' width, else between two letters (a mark stays with its
            // consonant), as a word break inside a Thai run would.
            var space = rest.LastIndexOf(' ', end - 1, end);
            if (space > 0 && Width(measure, rest.Substring(0, space), font) < Right - Left - (3 * FontSize))
            {
                space = -1;
            }

            var cut = space > 0 ? space : end;
            while (cut > 1 && cut < rest.Length && IsMark(rest[cut]))
            {
                cut--;
            }

            // Word leaves the space a line breaks at on the line it ends, and draws it.
            var keep = space > 0 ? cut + 1 : cut;
            lines.Add(rest.Substring(0, keep));
            rest = rest.Substring(keep).TrimStart();
        }

        lines.Add(rest);
        return lines;
    }

    private static double Width(PdfPageBuilder page, string text, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, FontSize, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X);
    }

    private static bool IsMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E') or (>= '\uF700' and <= '\uF71A');

    /// <summary>HarfBuzz's fallback Thai shaping: SARA AM decomposed, then each mark moved as its consonant requires.</summary>
    internal static string Shape(string line)
    {
        var decomposed = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c == '\u0E33')
            {
                // NIKHAHIT goes before any marks above the consonant; SARA AA after.
                var at = decomposed.Length;
                while (at > 0 && IsAboveMark(decomposed[at - 1]))
                {
                    at--;
                }

                decomposed.Insert(at, '\u0E4D').Append('\u0E32');
            }
            else
            {
                decomposed.Append(c);
            }
        }

        var shaped = decomposed.ToString().ToCharArray();
        var above = AboveState.T3;
        var below = BelowState.B2;
        var baseIndex = 0;
        for (var i = 0; i < shaped.Length; i++)
        {
            var mark = MarkOf(shaped[i]);
            if (mark == Mark.None)
            {
                var consonant = ConsonantOf(shaped[i]);
                above = consonant switch { Consonant.Ascender => AboveState.T1, Consonant.None => AboveState.T3, _ => AboveState.T0 };
                below = consonant switch { Consonant.RemovableDescender => BelowState.B1, Consonant.Descender or Consonant.None => BelowState.B2, _ => BelowState.B0 };
                baseIndex = i;
                continue;
            }

            var (aboveAction, nextAbove) = AboveMachine[(int)above, (int)mark];
            var (belowAction, nextBelow) = BelowMachine[(int)below, (int)mark];
            above = nextAbove;
            below = nextBelow;
            var action = aboveAction != Action.None ? aboveAction : belowAction;
            if (action == Action.RemoveDescender)
            {
                shaped[baseIndex] = Pua(shaped[baseIndex], action);
            }
            else
            {
                shaped[i] = Pua(shaped[i], action);
            }
        }

        return new string(shaped);
    }

    private static bool IsAboveMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E37') or (>= '\u0E47' and <= '\u0E4E');

    private static Mark MarkOf(char c)
        => c is '\u0E31' or (>= '\u0E34' and <= '\u0E37') or '\u0E47' or '\u0E4D' or '\u0E4E' ? Mark.Above
            : c is >= '\u0E38' and <= '\u0E3A' ? Mark.Below
            : c is >= '\u0E48' and <= '\u0E4C' ? Mark.Tone
            : Mark.None;

    private static Consonant ConsonantOf(char c)
        => c is '\u0E1B' or '\u0E1D' or '\u0E1F' ? Consonant.Ascender
            : c is '\u0E0D' or '\u0E10' ? Consonant.RemovableDescender
            : c is '\u0E0E' or '\u0E0F' ? Consonant.Descender
            : c is >= '\u0E01' and <= '\u0E2E' ? Consonant.Normal
            : Consonant.None;

    private static char Pua(char c, Action action) => action switch
    {
        Action.ShiftDown => c switch
        {
            >= '\u0E48' and <= '\u0E4C' => (char)('\uF70A' + (c - '\u0E48')),
            >= '\u0E38' and <= '\u0E3A' => (char)('\uF718' + (c - '\u0E38')),
            _ => c,
        },
        Action.ShiftDownLeft => c is >= '\u0E48' and <= '\u0E4C' ? (char)('\uF705' + (c - '\u0E48')) : c,
        Action.ShiftLeft => c switch
        {
            >= '\u0E48' and <= '\u0E4C' => (char)('\uF713' + (c - '\u0E48')),
            '\u0E31' => '\uF710',
            >= '\u0E34' and <= '\u0E37' => (char)('\uF701' + (c - '\u0E34')),
            '\u0E47' => '\uF712',
            '\u0E4D' => '\uF711',
            _ => c,
        },
        Action.RemoveDescender => c switch { '\u0E0D' => '\uF70F', '\u0E10' => '\uF700', _ => c },
        _ => c,
    };

    private static readonly (Action, AboveState)[,] AboveMachine =
    {
        { (Action.None, AboveState.T3), (Action.None, AboveState.T0), (Action.ShiftDown, AboveState.T3) },
        { (Action.ShiftLeft, AboveState.T2), (Action.None, AboveState.T1), (Action.ShiftDownLeft, AboveState.T2) },
        { (Action.None, AboveState.T3), (Action.None, AboveState.T2), (Action.ShiftLeft, AboveState.T3) },
        { (Action.None, AboveState.T3), (Action.None, AboveState.T3), (Action.None, AboveState.T3) },
    };

    private static readonly (Action, BelowState)[,] BelowMachine =
    {
        { (Action.None, BelowState.B0), (Action.None, BelowState.B2), (Action.None, BelowState.B0) },
        { (Action.None, BelowState.B1), (Action.RemoveDescender, BelowState.B2), (Action.None, BelowState.B1) },
        { (Action.None, BelowState.B2), (Action.ShiftDown, BelowState.B2), (Action.None, BelowState.B2) },
    };

    private enum Mark
    {
        Above = 0,
        Below = 1,
        Tone = 2,
        None = 3,
    }

    private enum Consonant
    {
        Normal,
        Ascender,
        RemovableDescender,
        Descender,
        None,
    }

    private enum Action
    {
        None,
        ShiftDown,
        ShiftLeft,
        ShiftDownLeft,
        RemoveDescender,
    }

    private enum AboveState
    {
        T0,
        T1,
        T2,
        T3,
    }

    private enum BelowState
    {
        B0,
        B1,
        B2,
    }
}
