using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Splits text into lines and cleans each one of the noise that conversions from Word and PDF leave, so that the
/// structure reader sees plain words: one space between words, no zero-width characters, no Markdown emphasis,
/// bullets or checkboxes.
/// </summary>
/// <remarks>
/// Every line is cleaned into one buffer the size of the text, so reading allocates no string per line: the reader makes
/// strings only of what it keeps (a title, a clause's text).
/// </remarks>
internal sealed class TextLines
{
    private readonly char[] _buffer;
    private readonly List<(int Start, int Length, int Indent, LineKind Kind)> _lines;

    /// <summary>Cleans every line of <paramref name="text"/>; the caller returns the buffer with <see cref="Release"/>.</summary>
    public TextLines(string text)
    {
        _lines = new(CountLineEnds(text) + 1);
        _buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 16));
        var written = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            var raw = text.AsSpan(start, i - start);
            var kind = Clean(raw, _buffer.AsSpan(written), out var offset, out var length);
            _lines.Add((written + offset, length, Indent(raw), kind));
            written += offset + length;
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        // A text ending with a line end has no further line, as editors count; an empty text has none at all.
        if (text.Length == 0 || text[text.Length - 1] is '\n' or '\r')
        {
            _lines.RemoveAt(_lines.Count - 1);
        }
    }

    /// <summary>What a cleaned line is for the structure reader.</summary>
    internal enum LineKind
    {
        /// <summary>Nothing but white space and noise.</summary>
        Blank,

        /// <summary>A rule of dashes, underscores or the like under a title.</summary>
        Separator,

        /// <summary>An unticked checkbox: an option the writer did not choose, so not part of the text.</summary>
        Unchosen,

        /// <summary>Words.</summary>
        Text,
    }

    /// <summary>Gets the number of lines: LF, CR LF and a lone CR end a line, so line numbers match what an editor shows.</summary>
    public int Count => _lines.Count;

    /// <summary>Gets the cleaned words of a line (zero-based index).</summary>
    public ReadOnlySpan<char> this[int index] => _buffer.AsSpan(_lines[index].Start, _lines[index].Length);

    /// <summary>Gets the cleaned words of a line as memory, for a reader that keeps them until the clause they start is read.</summary>
    public ReadOnlyMemory<char> MemoryOf(int index) => _buffer.AsMemory(_lines[index].Start, _lines[index].Length);

    /// <summary>Gets what a line is.</summary>
    public LineKind KindOf(int index) => _lines[index].Kind;

    /// <summary>Gets how far a line is indented, in columns: a tab counts as four, any other white space as one.</summary>
    public int IndentOf(int index) => _lines[index].Indent;

    /// <summary>Returns the buffer to the pool; the lines must not be read after.</summary>
    public void Release() => System.Buffers.ArrayPool<char>.Shared.Return(_buffer);

    /// <summary>An upper bound on the number of lines (CR LF counts twice), so the list of lines never grows.</summary>
    private static int CountLineEnds(string text)
    {
        var count = 0;
        var span = text.AsSpan();
        int at;
        while ((at = span.IndexOfAny('\n', '\r')) >= 0)
        {
            count++;
            span = span.Slice(at + 1);
        }

        return count;
    }

    private static int Indent(ReadOnlySpan<char> raw)
    {
        var columns = 0;
        foreach (var c in raw)
        {
            if (c == '\t')
            {
                columns += 4;
            }
            else if (char.IsWhiteSpace(c) || ThaiCharacters.IsInvisible(c))
            {
                columns++;
            }
            else
            {
                break;
            }
        }

        return columns;
    }

    /// <summary>Cleans one line into <paramref name="destination"/> and says what it is; the words are at [offset, offset + length).</summary>
    private static LineKind Clean(ReadOnlySpan<char> raw, Span<char> destination, out int offset, out int length)
    {
        var written = 0;
        var pendingSpace = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (ThaiCharacters.IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = written > 0;
                continue;
            }

            // Markdown emphasis and escapes are presentation, not words.
            if (c == '*' && i + 1 < raw.Length && raw[i + 1] == '*')
            {
                i++;
                continue;
            }

            if (c == '\\' && i + 1 < raw.Length && IsAsciiPunctuation(raw[i + 1]))
            {
                c = raw[++i];
            }
            else if (c == '\\' && i + 1 == raw.Length)
            {
                continue;
            }

            // PDF text and OCR often spell SARA AM as NIKHAHIT + SARA AA, which looks the same but breaks every keyword.
            if (c == ThaiCharacters.Nikhahit && i + 1 < raw.Length && raw[i + 1] == ThaiCharacters.SaraAa)
            {
                c = ThaiCharacters.SaraAm;
                i++;
            }

            if (pendingSpace)
            {
                destination[written++] = ' ';
                pendingSpace = false;
            }

            destination[written++] = c;
        }

        var line = destination.Slice(0, written);
        var start = SkipMarkdownHeading(line);
        var kind = SkipBulletAndCheckbox(line, ref start);
        offset = Math.Min(start, written);
        length = written - offset;
        if (kind == LineKind.Unchosen)
        {
            return kind;
        }

        if (length == 0)
        {
            return LineKind.Blank;
        }

        return IsSeparator(line.Slice(offset)) ? LineKind.Separator : LineKind.Text;
    }

    private static int SkipMarkdownHeading(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] == '#')
        {
            i++;
        }

        return i > 0 && i <= 6 && (i == line.Length || line[i] == ' ') ? Math.Min(i + 1, line.Length) : 0;
    }

    private static LineKind SkipBulletAndCheckbox(ReadOnlySpan<char> line, ref int start)
    {
        start = SkipBullet(line, start);
        if (start >= line.Length)
        {
            return LineKind.Text;
        }

        var c = line[start];
        if (c is '☐' or '□' or '❏' or '❑')
        {
            return LineKind.Unchosen;
        }

        var ticked = 0;
        if (c is '☑' or '☒' or '✓' or '✔' or '■' or '⊠')
        {
            ticked = 1;
        }
        else if (c == '[' && start + 2 < line.Length && line[start + 2] == ']')
        {
            var mark = line[start + 1];
            if (mark == ' ')
            {
                return LineKind.Unchosen;
            }

            ticked = mark is 'x' or 'X' or '/' or '✓' or '✔' ? 3 : 0;
        }

        if (ticked > 0)
        {
            start = SkipBullet(line, SkipSpace(line, start + ticked));
        }

        return LineKind.Text;
    }

    /// <summary>Skips a bullet and its space ("- ๑.๑ …"), or a dash written right before a clause number ("-๑.๑ …").</summary>
    private static int SkipBullet(ReadOnlySpan<char> line, int start)
    {
        if (start + 1 >= line.Length)
        {
            return start;
        }

        if (line[start] is '-' or '–' or '•' or '*' or '+' or '·' or '▪' or '●' or '○' or '◦' && line[start + 1] == ' ')
        {
            return start + 2;
        }

        return line[start] is '-' or '–' && ThaiCharacters.GetDigitValue(line[start + 1]) >= 0 ? start + 1 : start;
    }

    private static int SkipSpace(ReadOnlySpan<char> line, int index) => index < line.Length && line[index] == ' ' ? index + 1 : index;

    private static bool IsSeparator(ReadOnlySpan<char> line)
    {
        if (line.Length < 3)
        {
            return false;
        }

        foreach (var c in line)
        {
            if (c is not ('-' or '_' or '=' or '~' or '*' or '.' or '–' or '—' or '─' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';
}
