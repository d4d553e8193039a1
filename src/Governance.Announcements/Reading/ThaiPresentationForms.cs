using System.Runtime.CompilerServices;
using System.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Undoes what Thai fonts and PDF writers do to the characters of a text layer: glyphs for shifted marks reached through
/// the Private Use Area, SARA AM split into NIKHAHIT + SARA AA, and marks written in the order they are drawn rather
/// than the order they are typed.
/// </summary>
/// <remarks>
/// <para>
/// Thai fonts made for renderers without OpenType shaping (TH SarabunPSK and the other SIPA fonts, Tahoma, the TLWG
/// fonts) hold extra glyphs for marks moved down (a tone mark with no vowel above it), left (over a consonant with a
/// tall stem: ป ฝ ฟ) or down-left, and for ญ and ฐ without their descenders; Word reaches them through Private Use Area
/// code points, and the PDF's text layer then carries those code points instead of the letters. The table is the one
/// HarfBuzz applies when it shapes Thai for such fonts (<c>thai_pua_shape</c> in <c>src/hb-ot-shaper-thai.cc</c>, after
/// Theppitak Karoonboonyanan's "Thai OpenType shaping" notes): U+F700–U+F71A in the Windows layout and U+F884–U+F89E in
/// the Macintosh one, each form mapped back to the one character it draws.
/// </para>
/// </remarks>
internal static class ThaiPresentationForms
{
    private const char WindowsFirst = '\uF700';
    private const char WindowsLast = '\uF71A';
    private const char MacFirst = '\uF884';
    private const char MacLast = '\uF89E';

    // Indexed by code point − U+F700. RD: base without descender; SL: shifted left; SDL: shifted down and left;
    // SD: shifted down.
    private static readonly char[] Windows =
    [
        '\u0E10', // F700 THO THAN, RD
        '\u0E34', // F701 SARA I, SL
        '\u0E35', // F702 SARA II, SL
        '\u0E36', // F703 SARA UE, SL
        '\u0E37', // F704 SARA UEE, SL
        '\u0E48', // F705 MAI EK, SDL
        '\u0E49', // F706 MAI THO, SDL
        '\u0E4A', // F707 MAI TRI, SDL
        '\u0E4B', // F708 MAI CHATTAWA, SDL
        '\u0E4C', // F709 THANTHAKHAT, SDL
        '\u0E48', // F70A MAI EK, SD
        '\u0E49', // F70B MAI THO, SD
        '\u0E4A', // F70C MAI TRI, SD
        '\u0E4B', // F70D MAI CHATTAWA, SD
        '\u0E4C', // F70E THANTHAKHAT, SD
        '\u0E0D', // F70F YO YING, RD
        '\u0E31', // F710 MAI HAN-AKAT, SL
        '\u0E4D', // F711 NIKHAHIT, SL
        '\u0E47', // F712 MAITAIKHU, SL
        '\u0E48', // F713 MAI EK, SL
        '\u0E49', // F714 MAI THO, SL
        '\u0E4A', // F715 MAI TRI, SL
        '\u0E4B', // F716 MAI CHATTAWA, SL
        '\u0E4C', // F717 THANTHAKHAT, SL
        '\u0E38', // F718 SARA U, SD
        '\u0E39', // F719 SARA UU, SD
        '\u0E3A', // F71A PHINTHU, SD
    ];

    // Indexed by code point − U+F884.
    private static readonly char[] Mac =
    [
        '\u0E31', // F884 MAI HAN-AKAT, SL
        '\u0E34', // F885 SARA I, SL
        '\u0E35', // F886 SARA II, SL
        '\u0E36', // F887 SARA UE, SL
        '\u0E37', // F888 SARA UEE, SL
        '\u0E47', // F889 MAITAIKHU, SL
        '\u0E48', // F88A MAI EK, SL
        '\u0E48', // F88B MAI EK, SD
        '\u0E48', // F88C MAI EK, SDL
        '\u0E49', // F88D MAI THO, SL
        '\u0E49', // F88E MAI THO, SD
        '\u0E49', // F88F MAI THO, SDL
        '\u0E4A', // F890 MAI TRI, SL
        '\u0E4A', // F891 MAI TRI, SD
        '\u0E4A', // F892 MAI TRI, SDL
        '\u0E4B', // F893 MAI CHATTAWA, SL
        '\u0E4B', // F894 MAI CHATTAWA, SD
        '\u0E4B', // F895 MAI CHATTAWA, SDL
        '\u0E4C', // F896 THANTHAKHAT, SL
        '\u0E4C', // F897 THANTHAKHAT, SD
        '\u0E4C', // F898 THANTHAKHAT, SDL
        '\u0E4D', // F899 NIKHAHIT, SL
        '\u0E0D', // F89A YO YING, RD
        '\u0E38', // F89B SARA U, SD
        '\u0E39', // F89C SARA UU, SD
        '\u0E3A', // F89D PHINTHU, SD
        '\u0E10', // F89E THO THAN, RD
    ];

    /// <summary>The standard character a presentation form draws; any other character unchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToStandard(char c)
    {
        if ((uint)(c - WindowsFirst) <= WindowsLast - WindowsFirst)
        {
            return Windows[c - WindowsFirst];
        }

        return (uint)(c - MacFirst) <= MacLast - MacFirst ? Mac[c - MacFirst] : c;
    }

    /// <summary>Whether a character is a Thai mark drawn over or under the consonant before it (vowels above and below, tone marks, and the like).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCombiningMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    /// <summary>Whether a character is a Thai tone mark or THANTHAKHAT, which is typed after any vowel above or below.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsToneMark(char c) => c is >= '\u0E48' and <= '\u0E4C';

    /// <summary>Whether a character is a vowel drawn above or below (including MAITAIKHU), which is typed before a tone mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsVowelMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or '\u0E47';

    /// <summary>
    /// Appends text to a builder as typed: presentation forms mapped to their characters, a tone mark drawn before the
    /// vowel it sits on moved after it, and SARA AM (whether written NIKHAHIT + SARA AA or, as some writers do, SARA AM
    /// followed by the SARA AA glyph it was drawn with) as the one character.
    /// </summary>
    public static void AppendStandard(StringBuilder builder, string text)
    {
        foreach (var raw in text)
        {
            var c = ToStandard(raw);
            var length = builder.Length;
            if (length > 0)
            {
                var previous = builder[length - 1];
                if (c == ThaiCharacters.SaraAa && previous is ThaiCharacters.Nikhahit or ThaiCharacters.SaraAm)
                {
                    builder[length - 1] = ThaiCharacters.SaraAm;
                    continue;
                }

                // Shapers move the NIKHAHIT of a split SARA AM before the tone mark (น้ำ is drawn น ํ ้ า).
                if (c == ThaiCharacters.SaraAa && IsToneMark(previous) && length > 1 && builder[length - 2] == ThaiCharacters.Nikhahit)
                {
                    builder[length - 2] = previous;
                    builder[length - 1] = ThaiCharacters.SaraAm;
                    continue;
                }

                if (IsVowelMark(c) && IsToneMark(previous))
                {
                    var at = length - 1;
                    while (at > 0 && IsToneMark(builder[at - 1]))
                    {
                        at--;
                    }

                    builder.Insert(at, c);
                    continue;
                }
            }

            builder.Append(c);
        }
    }
}
