using System.Globalization;
using Participation.Governance.Text;

namespace Participation.Governance.ThaiFormatting.Words;

/// <summary>
/// Spells numbers out in Thai words (ห้าร้อยยี่สิบเอ็ด) and reads them back, in either of the two
/// conventions of <see cref="ThaiNumberStyle"/>.
/// </summary>
/// <remarks>
/// <para>
/// The whole number is cut into six-digit groups from the right; each group is read with the place words
/// สิบ ร้อย พัน หมื่น แสน, and every group but the last is followed by ล้าน, so ล้าน repeats for larger
/// numbers: 10^12 = หนึ่งล้านล้าน, 10^18 = หนึ่งล้านล้านล้าน, 10^12 + 1 = หนึ่งล้านล้านหนึ่ง (common) /
/// หนึ่งล้านล้านเอ็ด (Royal Institute), 1,000,000,001 = หนึ่งพันล้านหนึ่ง / หนึ่งพันล้านเอ็ด.
/// A tens digit 1 is สิบ (not หนึ่งสิบ) and 2 is ยี่สิบ; zero digits are silent; zero alone is ศูนย์;
/// negative numbers start with ลบ. When a units digit 1 is เอ็ด depends on the style (see <see cref="ThaiNumberStyle"/>),
/// applied in every group: 21,000,000 = ยี่สิบเอ็ดล้าน in both styles, 101,000,000 = หนึ่งร้อยหนึ่งล้าน (common) /
/// หนึ่งร้อยเอ็ดล้าน (Royal Institute).
/// </para>
/// <para>
/// The word แปด is always U+0E41 U+0E1B U+0E14.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class ThaiNumberWords
{
    /// <summary>Enough for any <see cref="long"/>: four groups of at most 50 characters, three ล้าน and ลบ.</summary>
    private const int MaxInt64Length = 256;

    /// <summary>Enough for any <see cref="decimal"/>: five groups, four ล้าน, ลบ, จุด and 28 digit words.</summary>
    private const int MaxDecimalLength = 512;

    /// <summary>Spells an integer out in Thai words.</summary>
    /// <param name="value">Any <see cref="long"/>, <see cref="long.MinValue"/> included.</param>
    /// <param name="style">The เอ็ด convention; <see cref="ThaiNumberStyle.Common"/> by default.</param>
    /// <returns>The words, e.g. หนึ่งร้อยยี่สิบเอ็ด for 121.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static string ToWords(long value, ThaiNumberStyle style = ThaiNumberStyle.Common)
    {
        Span<char> buffer = stackalloc char[MaxInt64Length];
        TryFormat(value, buffer, out var written, style);
        return buffer.Slice(0, written).ToString();
    }

    /// <summary>Spells an integer out in Thai words into a span, without allocating.</summary>
    /// <param name="value">Any <see cref="long"/>.</param>
    /// <param name="destination">Receives the words.</param>
    /// <param name="charsWritten">The number of characters written; 0 when they did not fit.</param>
    /// <param name="style">The เอ็ด convention; <see cref="ThaiNumberStyle.Common"/> by default.</param>
    /// <returns>True when the words fitted in <paramref name="destination"/>; false otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static bool TryFormat(long value, Span<char> destination, out int charsWritten, ThaiNumberStyle style = ThaiNumberStyle.Common)
    {
        CheckStyle(style);
        var writer = new ThaiWordWriter(destination);
        if (value < 0)
        {
            writer.Append(ThaiWordWriter.Minus);
        }

        var magnitude = value < 0 ? 0UL - (ulong)value : (ulong)value;
        Span<int> groups = stackalloc int[4];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = (int)(magnitude % ThaiWordWriter.GroupSize);
            magnitude /= ThaiWordWriter.GroupSize;
        }

        writer.AppendWhole(groups, style);
        charsWritten = writer.Overflowed ? 0 : writer.Length;
        return !writer.Overflowed;
    }

    /// <summary>Spells a decimal number out in Thai words, reading the digits after the point one by one.</summary>
    /// <param name="value">Any <see cref="decimal"/> (the whole part may be as large as about 7.9 × 10^28).</param>
    /// <param name="style">The เอ็ด convention for the whole part; <see cref="ThaiNumberStyle.Common"/> by default.</param>
    /// <returns>
    /// The words: the whole part as <see cref="ToWords(long, ThaiNumberStyle)"/> writes it, then, if the value has a
    /// fraction, จุด and each digit after the point as a digit word (0.25 = ศูนย์จุดสองห้า, 1.05 = หนึ่งจุดศูนย์ห้า).
    /// </returns>
    /// <remarks>
    /// The words depend on the value, not on how many decimal places the <see cref="decimal"/> happens to carry:
    /// trailing zeros after the point are not read (1.50m and 1.5m are both หนึ่งจุดห้า; 2.00m is สอง).
    /// Negative values start with ลบ (−0.5 = ลบศูนย์จุดห้า).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static string ToWords(decimal value, ThaiNumberStyle style = ThaiNumberStyle.Common)
    {
        CheckStyle(style);
        Span<char> buffer = stackalloc char[MaxDecimalLength];
        var writer = new ThaiWordWriter(buffer);
        if (value < 0)
        {
            writer.Append(ThaiWordWriter.Minus);
        }

        var magnitude = Math.Abs(value);
        var whole = decimal.Truncate(magnitude);
        AppendWhole(ref writer, whole, style);
        if (magnitude != whole)
        {
            var text = magnitude.ToString(CultureInfo.InvariantCulture);
            var fraction = text.AsSpan(text.IndexOf('.') + 1).TrimEnd('0');
            writer.AppendDigitsAfterPoint(fraction);
        }

        return writer.Written.ToString();
    }

    /// <summary>Reads Thai number words back to an integer.</summary>
    /// <param name="text">The words, e.g. หนึ่งร้อยเอ็ด, ยี่สิบเอ็ดล้าน, ลบห้า, ๒ ล้าน or 3 พัน.</param>
    /// <returns>The integer, or a failure naming the position where reading stopped and what was expected there.</returns>
    /// <remarks>
    /// <para>Accepted, in addition to everything <see cref="ToWords(long, ThaiNumberStyle)"/> writes in either style:</para>
    /// <list type="bullet">
    /// <item><description>หนึ่ง or เอ็ด for a final 1 after any higher digit (ยี่สิบหนึ่ง, หนึ่งร้อยเอ็ด, หนึ่งล้านเอ็ด);</description></item>
    /// <item><description>a place word without a digit before it meaning one of it (ร้อยเอ็ด = 101, พันสอง = 1,002);</description></item>
    /// <item><description>Thai or Arabic digits in place of digit words, optionally with comma thousands separators
    /// (๒ ล้าน, 3 พัน, 1,500 ล้าน, หนึ่งพัน 500); a number in digits alone is read as it is (๑๒๓ = 123);</description></item>
    /// <item><description>spaces, other white space and zero-width spaces (U+200B, which ICU writes between words) anywhere between words.</description></item>
    /// </list>
    /// <para>
    /// Place words must come in decreasing order within each group (between two ล้าน), a group may not exceed 999,999
    /// (except a first number in digits), and the value must fit in a <see cref="long"/>; otherwise the result is a failure.
    /// Decimals (จุด) are not read. This method never throws on bad text.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<long> Parse(string text) => ThaiNumberReader.Read(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Reads Thai number words back to an integer.</summary>
    /// <param name="text">The words.</param>
    /// <returns>The integer, or a failure naming the position where reading stopped and what was expected there.</returns>
    /// <remarks>Accepts the same text as <see cref="Parse(string)"/>.</remarks>
    public static ParseOutcome<long> Parse(ReadOnlySpan<char> text) => ThaiNumberReader.Read(text);

    /// <summary>Writes a non-negative whole <see cref="decimal"/> (up to 29 digits, so five six-digit groups).</summary>
    internal static void AppendWhole(ref ThaiWordWriter writer, decimal whole, ThaiNumberStyle style)
    {
        Span<int> groups = stackalloc int[5];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = (int)(whole % ThaiWordWriter.GroupSize);
            whole = decimal.Truncate(whole / ThaiWordWriter.GroupSize);
        }

        writer.AppendWhole(groups, style);
    }

    internal static void CheckStyle(ThaiNumberStyle style)
    {
        if (style is not ThaiNumberStyle.Common and not ThaiNumberStyle.RoyalInstitute)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(style), style, "Expected ThaiNumberStyle.Common or ThaiNumberStyle.RoyalInstitute.");
        }
    }
}
