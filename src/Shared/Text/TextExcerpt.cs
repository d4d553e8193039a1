// How every message quotes the text it complains about, defined once and linked as source into each assembly that
// writes such messages (libraries and the CLI), so no message prints raw control or bidi characters or echoes
// unbounded input.
using System.Globalization;
using System.Text;

namespace Participation.Governance.Text;

/// <summary>
/// Quotes input in messages safely: a short excerpt in which control, format (bidi overrides, zero-width characters),
/// line-separator, private-use and unpaired surrogate characters are shown as <c>\uXXXX</c>, so a message is one line
/// that cannot reorder or hide the terminal text around it.
/// </summary>
internal static class TextExcerpt
{
    /// <summary>The most characters of the input a quotation shows.</summary>
    public const int MaxLength = 40;

    /// <summary>
    /// Quotes <paramref name="text"/> in double quotes, escaped; text longer than <see cref="MaxLength"/> is cut, with
    /// an ellipsis and its full length: <c>"ประกาศ…" (1048576 characters)</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="quote">The quotation mark: <c>"</c> in the libraries' messages, <c>'</c> in the tool's, as each has always written.</param>
    public static string Quote(string text, char quote = '"') => Quote(text.AsSpan(), quote);

    /// <inheritdoc cref="Quote(string, char)"/>
    public static string Quote(ReadOnlySpan<char> text, char quote = '"')
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength) + 16);
        builder.Append(quote);
        AppendExcerpt(builder, text);
        builder.Append(quote);
        if (text.Length > MaxLength)
        {
            builder.Append(" (").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends <paramref name="text"/> escaped and, beyond <paramref name="maxLength"/> characters, cut with an ellipsis,
    /// without quotes: for places that have their own (a JSON path's <c>['name']</c>, another library's message).
    /// </summary>
    public static StringBuilder AppendExcerpt(StringBuilder builder, ReadOnlySpan<char> text, int maxLength = MaxLength)
    {
        var shown = Math.Min(text.Length, maxLength);
        if (shown < text.Length && shown > 0 && char.IsHighSurrogate(text[shown - 1]))
        {
            // Never cut a surrogate pair in two: the excerpt would end in a character that is not there.
            shown--;
        }

        AppendEscaped(builder, text.Slice(0, shown));
        return shown < text.Length ? builder.Append('…') : builder;
    }

    /// <summary>Describes one character: <c>'ก' (U+0E01)</c>, or only <c>U+0020</c> for white space and a character that must not be printed.</summary>
    public static string Character(char c)
        => MustEscape(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : $"'{c}' (U+{(int)c:X4})";

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            if (NeedsEscape(text, ref i))
            {
                builder.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                for (var k = start; k <= i; k++)
                {
                    builder.Append(text[k]);
                }
            }
        }
    }

    /// <summary>Whether the character at <paramref name="i"/> must be escaped; a valid surrogate pair moves <paramref name="i"/> onto its second half.</summary>
    private static bool NeedsEscape(ReadOnlySpan<char> text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            // A pair is rare in messages; its category needs the whole code point.
            var category = CharUnicodeInfo.GetUnicodeCategory(new string(new[] { c, text[i + 1] }), 0);
            if (category is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return true;
            }

            i++;
            return false;
        }

        return MustEscape(c);
    }

    private static bool MustEscape(char c)
        => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned;
}
