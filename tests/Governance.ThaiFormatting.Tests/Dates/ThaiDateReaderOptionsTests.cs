using Participation.Governance.Calendar;
using Participation.Governance.ThaiFormatting.Dates;

namespace Participation.Governance.ThaiFormatting.Tests.Dates;

public class ThaiDateReaderOptionsTests
{
    [Fact]
    public void DefaultsAreTheDocumentedRules()
    {
        var options = ThaiDateReaderOptions.Default;

        Assert.Equal(BuddhistEraRule.Modern, options.EraRule);
        Assert.Equal(2500, options.TwoDigitYearWindowStart);
        Assert.Equal(2100, options.LatestUnmarkedGregorianYear);
    }

    [Theory]
    [InlineData(999)]
    [InlineData(10444)]
    public void WindowStartOutOfRangeThrows(int value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ThaiDateReaderOptions { TwoDigitYearWindowStart = value });
        Assert.Equal("TwoDigitYearWindowStart", e.ParamName);
    }

    [Theory]
    [InlineData(998)]
    [InlineData(10000)]
    public void LatestUnmarkedGregorianYearOutOfRangeThrows(int value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ThaiDateReaderOptions { LatestUnmarkedGregorianYear = value });
        Assert.Equal("LatestUnmarkedGregorianYear", e.ParamName);
    }
}
