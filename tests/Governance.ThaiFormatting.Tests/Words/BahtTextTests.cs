using System.Globalization;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.ThaiFormatting.Tests.Words;

public class BahtTextTests
{
    [Theory]
    [InlineData("0", "ศูนย์บาทถ้วน")]
    [InlineData("100", "หนึ่งร้อยบาทถ้วน")]
    [InlineData("121.50", "หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์")]
    [InlineData("0.25", "ยี่สิบห้าสตางค์")]
    [InlineData("1.01", "หนึ่งบาทหนึ่งสตางค์")]
    [InlineData("2.675", "สองบาทหกสิบแปดสตางค์")]
    [InlineData("0.125", "สิบสามสตางค์")]
    [InlineData("0.995", "หนึ่งบาทถ้วน")]
    [InlineData("1.005", "หนึ่งบาทหนึ่งสตางค์")]
    [InlineData("-0.25", "ลบยี่สิบห้าสตางค์")]
    [InlineData("-11.25", "ลบสิบเอ็ดบาทยี่สิบห้าสตางค์")]
    [InlineData("0.01", "หนึ่งสตางค์")]
    [InlineData("0.21", "ยี่สิบเอ็ดสตางค์")]
    [InlineData("0.004", "ศูนย์บาทถ้วน")]
    [InlineData("-0.004", "ศูนย์บาทถ้วน")]
    [InlineData("-0.005", "ลบหนึ่งสตางค์")]
    [InlineData("1000000", "หนึ่งล้านบาทถ้วน")]
    [InlineData("999999999999.99", "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์")]
    public void GoldenAmountsInTheCommonStyle(string amount, string expected)
    {
        var value = decimal.Parse(amount, CultureInfo.InvariantCulture);
        Assert.Equal(expected, BahtText.ToBahtText(value));
        Assert.Equal(expected, value.ToBahtText());
    }

    [Theory]
    [InlineData("101", "หนึ่งร้อยหนึ่งบาทถ้วน", "หนึ่งร้อยเอ็ดบาทถ้วน")]
    [InlineData("1000001.01", "หนึ่งล้านหนึ่งบาทหนึ่งสตางค์", "หนึ่งล้านเอ็ดบาทหนึ่งสตางค์")]
    [InlineData("21.21", "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์", "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์")]
    [InlineData("1", "หนึ่งบาทถ้วน", "หนึ่งบาทถ้วน")]
    public void StyleChangesOnlyTheเอ็ดRule(string amount, string common, string royal)
    {
        var value = decimal.Parse(amount, CultureInfo.InvariantCulture);
        Assert.Equal(common, BahtText.ToBahtText(value, ThaiNumberStyle.Common));
        Assert.Equal(royal, BahtText.ToBahtText(value, ThaiNumberStyle.RoyalInstitute));
    }

    [Fact]
    public void HandlesTheWholeDecimalRange()
    {
        var max = BahtText.ToBahtText(decimal.MaxValue);
        Assert.Equal(ThaiNumberWords.ToWords(decimal.MaxValue) + "บาทถ้วน", max);
        Assert.Equal("ลบ" + max, BahtText.ToBahtText(decimal.MinValue));
        Assert.True(max.Length + 2 <= BahtText.MaxLength);
    }

    [Fact]
    public void IsTheWholeBahtWordsThenTheSatangWords()
    {
        // An independent statement of the rule, for any amount in cents: words(baht) บาท, then words(satang) สตางค์ or ถ้วน.
        var cents = Gen.OneOf(
                Gen.Choose(-10_000_000, 10_000_000).Select(v => (long)v),
                Gen.Two(Gen.Choose(int.MinValue, int.MaxValue)).Select(t => (((long)t.Item1 << 32) | (uint)t.Item2) / 1000))
            .ToArbitrary();
        Prop.ForAll(cents, c =>
        {
            var amount = c / 100m;
            var baht = Math.Abs(c) / 100;
            var satang = Math.Abs(c) % 100;
            var expected = (c < 0 ? "ลบ" : string.Empty)
                + (baht != 0 || satang == 0 ? ThaiNumberWords.ToWords(baht) + "บาท" : string.Empty)
                + (satang == 0 ? "ถ้วน" : ThaiNumberWords.ToWords(satang) + "สตางค์");
            return BahtText.ToBahtText(amount) == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RoundsHalfAwayFromZeroToWholeSatang()
    {
        var thousandths = Gen.Choose(-1_000_000, 1_000_000).ToArbitrary();
        Prop.ForAll(thousandths, t =>
        {
            var amount = t / 1000m;
            var roundedCents = (long)Math.Round(t / 10m, MidpointRounding.AwayFromZero);
            return BahtText.ToBahtText(amount) == BahtText.ToBahtText(roundedCents / 100m);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TryFormatWritesTheSameTextOrNothing()
    {
        var amount = 121.50m;
        var text = BahtText.ToBahtText(amount);
        var exact = new char[text.Length];
        Assert.True(BahtText.TryFormat(amount, exact, out var written));
        Assert.Equal(text, new string(exact, 0, written));
        Assert.False(BahtText.TryFormat(amount, new char[text.Length - 1], out written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void RejectsUndefinedStyles()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BahtText.ToBahtText(1m, (ThaiNumberStyle)2));
    }
}
