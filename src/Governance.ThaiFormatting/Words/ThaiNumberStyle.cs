namespace Participation.Governance.ThaiFormatting.Words;

/// <summary>
/// Which of the two conventions in real use writes a final 1 as เอ็ด when numbers are spelled out in Thai.
/// </summary>
/// <remarks>
/// <para>
/// Both styles write 11 = สิบเอ็ด and 21 = ยี่สิบเอ็ด, and write the tens digit 1 as สิบ and 2 as ยี่สิบ.
/// They differ only in the units digit 1 of each six-digit group (each group is what comes before a ล้าน,
/// or the last group):
/// </para>
/// <list type="bullet">
/// <item><description><see cref="Common"/>: เอ็ด only when the same group's tens digit is not zero
/// (101 = หนึ่งร้อยหนึ่ง, 1,000,001 = หนึ่งล้านหนึ่ง, 101,000,000 = หนึ่งร้อยหนึ่งล้าน).</description></item>
/// <item><description><see cref="RoyalInstitute"/>: เอ็ด whenever any higher digit of the whole number is not
/// zero, in this group or in a group before it (101 = หนึ่งร้อยเอ็ด, 1,000,001 = หนึ่งล้านเอ็ด,
/// 101,000,000 = หนึ่งร้อยเอ็ดล้าน, 10^12 + 1 = หนึ่งล้านล้านเอ็ด).</description></item>
/// </list>
/// <para>A number that is just 1 (or a group 1 with nothing before it, as in 1,000,000 = หนึ่งล้าน) is หนึ่ง in both.</para>
/// </remarks>
public enum ThaiNumberStyle
{
    /// <summary>
    /// The default, as ICU's spellout and spreadsheet BAHTTEXT write: เอ็ด only right after a non-zero tens digit.
    /// </summary>
    Common = 0,

    /// <summary>
    /// As the Royal Institute dictionary (and PyThaiNLP) write: a final 1 after any higher non-zero digit is เอ็ด.
    /// </summary>
    RoyalInstitute = 1,
}
