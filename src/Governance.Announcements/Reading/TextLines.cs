using System.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Splits text into lines and cleans each one of the noise that conversions from Word and PDF leave, so that the
/// structure reader sees plain words: one space between words, no zero-width characters, no Markdown emphasis,
/// bullets or checkboxes.
/// </summary>
internal static class TextLines
{
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

    /// <summary>Splits at LF, CR LF or a lone CR; line numbers are one-based and match what an editor shows.</summary>
    internal static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    /// <summary>How far a line is indented, in columns: a tab counts as four, any other white space as one.</summary>
    internal static int Indent(string raw)
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

    /// <summary>Cleans one line and says what it is.</summary>
    internal static LineKind Clean(string raw, StringBuilder scratch, out string cleaned)
    {
        scratch.Clear();
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
                pendingSpace = scratch.Length > 0;
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

            // PDF text often spells SARA AM as NIKHAHIT + SARA AA, which looks the same but breaks every keyword.
            if (ThaiCharacters.IsDecomposedSaraAm(raw, i))
            {
                c = ThaiCharacters.SaraAm;
                i++;
            }

            if (pendingSpace)
            {
                scratch.Append(' ');
                pendingSpace = false;
            }

            scratch.Append(c);
        }

        var start = SkipMarkdownHeading(scratch);
        var kind = SkipBulletAndCheckbox(scratch, ref start);
        cleaned = start >= scratch.Length ? string.Empty : scratch.ToString(start, scratch.Length - start);
        if (kind == LineKind.Unchosen)
        {
            return kind;
        }

        if (cleaned.Length == 0)
        {
            return LineKind.Blank;
        }

        return IsSeparator(cleaned) ? LineKind.Separator : LineKind.Text;
    }

    private static int SkipMarkdownHeading(StringBuilder line)
    {
        var i = 0;
        while (i < line.Length && line[i] == '#')
        {
            i++;
        }

        return i > 0 && i <= 6 && (i == line.Length || line[i] == ' ') ? Math.Min(i + 1, line.Length) : 0;
    }

    private static LineKind SkipBulletAndCheckbox(StringBuilder line, ref int start)
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
    private static int SkipBullet(StringBuilder line, int start)
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

    private static int SkipSpace(StringBuilder line, int index) => index < line.Length && line[index] == ' ' ? index + 1 : index;

    private static bool IsSeparator(string line)
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
