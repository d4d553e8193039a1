using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.ThaiFormatting.Tests.Words;

public class ThaiNumberWordsTests
{
    // The tables below are composed from rules stated here independently of the library:
    // digit words, tens words (10 = สิบ, 20 = ยี่สิบ), and a final 1 after a non-zero tens digit is เอ็ด.
    private static readonly string[] Units = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];
    private static readonly string[] Tens = ["", "สิบ", "ยี่สิบ", "สามสิบ", "สี่สิบ", "ห้าสิบ", "หกสิบ", "เจ็ดสิบ", "แปดสิบ", "เก้าสิบ"];

    /// <summary>Longs spread over every magnitude, the extremes, and sparse values that exercise repeated ล้าน.</summary>
    private static readonly Arbitrary<long> AnyLong = Gen.OneOf(
            Gen.Elements(long.MinValue, long.MinValue + 1, long.MaxValue, 0L, 1L, -1L, 1_000_000L, 1_000_000_000_001L, 1_000_000_000_000_000_001L),
            Gen.Two(Gen.Choose(int.MinValue, int.MaxValue)).Select(t => ((long)t.Item1 << 32) | (uint)t.Item2),
            Gen.Choose(-2_000_000, 2_000_000).Select(v => (long)v),
            Gen.Zip(Gen.Zip(Gen.Choose(1, 9), Gen.Choose(0, 18)), Gen.Choose(0, 1_000_001))
                .Select(t => ((long)t.Item1.Item1 * Pow10(t.Item1.Item2)) + t.Item2))
        .ToArbitrary();

    private static readonly ThaiNumberStyle[] Styles = [ThaiNumberStyle.Common, ThaiNumberStyle.RoyalInstitute];

    public static TheoryData<long, string, string> GoldenTable()
    {
        var data = new TheoryData<long, string, string>();
        data.Add(0, "ศูนย์", "ศูนย์");
        for (var n = 1; n <= 99; n++)
        {
            data.Add(n, BelowHundred(n, afterHigherDigit: false), BelowHundred(n, afterHigherDigit: false));
        }

        for (var n = 100; n <= 130; n++)
        {
            data.Add(n, "หนึ่งร้อย" + BelowHundred(n - 100, false), "หนึ่งร้อย" + BelowHundred(n - 100, true));
        }

        for (var n = 200; n <= 220; n++)
        {
            data.Add(n, "สองร้อย" + BelowHundred(n - 200, false), "สองร้อย" + BelowHundred(n - 200, true));
        }

        for (var n = 1000; n <= 1025; n++)
        {
            data.Add(n, "หนึ่งพัน" + BelowHundred(n - 1000, false), "หนึ่งพัน" + BelowHundred(n - 1000, true));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldenTable))]
    public void GoldenTableInBothStyles(long value, string common, string royal)
    {
        Assert.Equal(common, ThaiNumberWords.ToWords(value));
        Assert.Equal(common, ThaiNumberWords.ToWords(value, ThaiNumberStyle.Common));
        Assert.Equal(royal, ThaiNumberWords.ToWords(value, ThaiNumberStyle.RoyalInstitute));
    }

    [Theory]
    [InlineData(11L, "สิบเอ็ด", "สิบเอ็ด")]
    [InlineData(21L, "ยี่สิบเอ็ด", "ยี่สิบเอ็ด")]
    [InlineData(31L, "สามสิบเอ็ด", "สามสิบเอ็ด")]
    [InlineData(101L, "หนึ่งร้อยหนึ่ง", "หนึ่งร้อยเอ็ด")]
    [InlineData(121L, "หนึ่งร้อยยี่สิบเอ็ด", "หนึ่งร้อยยี่สิบเอ็ด")]
    [InlineData(1001L, "หนึ่งพันหนึ่ง", "หนึ่งพันเอ็ด")]
    [InlineData(1100L, "หนึ่งพันหนึ่งร้อย", "หนึ่งพันหนึ่งร้อย")]
    [InlineData(1_000_000L, "หนึ่งล้าน", "หนึ่งล้าน")]
    [InlineData(1_000_001L, "หนึ่งล้านหนึ่ง", "หนึ่งล้านเอ็ด")]
    [InlineData(1_000_011L, "หนึ่งล้านสิบเอ็ด", "หนึ่งล้านสิบเอ็ด")]
    [InlineData(21_000_000L, "ยี่สิบเอ็ดล้าน", "ยี่สิบเอ็ดล้าน")]
    [InlineData(101_000_000L, "หนึ่งร้อยหนึ่งล้าน", "หนึ่งร้อยเอ็ดล้าน")]
    [InlineData(1_000_000_001L, "หนึ่งพันล้านหนึ่ง", "หนึ่งพันล้านเอ็ด")]
    [InlineData(1_000_000_000_000L, "หนึ่งล้านล้าน", "หนึ่งล้านล้าน")]
    [InlineData(1_000_000_000_001L, "หนึ่งล้านล้านหนึ่ง", "หนึ่งล้านล้านเอ็ด")]
    [InlineData(1_000_001_000_000L, "หนึ่งล้านหนึ่งล้าน", "หนึ่งล้านเอ็ดล้าน")]
    [InlineData(1_000_000_000_000_000_000L, "หนึ่งล้านล้านล้าน", "หนึ่งล้านล้านล้าน")]
    [InlineData(-11L, "ลบสิบเอ็ด", "ลบสิบเอ็ด")]
    [InlineData(-101L, "ลบหนึ่งร้อยหนึ่ง", "ลบหนึ่งร้อยเอ็ด")]
    [InlineData(2569L, "สองพันห้าร้อยหกสิบเก้า", "สองพันห้าร้อยหกสิบเก้า")]
    [InlineData(
        long.MaxValue,
        "เก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้านสามหมื่นหกพันแปดร้อยห้าสิบสี่ล้านเจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยเจ็ด",
        "เก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้านสามหมื่นหกพันแปดร้อยห้าสิบสี่ล้านเจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยเจ็ด")]
    [InlineData(
        long.MinValue,
        "ลบเก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้านสามหมื่นหกพันแปดร้อยห้าสิบสี่ล้านเจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยแปด",
        "ลบเก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้านสามหมื่นหกพันแปดร้อยห้าสิบสี่ล้านเจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยแปด")]
    public void NamedValuesInBothStyles(long value, string common, string royal)
    {
        Assert.Equal(common, ThaiNumberWords.ToWords(value, ThaiNumberStyle.Common));
        Assert.Equal(royal, ThaiNumberWords.ToWords(value, ThaiNumberStyle.RoyalInstitute));
        Assert.Equal(value, ThaiNumberWords.Parse(common).Value);
        Assert.Equal(value, ThaiNumberWords.Parse(royal).Value);
    }

    [Fact]
    public void EightIsSpelledWithSaraAe()
    {
        Assert.Equal(new[] { 0x0E41, 0x0E1B, 0x0E14 }, ThaiNumberWords.ToWords(8).Select(c => (int)c).ToArray());
        Assert.DoesNotContain('\u0E40', ThaiNumberWords.ToWords(8));
    }

    [Theory]
    [InlineData("0.25", "ศูนย์จุดสองห้า")]
    [InlineData("1.5", "หนึ่งจุดห้า")]
    [InlineData("1.50", "หนึ่งจุดห้า")]
    [InlineData("2.00", "สอง")]
    [InlineData("1.05", "หนึ่งจุดศูนย์ห้า")]
    [InlineData("-0.5", "ลบศูนย์จุดห้า")]
    [InlineData("101.01", "หนึ่งร้อยหนึ่งจุดศูนย์หนึ่ง")]
    [InlineData("1000000000000000000", "หนึ่งล้านล้านล้าน")]
    [InlineData("21000000000000000000000000", "ยี่สิบเอ็ดล้านล้านล้านล้าน")]
    [InlineData("0.0000000000000000000000000001", "ศูนย์จุดศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์ศูนย์หนึ่ง")]
    public void SpellsDecimals(string value, string expected)
    {
        Assert.Equal(expected, ThaiNumberWords.ToWords(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void SpellsTheLargestDecimals()
    {
        // 79,228,162,514,264,337,593,543,950,335 in six-digit groups: 79228 | 162514 | 264337 | 593543 | 950335.
        var expected = "เจ็ดหมื่นเก้าพันสองร้อยยี่สิบแปดล้าน"
            + "หนึ่งแสนหกหมื่นสองพันห้าร้อยสิบสี่ล้าน"
            + "สองแสนหกหมื่นสี่พันสามร้อยสามสิบเจ็ดล้าน"
            + "ห้าแสนเก้าหมื่นสามพันห้าร้อยสี่สิบสามล้าน"
            + "เก้าแสนห้าหมื่นสามร้อยสามสิบห้า";
        Assert.Equal(expected, ThaiNumberWords.ToWords(decimal.MaxValue));
        Assert.Equal("ลบ" + expected, ThaiNumberWords.ToWords(decimal.MinValue));
    }

    [Fact]
    public void DecimalWholeNumbersMatchTheLongWords()
    {
        Prop.ForAll(AnyLong, value =>
            ThaiNumberWords.ToWords((decimal)value) == ThaiNumberWords.ToWords(value)
            && ThaiNumberWords.ToWords((decimal)value, ThaiNumberStyle.RoyalInstitute) == ThaiNumberWords.ToWords(value, ThaiNumberStyle.RoyalInstitute))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TryFormatWritesTheSameWordsOrNothing()
    {
        Prop.ForAll(AnyLong, value =>
        {
            foreach (var style in Styles)
            {
                var words = ThaiNumberWords.ToWords(value, style);
                var exact = new char[words.Length];
                if (!ThaiNumberWords.TryFormat(value, exact, out var written, style) || new string(exact, 0, written) != words)
                {
                    return false;
                }

                if (ThaiNumberWords.TryFormat(value, new char[words.Length - 1], out written, style) || written != 0)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TryFormatAndParsingASpanAllocateNothing()
    {
        var buffer = new char[256];
        var words = "ลบเก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้านสามหมื่นหกพันแปดร้อยห้าสิบสี่ล้านเจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยแปด";
        ThaiNumberWords.TryFormat(long.MinValue, buffer, out _, ThaiNumberStyle.RoyalInstitute);
        ThaiNumberWords.Parse(words.AsSpan());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ok = ThaiNumberWords.TryFormat(long.MinValue, buffer, out var written, ThaiNumberStyle.RoyalInstitute);
        var parsed = ThaiNumberWords.Parse(words.AsSpan());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(ok);
        Assert.Equal(words, new string(buffer, 0, written));
        Assert.Equal(long.MinValue, parsed.Value);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void WordsToNumberToWordsRoundTripsInBothStyles()
    {
        Prop.ForAll(AnyLong, value => Styles.All(style =>
        {
            var words = ThaiNumberWords.ToWords(value, style);
            var parsed = ThaiNumberWords.Parse(words);
            return parsed.Success && parsed.Value == value && ThaiNumberWords.ToWords(parsed.Value, style) == words;
        })).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ReadingIgnoresSpacesAndZeroWidthSpacesBetweenWords()
    {
        Prop.ForAll(AnyLong, value =>
        {
            var spaced = string.Join("\u200B", SplitWords(ThaiNumberWords.ToWords(value, ThaiNumberStyle.RoyalInstitute)));
            var parsed = ThaiNumberWords.Parse(" " + spaced.Replace("ล้าน", " ล้าน ") + " ");
            return parsed.Success && parsed.Value == value;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("ศูนย์", 0L)]
    [InlineData("0", 0L)]
    [InlineData("ยี่สิบหนึ่ง", 21L)]
    [InlineData("ร้อยเอ็ด", 101L)]
    [InlineData("สิบ", 10L)]
    [InlineData("๒ ล้าน", 2_000_000L)]
    [InlineData("3 พัน", 3_000L)]
    [InlineData("1,500 ล้าน", 1_500_000_000L)]
    [InlineData("หนึ่งพัน 500", 1_500L)]
    [InlineData("๑๒๓", 123L)]
    [InlineData("หนึ่ง\u200Bร้อย\u200Bยี่\u200Bสิบ\u200Bเอ็ด", 121L)]
    [InlineData("ลบ ห้า", -5L)]
    [InlineData("ลบเก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้านสามหมื่นหกพันแปดร้อยห้าสิบสี่ล้านเจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยแปด", long.MinValue)]
    public void ReadsWhatPeopleWrite(string text, long expected)
    {
        var result = ThaiNumberWords.Parse(text);
        Assert.True(result.Success, result.Message);
        Assert.Equal(expected, result.Value);
        Assert.Equal(expected, ThaiNumberWords.Parse(text.AsSpan()).Value);
    }

    [Theory]
    [InlineData("", 0, "Expected a Thai number word")]
    [InlineData("   ", 3, "Expected a Thai number word")]
    [InlineData("ลบ", 2, "Expected a Thai number word")]
    [InlineData("หนึ่งร้อยสิบสองx", 15, "Expected a Thai number word")]
    [InlineData("สองร้อยสามพัน", 7, "smaller than ร้อย")]
    [InlineData("ห้าสิบสี่สาม", 9, "ล้าน or the end after the units digit")]
    [InlineData("ห้าสิบสี่สิบ", 6, "smaller than สิบ")]
    [InlineData("ล้าน", 0, "Expected a number before ล้าน")]
    [InlineData("เอ็ด", 0, "Expected a higher digit before เอ็ด")]
    [InlineData("ยี่ร้อย", 3, "Expected สิบ after ยี่")]
    [InlineData("หนึ่งศูนย์", 5, "ศูนย์ only on its own")]
    [InlineData("ศูนย์หนึ่ง", 5, "Expected the end of the text after ศูนย์")]
    [InlineData("ห้าลบ", 3, "ลบ only at the start")]
    [InlineData("หนึ่งจุดห้า", 5, "Expected a Thai number word")]
    [InlineData("เก้าล้านสองแสนสองหมื่นสามพันสามร้อยเจ็ดสิบสองล้านสามหมื่นหกพันแปดร้อยห้าสิบสี่ล้านเจ็ดแสนเจ็ดหมื่นห้าพันแปดร้อยแปด", 0, "outside the range")]
    [InlineData("หนึ่งล้านล้านล้านล้าน", 17, "outside the range")]
    [InlineData("99999999999999999999", 0, "outside the range")]
    public void ReportsWhereAndWhyReadingStopped(string text, int position, string messagePart)
    {
        var result = ThaiNumberWords.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Contains(messagePart, result.Message, StringComparison.Ordinal);
        Assert.Contains($"position {position}", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsingArbitraryTextNeverThrowsAndFailsWithinTheInput()
    {
        var pieces = Gen.OneOf(
            Gen.Elements("หนึ่ง", "เอ็ด", "ยี่", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน", "ลบ", "ศูนย์", "แปด", "๒", "9", ",", " ", "\u200B", "x", "จุด"),
            Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()));
        var texts = pieces.ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var result = ThaiNumberWords.Parse(text);
            return result.Success
                ? ThaiNumberWords.Parse(ThaiNumberWords.ToWords(result.Value)).Value == result.Value
                : result.Position >= 0 && result.Position <= text.Length && !string.IsNullOrEmpty(result.Message);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RejectsNullTextAndUndefinedStyles()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiNumberWords.Parse((string)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiNumberWords.ToWords(1, (ThaiNumberStyle)5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiNumberWords.ToWords(1m, (ThaiNumberStyle)5));
    }

    private static string BelowHundred(int n, bool afterHigherDigit)
    {
        var tens = n / 10;
        var units = n % 10;
        var last = units == 1 && (tens != 0 || afterHigherDigit) ? "เอ็ด" : Units[units];
        return Tens[tens] + last;
    }

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Splits words at the boundaries a word breaker would find: before each place word and ล้าน.</summary>
    private static IEnumerable<string> SplitWords(string words)
    {
        var marked = words;
        foreach (var word in new[] { "สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน" })
        {
            marked = marked.Replace(word, "|" + word + "|");
        }

        return marked.Split('|', StringSplitOptions.RemoveEmptyEntries);
    }
}
