using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class SatisfactionBandTests
{
    [Fact]
    public void Contains_IncludesBothEnds()
    {
        var band = new SatisfactionBand(3.51m, 4.50m, "มาก", "High");
        Assert.True(band.Contains(3.51m));
        Assert.True(band.Contains(4.50m));
        Assert.False(band.Contains(3.50m));
        Assert.False(band.Contains(4.51m));
        Assert.Equal("3.51–4.50 มาก", band.ToString());
    }

    [Theory]
    [InlineData(0.99, 2.0)]
    [InlineData(1.0, 5.01)]
    [InlineData(3.0, 2.0)]
    [InlineData(1.001, 2.0)]
    public void Constructor_RejectsBadBounds(double minimum, double maximum)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SatisfactionBand((decimal)minimum, (decimal)maximum, "x", "x"));

    [Fact]
    public void Equality_IsByRangeAndLabels()
    {
        Assert.Equal(new SatisfactionBand(1m, 1.5m, "น้อยที่สุด", "Very low"), SatisfactionBandScheme.HalfPoint.Bands[0]);
        Assert.NotEqual(new SatisfactionBand(1m, 1.8m, "น้อยที่สุด", "Very low"), SatisfactionBandScheme.HalfPoint.Bands[0]);
    }
}
