// The Thai character basics every reader of Thai text needs, defined once and linked as source into each
// assembly that reads text (no InternalsVisibleTo between packages).
using System.Runtime.CompilerServices;

namespace Participation.Governance.Text;

/// <summary>Characters of Thai text that readers treat alike everywhere: invisible ones, SARA AM, Thai digits.</summary>
internal static class ThaiCharacters
{
    /// <summary>NIKHAHIT (U+0E4D): with SARA AA after it, it looks exactly like SARA AM.</summary>
    public const char Nikhahit = '\u0E4D';

    /// <summary>SARA AA (U+0E32).</summary>
    public const char SaraAa = '\u0E32';

    /// <summary>SARA AM (U+0E33).</summary>
    public const char SaraAm = '\u0E33';

    /// <summary>THAI DIGIT ZERO (U+0E50); the ten Thai digits follow it in order.</summary>
    public const char ThaiDigitZero = '\u0E50';

    /// <summary>
    /// Whether a character is invisible and carries no meaning in Thai text: ZERO WIDTH SPACE (U+200B, which Thai word
    /// processors and ICU insert between words as a line-break hint), ZERO WIDTH NON-JOINER and JOINER (U+200C, U+200D),
    /// WORD JOINER (U+2060), the byte-order mark / ZERO WIDTH NO-BREAK SPACE (U+FEFF) and SOFT HYPHEN (U+00AD).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>Whether the characters at <paramref name="index"/> are NIKHAHIT + SARA AA, which PDF text and OCR write for SARA AM.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDecomposedSaraAm(string text, int index)
        => text[index] == Nikhahit && index + 1 < text.Length && text[index + 1] == SaraAa;

    /// <summary>The value of an ASCII or Thai digit, or -1 for any other character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GetDigitValue(char c)
    {
        var ascii = (uint)(c - '0');
        if (ascii <= 9)
        {
            return (int)ascii;
        }

        var thai = (uint)(c - ThaiDigitZero);
        return thai <= 9 ? (int)thai : -1;
    }
}
