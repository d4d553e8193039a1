using System.Globalization;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Makes <see cref="OcrPage"/>s of what Tesseract writes for one image: its text (pages separated by form feeds, lines by
/// LF, paragraphs by a blank line) for the words and the spaces between them, and its TSV for where each line and letter is.
/// </summary>
/// <remarks>
/// Tesseract's TSV cuts Thai into one "word" per letter cluster and keeps no spaces, so the two outputs are put side by
/// side: the letters of a TSV line, run together, are the letters of a text line without its spaces. Where they do not
/// agree (a line the text left out), the line's text is made from the TSV, a space put where the gap between two
/// letters is wider than half the height of a letter.
/// </remarks>
internal static class TesseractOutput
{
    /// <summary>How far ahead in the text a line of the TSV is looked for before the TSV's own letters are used.</summary>
    private const int Lookahead = 3;

    public static List<OcrPage> Parse(string text, string tsv)
    {
        var textPages = text.Split('\f');
        var pages = new List<OcrPage>();
        PageBuilder? page = null;
        LineBuilder? line = null;
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 11 || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }

            if (!TryBox(cells, out var left, out var top, out var width, out var height))
            {
                continue;
            }

            switch (level)
            {
                case 1:
                    Finish(pages, page, line);
                    line = null;
                    page = new PageBuilder(width, height, textPages.Length > pages.Count ? textPages[pages.Count] : string.Empty);
                    break;
                case 4 when page is not null:
                    page.Add(line);
                    line = new LineBuilder(left, top, left + width, top + height);
                    break;
                case 5 when line is not null && cells.Length > 11 && cells[11].Trim().Length > 0:
                    line.AddWord(cells[11].Trim(), left, top, left + width, top + height);
                    break;
            }
        }

        Finish(pages, page, line);
        return pages;
    }

    private static void Finish(List<OcrPage> pages, PageBuilder? page, LineBuilder? line)
    {
        if (page is not null)
        {
            page.Add(line);
            pages.Add(page.Build());
        }
    }

    private static bool TryBox(string[] cells, out int left, out int top, out int width, out int height)
    {
        width = height = top = 0;
        return int.TryParse(cells[6], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out left)
            & int.TryParse(cells[7], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out top)
            & int.TryParse(cells[8], NumberStyles.None, CultureInfo.InvariantCulture, out width)
            & int.TryParse(cells[9], NumberStyles.None, CultureInfo.InvariantCulture, out height);
    }

    private static string WithoutSpaces(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }

    private sealed class PageBuilder(int width, int height, string text)
    {
        private readonly List<OcrLine> _lines = [];
        private readonly string[] _textLines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        private int _next;

        public void Add(LineBuilder? line)
        {
            if (line is null || line.Letters.Length == 0)
            {
                return;
            }

            var words = TakeText(line.Letters) ?? line.TextFromGaps();
            _lines.Add(line.Build(words));
        }

        public OcrPage Build() => new(Math.Max(1, width), Math.Max(1, height), _lines);

        /// <summary>The next text line whose letters are the line's, and the lines skipped before it; null when none near.</summary>
        private string? TakeText(string letters)
        {
            for (var i = _next; i < _textLines.Length && i < _next + Lookahead; i++)
            {
                if (string.Equals(WithoutSpaces(_textLines[i]), letters, StringComparison.Ordinal))
                {
                    _next = i + 1;
                    return _textLines[i];
                }
            }

            return null;
        }
    }

    private sealed class LineBuilder(int left, int top, int right, int bottom)
    {
        private readonly List<(string Text, int Left, int Top, int Right, int Bottom)> _words = [];
        private string? _letters;

        public string Letters => _letters ??= string.Concat(_words.Select(w => w.Text));

        public void AddWord(string text, int wordLeft, int wordTop, int wordRight, int wordBottom)
        {
            _words.Add((text, wordLeft, wordTop, wordRight, wordBottom));
            _letters = null;
        }

        /// <summary>The line's text from its letters alone: a space where a gap is wider than half a letter's height.</summary>
        public string TextFromGaps()
        {
            var gap = Median(_words.Select(w => (double)(w.Bottom - w.Top))) / 2;
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < _words.Count; i++)
            {
                if (i > 0 && _words[i].Left - _words[i - 1].Right > gap)
                {
                    text.Append(' ');
                }

                text.Append(_words[i].Text);
            }

            return text.ToString();
        }

        public OcrLine Build(string text)
        {
            var lineLeft = Math.Min(left, _words.Min(w => w.Left));
            var lineRight = Math.Max(right, _words.Max(w => w.Right));
            var lineTop = Math.Min(top, _words.Min(w => w.Top));
            var lineBottom = Math.Max(bottom, _words.Max(w => w.Bottom));

            // Lower vowels reach below the consonants, but most letters of a line stand on it: the median bottom.
            var baseline = Median(_words.Select(w => (double)w.Bottom));
            return new OcrLine(text, lineLeft, lineTop, lineRight, lineBottom, baseline, FirstWordRight(text, lineLeft, lineRight));
        }

        /// <summary>Where the letters of the text's first word (up to its first space) end: the letter that completes their count.</summary>
        private double FirstWordRight(string text, double lineLeft, double lineRight)
        {
            var space = text.IndexOf(' ');
            if (space < 0)
            {
                return lineRight;
            }

            var needed = WithoutSpaces(text.Substring(0, space)).Length;
            var count = 0;
            foreach (var word in _words)
            {
                count += word.Text.Length;
                if (count >= needed)
                {
                    return Math.Max(lineLeft, Math.Min(lineRight, word.Right));
                }
            }

            return lineRight;
        }

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
        }
    }
}
