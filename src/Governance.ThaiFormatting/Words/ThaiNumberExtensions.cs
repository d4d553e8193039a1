namespace Participation.Governance.ThaiFormatting.Words;

/// <summary>Extension methods that spell numbers and amounts of money out in Thai words.</summary>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class ThaiNumberExtensions
{
    /// <summary>Spells an integer out in Thai words (<c>42.ToThaiWords()</c> = สี่สิบสอง).</summary>
    /// <param name="value">The integer.</param>
    /// <param name="style">The เอ็ด convention; <see cref="ThaiNumberStyle.Common"/> by default.</param>
    /// <returns>The words, as <see cref="ThaiNumberWords.ToWords(long, ThaiNumberStyle)"/> writes them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static string ToThaiWords(this int value, ThaiNumberStyle style = ThaiNumberStyle.Common) => ThaiNumberWords.ToWords(value, style);

    /// <summary>Spells an integer out in Thai words (<c>42L.ToThaiWords()</c> = สี่สิบสอง).</summary>
    /// <param name="value">The integer.</param>
    /// <param name="style">The เอ็ด convention; <see cref="ThaiNumberStyle.Common"/> by default.</param>
    /// <returns>The words, as <see cref="ThaiNumberWords.ToWords(long, ThaiNumberStyle)"/> writes them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static string ToThaiWords(this long value, ThaiNumberStyle style = ThaiNumberStyle.Common) => ThaiNumberWords.ToWords(value, style);

    /// <summary>Spells a decimal number out in Thai words (<c>1.5m.ToThaiWords()</c> = หนึ่งจุดห้า).</summary>
    /// <param name="value">The number.</param>
    /// <param name="style">The เอ็ด convention for the whole part; <see cref="ThaiNumberStyle.Common"/> by default.</param>
    /// <returns>The words, as <see cref="ThaiNumberWords.ToWords(decimal, ThaiNumberStyle)"/> writes them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static string ToThaiWords(this decimal value, ThaiNumberStyle style = ThaiNumberStyle.Common) => ThaiNumberWords.ToWords(value, style);

    /// <summary>Writes an amount of money in Thai words (<c>121.50m.ToBahtText()</c> = หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์).</summary>
    /// <param name="amount">The amount in baht.</param>
    /// <param name="style">The เอ็ด convention; <see cref="ThaiNumberStyle.Common"/> by default.</param>
    /// <returns>The amount in words, as <see cref="BahtText.ToBahtText(decimal, ThaiNumberStyle)"/> writes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static string ToBahtText(this decimal amount, ThaiNumberStyle style = ThaiNumberStyle.Common) => BahtText.ToBahtText(amount, style);
}
