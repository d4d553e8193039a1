using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class ItaInstrumentTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100.5")]
    public void Constructor_RejectsWeightsOutsideZeroToHundred(string weight)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ItaInstrument("IIT", "ภายใน", "Internal", decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ToStringAndEquality()
    {
        var a = new ItaInstrument("OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "Open data", 40m);
        Assert.Equal("OIT (40%)", a.ToString());
        Assert.Equal(a, new ItaInstrument("OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "Open data", 40m));
        Assert.NotEqual(a, new ItaInstrument("OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "Open data", 30m));
    }
}
