using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.ThaiFormatting.Tests.Words;

public class ThaiNumberExtensionsTests
{
    [Fact]
    public void SpellIntegersDecimalsAndMoney()
    {
        Assert.Equal("สี่สิบสอง", 42.ToThaiWords());
        Assert.Equal("สี่สิบสอง", 42L.ToThaiWords());
        Assert.Equal("หนึ่งร้อยเอ็ด", 101L.ToThaiWords(ThaiNumberStyle.RoyalInstitute));
        Assert.Equal("หนึ่งร้อยเอ็ด", 101.ToThaiWords(ThaiNumberStyle.RoyalInstitute));
        Assert.Equal("หนึ่งจุดห้า", 1.5m.ToThaiWords());
        Assert.Equal("หนึ่งร้อยหนึ่งจุดห้า", 101.5m.ToThaiWords());
        Assert.Equal("หนึ่งร้อยเอ็ดจุดห้า", 101.5m.ToThaiWords(ThaiNumberStyle.RoyalInstitute));
        Assert.Equal("หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์", 121.50m.ToBahtText());
        Assert.Equal("หนึ่งร้อยเอ็ดบาทถ้วน", 101m.ToBahtText(ThaiNumberStyle.RoyalInstitute));
    }
}
