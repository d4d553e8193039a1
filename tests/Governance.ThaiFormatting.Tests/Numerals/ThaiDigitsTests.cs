using System.Buffers;
using System.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Tests.Numerals;

public class ThaiDigitsTests
{
    private const string ThaiDigitRow = "\u0E50\u0E51\u0E52\u0E53\u0E54\u0E55\u0E56\u0E57\u0E58\u0E59";

    /// <summary>Strings mixing ASCII and Thai digits, Thai letters, surrogates and arbitrary UTF-16 code units.</summary>
    private static readonly Arbitrary<string> MixedText = Gen.OneOf(
            Gen.Elements("0123456789๐๑๒๓๔๕๖๗๘๙ abcที่ประกาศ/.,\u200B\u0E00\u0E4F\u0E5A/:".ToCharArray()),
            Gen.Choose(0, 0xFFFF).Select(c => (char)c))
        .ArrayOf()
        .Select(chars => new string(chars))
        .ToArbitrary();

    [Fact]
    public void ThaiDigitsAreTheCodePointsU0E50ToU0E59()
    {
        Assert.Equal("๐๑๒๓๔๕๖๗๘๙", ThaiDigitRow);
    }

    [Theory]
    [InlineData('0', true, false, 0)]
    [InlineData('9', true, false, 9)]
    [InlineData('๐', false, true, 0)]
    [InlineData('๕', false, true, 5)]
    [InlineData('๙', false, true, 9)]
    [InlineData('/', false, false, -1)]
    [InlineData(':', false, false, -1)]
    [InlineData('\u0E4F', false, false, -1)]
    [InlineData('\u0E5A', false, false, -1)]
    [InlineData('a', false, false, -1)]
    public void ClassifiesAndReadsDigits(char c, bool ascii, bool thai, int value)
    {
        Assert.Equal(ascii, ThaiDigits.IsAsciiDigit(c));
        Assert.Equal(thai, ThaiDigits.IsThaiDigit(c));
        Assert.Equal(value, ThaiDigits.GetDigitValue(c));
    }

    [Fact]
    public void ToThaiDigitMapsEachValue()
    {
        for (var value = 0; value <= 9; value++)
        {
            Assert.Equal(ThaiDigitRow[value], ThaiDigits.ToThaiDigit(value));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiDigits.ToThaiDigit(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiDigits.ToThaiDigit(-1));
    }

    [Theory]
    [InlineData("ที่ 92/2563", "ที่ ๙๒/๒๕๖๓")]
    [InlineData("1.1 ข้อ 2.3", "๑.๑ ข้อ ๒.๓")]
    [InlineData("0123456789", "๐๑๒๓๔๕๖๗๘๙")]
    [InlineData("ไม่มีตัวเลข", "ไม่มีตัวเลข")]
    [InlineData("", "")]
    [InlineData("abcdefgh12345678abcdefgh9", "abcdefgh๑๒๓๔๕๖๗๘abcdefgh๙")]
    public void ConvertsStringsBothWays(string arabic, string thai)
    {
        Assert.Equal(thai, ThaiDigits.ToThai(arabic));
        Assert.Equal(arabic, ThaiDigits.ToArabic(thai));
        Assert.Equal(thai, ThaiDigits.ToDigits(arabic, DigitStyle.Thai));
        Assert.Equal(arabic, ThaiDigits.ToDigits(thai, DigitStyle.Arabic));
    }

    [Fact]
    public void ReturnsTheSameInstanceWhenNothingChanges()
    {
        var text = "ประกาศ ที่ ๙๒/๒๕๖๓";
        Assert.Same(text, ThaiDigits.ToThai(text));
        var arabic = "no Thai digits 123";
        Assert.Same(arabic, ThaiDigits.ToArabic(arabic));
    }

    [Fact]
    public void RejectsNullAndUndefinedStyles()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiDigits.ToThai(null!));
        Assert.Throws<ArgumentNullException>(() => ThaiDigits.ToArabic(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiDigits.ToDigits("1", (DigitStyle)7));
    }

    [Fact]
    public void SpanConversionWorksInPlace()
    {
        var chars = "ปี 2569 ไตรมาส 1 วันที่ 30 กันยายน".ToCharArray();
        Assert.Equal(OperationStatus.Done, ThaiDigits.ToThai(chars, chars, out _));
        Assert.Equal("ปี ๒๕๖๙ ไตรมาส ๑ วันที่ ๓๐ กันยายน", new string(chars));
        Assert.Equal(OperationStatus.Done, ThaiDigits.ToArabic(chars, chars, out _));
        Assert.Equal("ปี 2569 ไตรมาส 1 วันที่ 30 กันยายน", new string(chars));
    }

    [Fact]
    public void SpanConversionIntoAShortDestinationConvertsWhatFitsAndSaysSo()
    {
        var destination = new char[3];

        Assert.Equal(OperationStatus.DestinationTooSmall, ThaiDigits.ToThai("1234", destination, out var written));
        Assert.Equal((3, "๑๒๓"), (written, new string(destination)));
        Assert.Equal(OperationStatus.DestinationTooSmall, ThaiDigits.ToArabic("๑๒๓๔", destination, out written));
        Assert.Equal((3, "123"), (written, new string(destination)));
        Assert.Equal(OperationStatus.Done, ThaiDigits.ToArabic("๕a", destination, out written));
        Assert.Equal((2, "5a"), (written, new string(destination, 0, 2)));
    }

    [Fact]
    public void Utf8ToThaiWritesThreeBytesPerDigit()
    {
        var source = Encoding.UTF8.GetBytes("ข้อ 12");
        var destination = new byte[64];
        var status = ThaiDigits.ToThai(source, destination, out var consumed, out var written);
        Assert.Equal(OperationStatus.Done, status);
        Assert.Equal(source.Length, consumed);
        Assert.Equal("ข้อ ๑๒", Encoding.UTF8.GetString(destination, 0, written));
        Assert.Equal(new byte[] { 0xE0, 0xB9, 0x91 }, Encoding.UTF8.GetBytes("๑"));
    }

    [Fact]
    public void Utf8ToThaiStopsBeforeADigitThatDoesNotFit()
    {
        var source = Encoding.UTF8.GetBytes("a1b");
        var destination = new byte[3];
        var status = ThaiDigits.ToThai(source, destination, out var consumed, out var written);
        Assert.Equal(OperationStatus.DestinationTooSmall, status);
        Assert.Equal(1, consumed);
        Assert.Equal(1, written);

        status = ThaiDigits.ToThai(source.AsSpan(consumed), destination, out consumed, out written);
        Assert.Equal(OperationStatus.DestinationTooSmall, status);
        Assert.Equal(1, consumed);
        Assert.Equal(3, written);
        Assert.Equal("๑", Encoding.UTF8.GetString(destination, 0, written));
    }

    [Fact]
    public void Utf8ToArabicReadsThreeBytesPerDigitAndCopiesOtherThaiLetters()
    {
        var source = Encoding.UTF8.GetBytes("แปด ๘ เก้า ๙");
        var destination = new byte[source.Length];
        var status = ThaiDigits.ToArabic(source, destination, out var consumed, out var written);
        Assert.Equal(OperationStatus.Done, status);
        Assert.Equal(source.Length, consumed);
        Assert.Equal("แปด 8 เก้า 9", Encoding.UTF8.GetString(destination, 0, written));
    }

    [Theory]
    [InlineData(new byte[] { 0x31, 0xE0 }, 1)]
    [InlineData(new byte[] { 0x31, 0xE0, 0xB9 }, 1)]
    public void Utf8ToArabicAsksForMoreDataWhenTheSourceEndsInsideAPossibleDigit(byte[] source, int expectedConsumed)
    {
        var destination = new byte[8];
        var status = ThaiDigits.ToArabic(source, destination, out var consumed, out var written);
        Assert.Equal(OperationStatus.NeedMoreData, status);
        Assert.Equal(expectedConsumed, consumed);
        Assert.Equal(expectedConsumed, written);
    }

    [Fact]
    public void Utf8ToArabicCopiesAnE0SequenceThatCannotBeADigit()
    {
        byte[] source = [0xE0, 0xB8];
        var destination = new byte[2];
        Assert.Equal(OperationStatus.Done, ThaiDigits.ToArabic(source, destination, out var consumed, out var written));
        Assert.Equal(2, consumed);
        Assert.Equal(source, destination.AsSpan(0, written).ToArray());
    }

    [Fact]
    public void Utf8ToArabicReportsAFullDestination()
    {
        var source = Encoding.UTF8.GetBytes("๑๒๓");
        var destination = new byte[2];
        var status = ThaiDigits.ToArabic(source, destination, out var consumed, out var written);
        Assert.Equal(OperationStatus.DestinationTooSmall, status);
        Assert.Equal(6, consumed);
        Assert.Equal("12", Encoding.ASCII.GetString(destination, 0, written));
    }

    [Theory]
    [InlineData(0L, DigitStyle.Thai, false, "๐")]
    [InlineData(2569L, DigitStyle.Thai, false, "๒๕๖๙")]
    [InlineData(1234567L, DigitStyle.Thai, true, "๑,๒๓๔,๕๖๗")]
    [InlineData(123456L, DigitStyle.Thai, true, "๑๒๓,๔๕๖")]
    [InlineData(-42L, DigitStyle.Thai, false, "-๔๒")]
    [InlineData(-1000L, DigitStyle.Arabic, true, "-1,000")]
    [InlineData(long.MinValue, DigitStyle.Arabic, true, "-9,223,372,036,854,775,808")]
    [InlineData(long.MaxValue, DigitStyle.Thai, false, "๙๒๒๓๓๗๒๐๓๖๘๕๔๗๗๕๘๐๗")]
    public void FormatsIntegers(long value, DigitStyle style, bool grouping, string expected)
    {
        Assert.Equal(expected, ThaiDigits.Format(value, style, grouping));
        var buffer = new char[expected.Length];
        Assert.True(ThaiDigits.TryFormat(value, buffer, out var written, style, grouping));
        Assert.Equal(expected, new string(buffer, 0, written));
        Assert.False(ThaiDigits.TryFormat(value, new char[expected.Length - 1], out written, style, grouping));
        Assert.Equal(0, written);
    }

    [Fact]
    public void FormatAgreesWithTheBclInEveryStyle()
    {
        var values = Gen.OneOf(
                Gen.Choose(int.MinValue, int.MaxValue).Select(v => (long)v),
                Gen.Two(Gen.Choose(int.MinValue, int.MaxValue)).Select(t => ((long)t.Item1 << 32) | (uint)t.Item2))
            .ToArbitrary();
        Prop.ForAll(values, value =>
            ThaiDigits.Format(value, DigitStyle.Arabic) == value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && ThaiDigits.Format(value, DigitStyle.Arabic, useGrouping: true) == value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)
            && ThaiDigits.Format(value, DigitStyle.Thai, useGrouping: true) == ThaiDigits.ToThai(value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ArabicToThaiToArabicIsTheIdentityOnTextWithoutThaiDigits()
    {
        Prop.ForAll(MixedText, text =>
        {
            var arabic = ThaiDigits.ToArabic(text);
            return ThaiDigits.ToArabic(ThaiDigits.ToThai(arabic)) == arabic
                && ThaiDigits.ToThai(ThaiDigits.ToArabic(ThaiDigits.ToThai(text))) == ThaiDigits.ToThai(text);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ConversionChangesOnlyDigits()
    {
        Prop.ForAll(MixedText, text =>
        {
            var thai = ThaiDigits.ToThai(text);
            for (var i = 0; i < text.Length; i++)
            {
                var expected = text[i] is >= '0' and <= '9' ? ThaiDigitRow[text[i] - '0'] : text[i];
                if (thai[i] != expected)
                {
                    return false;
                }
            }

            return thai.Length == text.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void SpanStringAndUtf8PathsAgree()
    {
        Prop.ForAll(MixedText, text =>
        {
            var thai = ThaiDigits.ToThai(text);
            var arabic = ThaiDigits.ToArabic(text);

            var span = new char[text.Length];
            Assert.Equal(OperationStatus.Done, ThaiDigits.ToThai(text.AsSpan(), span, out var written));
            Assert.Equal(text.Length, written);
            var spanArabic = new char[text.Length];
            Assert.Equal(OperationStatus.Done, ThaiDigits.ToArabic(text.AsSpan(), spanArabic, out written));
            Assert.Equal(text.Length, written);

            // UTF-8 round trips only well-formed text, so compare on the UTF-16 text the encoder would produce.
            var wellFormed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
            var utf8 = Encoding.UTF8.GetBytes(wellFormed);
            var utf8Thai = new byte[utf8.Length * 3];
            var thaiStatus = ThaiDigits.ToThai(utf8, utf8Thai, out var thaiConsumed, out var thaiWritten);
            var utf8Arabic = new byte[utf8.Length];
            var arabicStatus = ThaiDigits.ToArabic(utf8, utf8Arabic, out var arabicConsumed, out var arabicWritten);

            return new string(span) == thai
                && new string(spanArabic) == arabic
                && thaiStatus == OperationStatus.Done && thaiConsumed == utf8.Length
                && Encoding.UTF8.GetString(utf8Thai, 0, thaiWritten) == ThaiDigits.ToThai(wellFormed)
                && arabicStatus == OperationStatus.Done && arabicConsumed == utf8.Length
                && Encoding.UTF8.GetString(utf8Arabic, 0, arabicWritten) == ThaiDigits.ToArabic(wellFormed);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Utf8ConversionInSmallChunksGivesTheSameBytes()
    {
        var chunkSizes = Gen.Choose(1, 7).ToArbitrary();
        Prop.ForAll(MixedText, chunkSizes, (text, chunk) =>
        {
            var wellFormed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
            var thai = Drain(wellFormed, chunk, toThai: true);
            var back = Drain(thai, chunk, toThai: false);
            var expected = Encoding.UTF8.GetBytes(ThaiDigits.ToThai(Encoding.UTF8.GetString(wellFormed)));
            return thai.AsSpan().SequenceEqual(expected)
                && Encoding.UTF8.GetString(back) == ThaiDigits.ToArabic(Encoding.UTF8.GetString(expected));
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Converts with a destination of only <paramref name="chunk"/> bytes at a time, as a streaming caller would.</summary>
    private static byte[] Drain(byte[] source, int chunk, bool toThai)
    {
        var output = new List<byte>();
        var destination = new byte[Math.Max(chunk, 3)];
        var offset = 0;
        while (offset < source.Length)
        {
            var status = toThai
                ? ThaiDigits.ToThai(source.AsSpan(offset), destination.AsSpan(0, chunk < 3 ? 3 : chunk), out var consumed, out var written)
                : ThaiDigits.ToArabic(source.AsSpan(offset), destination.AsSpan(0, chunk), out consumed, out written);
            Assert.NotEqual(OperationStatus.InvalidData, status);
            output.AddRange(destination.AsSpan(0, written).ToArray());
            offset += consumed;
            if (status == OperationStatus.NeedMoreData)
            {
                output.AddRange(source.AsSpan(offset).ToArray());
                break;
            }
        }

        return output.ToArray();
    }
}
