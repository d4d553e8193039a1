namespace Participation.Governance.ThaiFormatting.Words;

/// <summary>
/// Writes an amount of money in Thai words, as on cheques, receipts and government forms (what spreadsheets call
/// BAHTTEXT): 121.50 = หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์.
/// </summary>
/// <remarks>
/// <para>
/// The amount is first rounded to whole satang (hundredths) half away from zero in <see cref="decimal"/>
/// arithmetic, so 2.675 = สองบาทหกสิบแปดสตางค์, 0.125 = สิบสามสตางค์ and 0.995 = หนึ่งบาทถ้วน exactly
/// (binary floating point would get the first two wrong). Then:
/// </para>
/// <list type="bullet">
/// <item><description>whole baht end with ถ้วน (100 = หนึ่งร้อยบาทถ้วน); zero is ศูนย์บาทถ้วน;</description></item>
/// <item><description>satang are read as a number from 1 to 99 followed by สตางค์, after the baht
/// (1.01 = หนึ่งบาทหนึ่งสตางค์), with no ศูนย์บาท before an amount below one baht (0.25 = ยี่สิบห้าสตางค์);</description></item>
/// <item><description>negative amounts start with ลบ (−11.25 = ลบสิบเอ็ดบาทยี่สิบห้าสตางค์); an amount that rounds to zero
/// is ศูนย์บาทถ้วน without ลบ;</description></item>
/// <item><description>the baht and the satang are each spelled as <see cref="ThaiNumberWords"/> does in the chosen
/// <see cref="ThaiNumberStyle"/> (101 baht = หนึ่งร้อยหนึ่งบาทถ้วน common, หนึ่งร้อยเอ็ดบาทถ้วน Royal Institute;
/// 21 satang = ยี่สิบเอ็ดสตางค์ in both).</description></item>
/// </list>
/// <para>Every <see cref="decimal"/> is accepted: the whole range, up to about ±7.9 × 10^28 baht.</para>
/// </remarks>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class BahtText
{
    /// <summary>
    /// The longest text for any <see cref="decimal"/>: ลบ, five groups of at most 50 characters with four ล้าน,
    /// บาท, a satang number of at most 11 characters and สตางค์.
    /// </summary>
    public const int MaxLength = 300;

    private const string Baht = "บาท";
    private const string Exact = "ถ้วน";
    private const string Satang = "สตางค์";

    /// <summary>Writes an amount of money in Thai words.</summary>
    /// <param name="amount">The amount in baht; any <see cref="decimal"/>.</param>
    /// <param name="style">The เอ็ด convention; <see cref="ThaiNumberStyle.Common"/> by default.</param>
    /// <returns>The amount in words, e.g. ยี่สิบห้าสตางค์ for 0.25.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static string ToBahtText(decimal amount, ThaiNumberStyle style = ThaiNumberStyle.Common)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        TryFormat(amount, buffer, out var written, style);
        return buffer.Slice(0, written).ToString();
    }

    /// <summary>Writes an amount of money in Thai words into a span, without allocating.</summary>
    /// <param name="amount">The amount in baht; any <see cref="decimal"/>.</param>
    /// <param name="destination">Receives the words; <see cref="MaxLength"/> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written; 0 when they did not fit.</param>
    /// <param name="style">The เอ็ด convention; <see cref="ThaiNumberStyle.Common"/> by default.</param>
    /// <returns>True when the words fitted; false otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static bool TryFormat(decimal amount, Span<char> destination, out int charsWritten, ThaiNumberStyle style = ThaiNumberStyle.Common)
    {
        ThaiNumberWords.CheckStyle(style);
        var rounded = Math.Abs(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));
        var baht = decimal.Truncate(rounded);
        var satang = (int)((rounded - baht) * 100);
        var writer = new ThaiWordWriter(destination);
        if (amount < 0 && rounded != 0)
        {
            writer.Append(ThaiWordWriter.Minus);
        }

        if (baht != 0 || satang == 0)
        {
            ThaiNumberWords.AppendWhole(ref writer, baht, style);
            writer.Append(Baht);
        }

        if (satang == 0)
        {
            writer.Append(Exact);
        }
        else
        {
            Span<int> groups = [satang];
            writer.AppendWhole(groups, style);
            writer.Append(Satang);
        }

        charsWritten = writer.Overflowed ? 0 : writer.Length;
        return !writer.Overflowed;
    }
}
