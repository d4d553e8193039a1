using Participation.Governance.Text;
using NodaTime;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>
/// The Thai month and weekday names (full and abbreviated, as ICU writes th-TH), shared by
/// <see cref="ThaiDatePattern"/>, <see cref="ThaiDateReader"/> and <see cref="ThaiFiscalPeriodText"/>,
/// and the word matching the readers use.
/// </summary>
internal static class ThaiDateNames
{
    /// <summary>Full month names, index 0 = January.</summary>
    internal static readonly string[] MonthNames =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    /// <summary>Abbreviated month names with their dots, index 0 = January.</summary>
    internal static readonly string[] MonthAbbreviations =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    /// <summary>
    /// Spellings seen in real documents that differ from the dictionary form; each entry is the month
    /// number and the spelling. กรกฏาคม (with ฏ instead of ฎ) is by far the most common.
    /// </summary>
    private static readonly (int Month, string Name)[] MonthVariants =
    [
        (7, "กรกฏาคม"),
    ];

    /// <summary>The letters of each abbreviation without dots (มค, กพ, …), index 0 = January.</summary>
    private static readonly string[] MonthAbbreviationLetters = Array.ConvertAll(MonthAbbreviations, a => a.Replace(".", string.Empty));

    /// <summary>Full weekday names, indexed by <see cref="IsoDayOfWeek"/> (index 0 unused).</summary>
    internal static readonly string[] WeekdayNames =
    [
        string.Empty, "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์",
    ];

    /// <summary>Abbreviated weekday names (ICU th-TH "EEE"), indexed by <see cref="IsoDayOfWeek"/> (index 0 unused).</summary>
    internal static readonly string[] WeekdayAbbreviations =
    [
        string.Empty, "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.",
    ];

    /// <summary>English weekday names for messages, indexed by <see cref="IsoDayOfWeek"/>.</summary>
    internal static readonly string[] EnglishWeekdayNames =
    [
        string.Empty, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    /// <summary>The longest full month name, in UTF-16 code units.</summary>
    internal static readonly int MaxMonthNameLength = MaxLength(MonthNames);

    /// <summary>The longest abbreviated month name, in UTF-16 code units.</summary>
    internal static readonly int MaxMonthAbbreviationLength = MaxLength(MonthAbbreviations);

    /// <summary>The longest full weekday name, in UTF-16 code units.</summary>
    internal static readonly int MaxWeekdayNameLength = MaxLength(WeekdayNames);

    /// <summary>The longest abbreviated weekday name, in UTF-16 code units.</summary>
    internal static readonly int MaxWeekdayAbbreviationLength = MaxLength(WeekdayAbbreviations);

    /// <summary>Returns whether <paramref name="c"/> carries no text of its own and is skipped anywhere inside a date.</summary>
    internal static bool IsIgnorable(char c) => ThaiCharacters.IsInvisible(c);

    /// <summary>Returns whether <paramref name="c"/> separates words: white space or an ignorable character.</summary>
    internal static bool IsSpace(char c) => c == ' ' || IsIgnorable(c) || char.IsWhiteSpace(c);

    /// <summary>Returns the index of the first character at or after <paramref name="position"/> that is not a space.</summary>
    internal static int SkipSpaces(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && IsSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>Returns the index of the first character at or after <paramref name="position"/> that is not ignorable.</summary>
    internal static int SkipIgnorable(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && IsIgnorable(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// Matches <paramref name="word"/> at <paramref name="position"/>, skipping ignorable characters between its
    /// letters. Returns the index just after the match, or -1.
    /// </summary>
    internal static int MatchWord(ReadOnlySpan<char> text, int position, string word)
    {
        // The common case (no zero-width characters) is one vectorised comparison.
        if (text.Slice(position).StartsWith(word.AsSpan(), StringComparison.Ordinal))
        {
            return position + word.Length;
        }

        var i = position;
        foreach (var c in word)
        {
            i = SkipIgnorable(text, i);
            if (i >= text.Length || text[i] != c)
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    /// <summary>
    /// Matches an abbreviation written with or without its dots (เม.ย., เมย, เม.ย, เม. ย.) at
    /// <paramref name="position"/>. Returns the index just after the match (after any final dot), or -1.
    /// </summary>
    internal static int MatchAbbreviation(ReadOnlySpan<char> text, int position, string letters)
    {
        var i = position;
        for (var k = 0; k < letters.Length; k++)
        {
            i = SkipIgnorable(text, i);
            if (i >= text.Length || text[i] != letters[k])
            {
                return -1;
            }

            i++;
            var afterDot = SkipIgnorable(text, i);
            if (afterDot < text.Length && text[afterDot] == '.')
            {
                i = afterDot + 1;

                // "เม. ย." puts a space after an inner dot; only an inner one, so a trailing space stays outside.
                if (k < letters.Length - 1)
                {
                    var next = SkipSpaces(text, i);
                    if (next < text.Length && text[next] == letters[k + 1])
                    {
                        i = next;
                    }
                }
            }
        }

        return i;
    }

    /// <summary>
    /// Matches a month written in full, with a known variant spelling, or abbreviated with or without dots.
    /// Returns the month (1–12) and sets <paramref name="end"/>, or returns 0.
    /// </summary>
    internal static int MatchMonth(ReadOnlySpan<char> text, int position, out int end)
    {
        for (var m = 0; m < 12; m++)
        {
            end = MatchWord(text, position, MonthNames[m]);
            if (end >= 0)
            {
                return m + 1;
            }
        }

        foreach (var (month, name) in MonthVariants)
        {
            end = MatchWord(text, position, name);
            if (end >= 0)
            {
                return month;
            }
        }

        for (var m = 0; m < 12; m++)
        {
            end = MatchAbbreviation(text, position, MonthAbbreviationLetters[m]);
            if (end >= 0)
            {
                return m + 1;
            }
        }

        end = -1;
        return 0;
    }

    /// <summary>
    /// Matches a full weekday name (วันศุกร์) at <paramref name="position"/>. Returns the day of the week and
    /// sets <paramref name="end"/>, or returns <see cref="IsoDayOfWeek.None"/>.
    /// </summary>
    internal static IsoDayOfWeek MatchWeekday(ReadOnlySpan<char> text, int position, out int end)
    {
        for (var d = 1; d <= 7; d++)
        {
            end = MatchWord(text, position, WeekdayNames[d]);
            if (end >= 0)
            {
                return (IsoDayOfWeek)d;
            }
        }

        end = -1;
        return IsoDayOfWeek.None;
    }

    /// <summary>
    /// Describes the character at <paramref name="position"/> for a message: the character and its code point (only the
    /// code point for a control, bidi or other invisible character), or "the end of the text".
    /// </summary>
    internal static string DescribeAt(ReadOnlySpan<char> text, int position)
        => position >= text.Length ? "the end of the text" : TextExcerpt.Character(text[position]);

    private static int MaxLength(string[] names)
    {
        var max = 0;
        foreach (var name in names)
        {
            max = Math.Max(max, name.Length);
        }

        return max;
    }
}
