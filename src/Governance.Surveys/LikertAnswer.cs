using Participation.Governance.Text;

namespace Participation.Governance.Surveys;

/// <summary>How a cell states a five-point answer, as far as a column's consistency is concerned.</summary>
internal enum LikertForm
{
    /// <summary>An empty cell: no answer.</summary>
    Blank = 0,

    /// <summary>A digit 1–5 (Arabic or Thai), as Google Forms' linear scale and typed sheets write it.</summary>
    Number = 1,

    /// <summary>The words (มากที่สุด … น้อยที่สุด, with or without พึงพอใจ), as multiple-choice options write it.</summary>
    Word = 2,

    /// <summary>A digit and the words that agree with it, e.g. <c>5 = มากที่สุด</c> or <c>มาก (4)</c>.</summary>
    Labelled = 3,

    /// <summary>Anything else: a number off the scale, other words, a digit and words that disagree.</summary>
    OffScale = 4,
}

/// <summary>
/// Reads one cell as a five-point satisfaction answer: 1–5 as digits, or the Thai words agencies' forms offer
/// (มากที่สุด 5, มาก 4, ปานกลาง 3, น้อย 2, น้อยที่สุด 1), with or without "พึงพอใจ" / "ความพึงพอใจ" before them, or both
/// together as a labelled option.
/// </summary>
/// <remarks>
/// Spaces, no-break spaces and invisible characters (zero-width space …) are ignored anywhere in the words, so
/// "พึงพอใจ มาก ที่สุด" reads as มากที่สุด. Nothing is allocated.
/// </remarks>
internal static class LikertAnswer
{
    private static readonly string[] Words = ["น้อยที่สุด", "น้อย", "ปานกลาง", "มาก", "มากที่สุด"];

    /// <summary>Reads a cell.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <param name="value">The answer 1–5, or 0 when the form is <see cref="LikertForm.Blank"/> or <see cref="LikertForm.OffScale"/>.</param>
    /// <returns>How the cell states it.</returns>
    public static LikertForm Read(ReadOnlySpan<char> cell, out int value)
    {
        value = 0;
        cell = Trim(cell);
        if (cell.Length == 0)
        {
            return LikertForm.Blank;
        }

        if (cell.Length == 1)
        {
            var digit = ThaiCharacters.GetDigitValue(cell[0]);
            if (digit is >= 1 and <= 5)
            {
                value = digit;
                return LikertForm.Number;
            }

            return LikertForm.OffScale;
        }

        var word = WordValue(cell);
        if (word > 0)
        {
            value = word;
            return LikertForm.Word;
        }

        // A labelled option: the digit first ("5 มากที่สุด", "(5) มาก", "5 = มาก", "5. มาก") or last ("มาก (4)", "มาก - 4").
        var first = ThaiCharacters.GetDigitValue(cell[cell[0] == '(' && cell.Length > 1 ? 1 : 0]);
        var lastIndex = cell[cell.Length - 1] == ')' && cell.Length > 1 ? cell.Length - 2 : cell.Length - 1;
        var last = ThaiCharacters.GetDigitValue(cell[lastIndex]);
        int number;
        ReadOnlySpan<char> rest;
        if (first >= 0 && (cell[0] == '(' ? 2 : 1) < cell.Length && ThaiCharacters.GetDigitValue(cell[cell[0] == '(' ? 2 : 1]) < 0)
        {
            number = first;
            rest = cell.Slice(cell[0] == '(' ? 2 : 1);
        }
        else if (last >= 0 && lastIndex > 0 && ThaiCharacters.GetDigitValue(cell[lastIndex - 1]) < 0)
        {
            number = last;
            rest = cell.Slice(0, lastIndex);
        }
        else
        {
            return LikertForm.OffScale;
        }

        rest = TrimSeparators(rest);
        if (number is >= 1 and <= 5 && rest.Length > 0 && WordValue(rest) == number)
        {
            value = number;
            return LikertForm.Labelled;
        }

        return LikertForm.OffScale;
    }

    /// <summary>The value of the words alone (after an optional พึงพอใจ), or 0.</summary>
    private static int WordValue(ReadOnlySpan<char> text)
    {
        Span<char> letters = stackalloc char[32];
        var length = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\u00A0' or '\n' or '\r' || ThaiCharacters.IsInvisible(c))
            {
                continue;
            }

            if (length == letters.Length)
            {
                return 0;
            }

            letters[length++] = c;
        }

        ReadOnlySpan<char> word = letters.Slice(0, length);
        if (word.StartsWith("ความ".AsSpan(), StringComparison.Ordinal))
        {
            word = word.Slice(4);
        }

        if (word.StartsWith("พึงพอใจ".AsSpan(), StringComparison.Ordinal))
        {
            word = word.Slice(7);
        }

        for (var i = 0; i < Words.Length; i++)
        {
            if (word.SequenceEqual(Words[i].AsSpan()))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }

    private static ReadOnlySpan<char> TrimSeparators(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSeparator(text[start]))
        {
            start++;
        }

        while (end > start && IsSeparator(text[end - 1]))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\r' or '\n' || ThaiCharacters.IsInvisible(c);

    private static bool IsSeparator(char c) => IsSpace(c) || c is '(' or ')' or '=' or ':' or '-' or '–' or '.' or ',';
}
