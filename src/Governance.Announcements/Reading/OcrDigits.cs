using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Whether numbers in OCR text can be taken as written. OCR misreads Thai digits, often as other Thai digits and sometimes
/// as Arabic ones (๒๕๖๒ comes out as ๒๕5๐๒): a number that mixes the two scripts, or a year that is not four digits
/// long, is a misreading, and what it would give is not a fact.
/// </summary>
internal static class OcrDigits
{
    /// <summary>Whether a text holds a digit, Thai or Arabic.</summary>
    public static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (ThaiCharacters.GetDigitValue(c) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a number's digits are all Thai or all Arabic.</summary>
    public static bool IsOneScript(ReadOnlySpan<char> digits)
    {
        var thai = 0;
        foreach (var c in digits)
        {
            thai += c is >= ThaiCharacters.ThaiDigitZero and <= (char)(ThaiCharacters.ThaiDigitZero + 9) ? 1 : 0;
        }

        return thai == 0 || thai == digits.Length;
    }

    /// <summary>
    /// Whether the words of a date read from OCR text (as <see cref="ThaiFormatting.Dates.ThaiDateReader.Find(ReadOnlySpan{char}, ThaiFormatting.Dates.ThaiDateReaderOptions?)"/>
    /// found them) are clean: every number in one script, and the year — the last number — four digits long, or two in an
    /// abbreviated date (๒๔ เม.ย. ๖๓).
    /// </summary>
    public static bool IsCleanDate(ReadOnlySpan<char> phrase)
    {
        var last = 0;
        var i = 0;
        while (i < phrase.Length)
        {
            if (ThaiCharacters.GetDigitValue(phrase[i]) < 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < phrase.Length && ThaiCharacters.GetDigitValue(phrase[i]) >= 0)
            {
                i++;
            }

            if (!IsOneScript(phrase.Slice(start, i - start)))
            {
                return false;
            }

            last = i - start;
        }

        return last is 2 or 4;
    }
}
