namespace Participation.Governance.ThaiFormatting.Numerals;

/// <summary>Which digits Thai text is written with.</summary>
public enum DigitStyle
{
    /// <summary>Arabic (ASCII) digits 0123456789, as ICU and most software write th-TH.</summary>
    Arabic = 0,

    /// <summary>Thai digits ๐๑๒๓๔๕๖๗๘๙ (U+0E50–U+0E59), as official documents write them.</summary>
    Thai = 1,
}
