using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.ThaiFormatting.Tests.Fuzz;

/// <summary>Generated custom date pattern text, with what the text asks for.</summary>
/// <param name="Text">The pattern text.</param>
/// <param name="HasTwoDigitYear">Whether it has a two-digit year field (yy, uu), which reads back only inside the window.</param>
/// <param name="CanParse">Whether it has a day, a month and a year field, so its text reads back as a date.</param>
public sealed record CustomPattern(string Text, bool HasTwoDigitYear, bool CanParse);

/// <summary>A real date form after a few hostile edits.</summary>
/// <param name="Text">The text.</param>
public sealed record MutatedDate(string Text);

/// <summary>Number words (both styles, baht text, digits mixed in) after a few hostile edits.</summary>
/// <param name="Text">The text.</param>
public sealed record MutatedNumberWords(string Text);

/// <summary>Outline numbers (๑. ๑.๑ ๑) (๑)) after a few hostile edits.</summary>
/// <param name="Text">The text.</param>
public sealed record MutatedOutline(string Text);

/// <summary>Fiscal-period text after a few hostile edits.</summary>
/// <param name="Text">The text.</param>
public sealed record MutatedFiscalText(string Text);

/// <summary>The arbitraries of the Thai text fuzz properties: generated patterns and mutations of real inputs.</summary>
public static class ThaiTextArbitraries
{
    /// <summary>The written forms real documents use (DOMAIN.md) and what the standard patterns write.</summary>
    public static readonly string[] DateForms =
    [
        "๒๔ เมษายน ๒๕๖๓", "วันที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓", "ประกาศ ณ วันที่ ๘ เดือน พฤษภาคม พ.ศ. ๒๕๖๒", "พ.ศ.2562", "๒๔ เม.ย. ๖๓",
        "24/04/2563", "วันศุกร์ที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓", "1 เดือน กุมภาพันธ์ พ.ศ.2567", "๒ ธ.ค. ๖๖", "24/4/63", "29 กุมภาพันธ์ 10539",
        "วันศุกร์ที่ 24 เมษายน พ.ศ. 2563", "24 เมษายน 2563", "24 เม.ย. 2563", "24 เมษายน พ.ศ. 2563", "31 ธันวาคม พ.ศ. 10542",
        "๑๕ กรกฏาคม ค.ศ. ๒๐๒๐", "15 ก.ค 2020", "1-1-2500",
    ];

    private static readonly string[] PatternPieces =
    [
        "d", "dd", "ddd", "dddd", "M", "MM", "MMM", "MMMM", "y", "yy", "yyy", "yyyy", "u", "uu", "uuu", "uuuu",
        " ", "/", "-", ".", ", ", "ที่ ", "'พ.ศ. '", "'ค.ศ.'", "'1'", "'๒'", "\\d", "''", "(", ")", "'it''s'", "เดือน", "\u200B", "\U0001F4C5",
    ];

    private static readonly string[] NumberSeeds =
    [
        .. new long[] { 0, 1, 11, 21, 101, 121, 1001, 1_000_001, 21_000_000, 101_000_000, 9_223_372_036_854_775_807, -11, -1_000_000 }
            .SelectMany(n => new[] { ThaiNumberWords.ToWords(n), ThaiNumberWords.ToWords(n, ThaiNumberStyle.RoyalInstitute) }),
        BahtText.ToBahtText(121.50m), BahtText.ToBahtText(0.25m), BahtText.ToBahtText(-11.25m), "๒ ล้าน", "1 ล้าน 2 แสน", "หนึ่งร้อยเอ็ด",
    ];

    private static readonly string[] NumberWordTokens = ["หนึ่ง", "เอ็ด", "ยี่", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน", "ลบ", "บาท", "สตางค์", "ถ้วน", "จุด", "ศูนย์", "แปด", "เก้า"];

    private static readonly string[] OutlineSeeds = ["๑.", "๑.๑", "๒.๓", "๑)", "(๑)", "1.", "- ๑.", "๑.๑.๑", "๑๐.", "(๑๒)", "๓.๒.๑)", "12.3"];

    private static readonly string[] FiscalSeeds =
    [
        "ปีงบประมาณ พ.ศ. ๒๕๖๓", "ปีงบ ๒๕๖๓", "ไตรมาสที่ ๒/๒๕๖๓", "ไตรมาส ๔ ปีงบประมาณ พ.ศ. ๒๕๖๓", "รอบ ๖ เดือน (ต.ค. ๒๕๖๒ – มี.ค. ๒๕๖๓)",
        "รอบ ๖ เดือนหลัง (เม.ย. ๒๕๖๓ ถึง ก.ย. ๒๕๖๓)", "รอบ ๖ เดือนแรก ปีงบประมาณ ๒๕๖๓", "ปีงบประมาณ พ.ศ. ๑๐๕๔๒", "2563Q2", "2563H1", "2563",
    ];

    /// <summary>Pattern text made of fields, literals and separators in any order (adjacent letters merge, as they would for a user).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CustomPattern> CustomPatterns()
        => Gen.Choose(1, 7).SelectMany(n => Gen.ArrayOf(Gen.Elements(PatternPieces), n))
            .Select(pieces => Describe(string.Concat(pieces)))
            .ToArbitrary();

    /// <summary>Real date forms after a few hostile edits.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MutatedDate> MutatedDates()
        => HostileText.Mutations(DateForms, ["เมษายน", "เม.ย.", "วันที่", "วันศุกร์", "พ.ศ.", "ค.ศ.", "๒๕๖๓", "63", "/"]).Select(t => new MutatedDate(t)).ToArbitrary();

    /// <summary>Number words after a few hostile edits.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MutatedNumberWords> MutatedNumberWords()
        => HostileText.Mutations(NumberSeeds, NumberWordTokens).Select(t => new MutatedNumberWords(t)).ToArbitrary();

    /// <summary>Outline numbers after a few hostile edits.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MutatedOutline> MutatedOutlines()
        => HostileText.Mutations(OutlineSeeds, ["๑", ".", ")", "(", "-"]).Select(t => new MutatedOutline(t)).ToArbitrary();

    /// <summary>Fiscal-period text after a few hostile edits.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MutatedFiscalText> MutatedFiscalTexts()
        => HostileText.Mutations(FiscalSeeds, ["ไตรมาส", "รอบ", "เดือน", "ปีงบประมาณ", "๒๕๖๓", "Q", "H", "–"]).Select(t => new MutatedFiscalText(t)).ToArbitrary();

    /// <summary>Reads pattern text the way the pattern compiler does, to know which fields it has.</summary>
    private static CustomPattern Describe(string text)
    {
        bool day = false, month = false, year = false, twoDigitYear = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '\'')
            {
                while (++i < text.Length && !(text[i] == '\'' && (i + 1 >= text.Length || text[i + 1] != '\'')))
                {
                    if (text[i] == '\'')
                    {
                        i++;
                    }
                }
            }
            else if (c is 'd' or 'M' or 'y' or 'u')
            {
                var start = i;
                while (i + 1 < text.Length && text[i + 1] == c)
                {
                    i++;
                }

                var count = i - start + 1;
                day |= c == 'd' && count <= 2;
                month |= c == 'M';
                year |= c is 'y' or 'u';
                twoDigitYear |= c is 'y' or 'u' && count == 2;
            }
        }

        return new CustomPattern(text, twoDigitYear, day && month && year);
    }
}
