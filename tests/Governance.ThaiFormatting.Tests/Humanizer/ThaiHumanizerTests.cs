using System.Globalization;
using Humanizer;
using Participation.Governance.ThaiFormatting.Humanizer;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.ThaiFormatting.Tests.Humanizer;

public class ThaiHumanizerTests
{
    [Fact]
    public void AfterRegistrationHumanizerWritesOurThai()
    {
        var thai = new CultureInfo("th");
        ThaiHumanizer.Register();

        Assert.Equal("สี่สิบสอง", 42.ToWords(thai));
        Assert.Equal("ยี่สิบเอ็ด", 21.ToWords(thai));
        Assert.Equal("แปด", 8.ToWords(thai));
        Assert.Equal("สี่สิบสอง", 42.ToWords(new CultureInfo("th-TH")));
        Assert.Equal("ที่สาม", 3.ToOrdinalWords(thai));
        Assert.Equal("หนึ่งล้านหนึ่ง", 1_000_001L.ToWords(thai));

        ThaiHumanizer.Register(ThaiNumberStyle.RoyalInstitute);
        Assert.Equal("หนึ่งล้านเอ็ด", 1_000_001L.ToWords(thai));

        ThaiHumanizer.Register();
        Assert.Equal("หนึ่งร้อยหนึ่ง", 101.ToWords(thai));
    }
}
