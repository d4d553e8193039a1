using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// The "skeleton" of Thai text that typing slips, PDF copy and OCR leave alone: the letters in order, without tone marks,
/// without the vowels written above or below a consonant, without spaces or invisible characters, SARA AM and
/// NIKHAHIT + SARA AA both as SARA AA, Thai digits as ASCII, ASCII in lower case.
/// </summary>
/// <remarks>
/// Two spellings with the same skeleton differ only in tone marks, upper or lower vowels or spacing: "ช่อง ทาง",
/// "ชองทาง" and "ช่องทาง" all read "ชองทาง". A skeleton keeps, for each of its characters, the index of the character of
/// the original it came from, so a match can be shown in the words the document used.
/// </remarks>
internal static class ThaiSkeleton
{
    /// <summary>The skeleton form of one character, or '\0' when the character is left out.</summary>
    public static char Map(char c)
    {
        if (c is >= '\u0E00' and <= '\u0E7F')
        {
            return c switch
            {
                '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E') => '\0',
                ThaiCharacters.SaraAm => ThaiCharacters.SaraAa,
                >= '\u0E50' and <= '\u0E59' => (char)('0' + (c - '\u0E50')),
                _ => c,
            };
        }

        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c | 0x20);
        }

        return c == ' ' || char.IsWhiteSpace(c) || ThaiCharacters.IsInvisible(c) ? '\0' : c;
    }

    /// <summary>The skeleton of a whole phrase.</summary>
    public static string Of(string phrase)
    {
        var chars = new char[phrase.Length];
        var length = 0;
        foreach (var c in phrase)
        {
            var mapped = Map(c);
            if (mapped != '\0')
            {
                chars[length++] = mapped;
            }
        }

        return new string(chars, 0, length);
    }

    /// <summary>Fills <paramref name="skeleton"/> and <paramref name="origins"/> from <paramref name="text"/>; returns the skeleton's length.</summary>
    /// <param name="text">The text.</param>
    /// <param name="skeleton">At least as long as the text.</param>
    /// <param name="origins">At least as long as the text: the index in <paramref name="text"/> of each skeleton character.</param>
    public static int Build(string text, Span<char> skeleton, Span<int> origins)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var mapped = Map(text[i]);
            if (mapped != '\0')
            {
                skeleton[length] = mapped;
                origins[length] = i;
                length++;
            }
        }

        return length;
    }
}
