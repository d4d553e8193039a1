using System.Globalization;

namespace Participation.Governance.ThaiFormatting.Text;

/// <summary>
/// How much room Thai text takes in a monospaced grid (a terminal, a fixed-width report): vowel and tone marks sit
/// above or below their consonant and take no column of their own, so counting UTF-16 units misaligns every table
/// with Thai in it.
/// </summary>
/// <remarks>
/// A character takes one column unless it is a non-spacing or enclosing mark (ไม้เอก, สระอิ, …), a format character
/// (zero-width space, joiners) or a control character, which take none. Wide East Asian characters are counted as one
/// column; Thai agency text has none.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ThaiTextLayout
{
    /// <summary>Returns the number of columns a text takes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The columns: e.g. 2 for "ที่นี่" (two consonants, each with two marks above it).</returns>
    public static int GetDisplayWidth(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control))
            {
                width++;
            }
        }

        return width;
    }

    /// <summary>Returns the number of columns a text takes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The columns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static int GetDisplayWidth(string text) => GetDisplayWidth(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Pads a text with spaces on the right until it takes <paramref name="columns"/> columns.</summary>
    /// <param name="text">The text; line breaks in it are written as spaces, so it stays on one row.</param>
    /// <param name="columns">The columns it should take; a text already as wide or wider is returned unpadded.</param>
    /// <returns>The padded text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string PadRight(string text, int columns)
    {
        var single = Preconditions.CheckNotNull(text).Replace('\n', ' ').Replace('\r', ' ');
        var width = GetDisplayWidth(single);
        return width >= columns ? single : single + new string(' ', columns - width);
    }
}
