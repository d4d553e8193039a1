using Humanizer;
using Participation.Governance.ThaiFormatting.Humanizer;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.ThaiFormatting.Tests.Humanizer;

public class ThaiNumberToWordsConverterTests
{
    [Theory]
    [InlineData(21L, "ยี่สิบเอ็ด", "ยี่สิบเอ็ด")]
    [InlineData(8L, "แปด", "แปด")]
    [InlineData(101L, "หนึ่งร้อยหนึ่ง", "หนึ่งร้อยเอ็ด")]
    [InlineData(-1_000_001L, "ลบหนึ่งล้านหนึ่ง", "ลบหนึ่งล้านเอ็ด")]
    public void EveryOverloadGivesOurWords(long number, string common, string royal)
    {
        var converter = new ThaiNumberToWordsConverter();
        Assert.Equal(ThaiNumberStyle.Common, converter.Style);
        Assert.Equal(common, converter.Convert(number));
        Assert.Equal(common, converter.Convert(number, addAnd: false));
        Assert.Equal(common, converter.Convert(number, WordForm.Abbreviation));
        Assert.Equal(common, converter.Convert(number, true, WordForm.Normal));
        Assert.Equal(common, converter.Convert(number, GrammaticalGender.Feminine));
        Assert.Equal(common, converter.Convert(number, WordForm.Normal, GrammaticalGender.Masculine));
        Assert.Equal(royal, new ThaiNumberToWordsConverter(ThaiNumberStyle.RoyalInstitute).Convert(number));
    }

    [Theory]
    [InlineData(1, "ที่หนึ่ง")]
    [InlineData(3, "ที่สาม")]
    [InlineData(21, "ที่ยี่สิบเอ็ด")]
    [InlineData(101, "ที่หนึ่งร้อยหนึ่ง")]
    public void OrdinalsAreที่AndTheCardinal(int number, string expected)
    {
        var converter = new ThaiNumberToWordsConverter();
        Assert.Equal(expected, converter.ConvertToOrdinal(number));
        Assert.Equal(expected, converter.ConvertToOrdinal(number, WordForm.Normal));
        Assert.Equal(expected, converter.ConvertToOrdinal(number, GrammaticalGender.Neuter));
        Assert.Equal(expected, converter.ConvertToOrdinal(number, GrammaticalGender.Neuter, WordForm.Normal));
    }

    [Fact]
    public void TupleWordsFallBackToTheCardinal()
    {
        Assert.Equal("สอง", new ThaiNumberToWordsConverter().ConvertToTuple(2));
    }

    [Fact]
    public void RejectsUndefinedStyles()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThaiNumberToWordsConverter((ThaiNumberStyle)3));
    }
}
