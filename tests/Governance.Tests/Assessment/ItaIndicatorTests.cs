using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class ItaIndicatorTests
{
    [Fact]
    public void ToStringAndEquality()
    {
        var indicator = new ItaIndicator(7, "ประสิทธิภาพการสื่อสาร", "Effectiveness of communication", "EIT");
        Assert.Equal("7 ประสิทธิภาพการสื่อสาร", indicator.ToString());
        Assert.Equal(indicator, ItaScheme.Since2563.GetIndicator(7));
        Assert.NotEqual(indicator, ItaScheme.Since2563.GetIndicator(8));
    }

    [Fact]
    public void Constructor_RejectsNumbersBelowOne()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ItaIndicator(0, "x", "x", "IIT"));
}
