using System.Globalization;
using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class SatisfactionBandSchemeTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("5.00", "มากที่สุด")]
    [InlineData("4.51", "มากที่สุด")]
    [InlineData("4.505", "มากที่สุด")]
    [InlineData("4.504", "มาก")]
    [InlineData("4.50", "มาก")]
    [InlineData("3.51", "มาก")]
    [InlineData("3.50", "ปานกลาง")]
    [InlineData("2.51", "ปานกลาง")]
    [InlineData("2.50", "น้อย")]
    [InlineData("1.51", "น้อย")]
    [InlineData("1.50", "น้อยที่สุด")]
    [InlineData("1.00", "น้อยที่สุด")]
    public void HalfPoint_BandEdges(string mean, string label)
        => Assert.Equal(label, SatisfactionBandScheme.HalfPoint.BandOf(D(mean)).ThaiLabel);

    [Theory]
    [InlineData("5.00", "มากที่สุด")]
    [InlineData("4.21", "มากที่สุด")]
    [InlineData("4.20", "มาก")]
    [InlineData("3.41", "มาก")]
    [InlineData("3.405", "มาก")]
    [InlineData("3.40", "ปานกลาง")]
    [InlineData("2.61", "ปานกลาง")]
    [InlineData("2.60", "น้อย")]
    [InlineData("1.81", "น้อย")]
    [InlineData("1.80", "น้อยที่สุด")]
    [InlineData("1.00", "น้อยที่สุด")]
    public void EightTenths_BandEdges(string mean, string label)
        => Assert.Equal(label, SatisfactionBandScheme.EightTenths.BandOf(D(mean)).ThaiLabel);

    [Fact]
    public void BuiltInSchemes_HaveEnglishLabelsAndNames()
    {
        Assert.Equal("0.5", SatisfactionBandScheme.HalfPoint.Name);
        Assert.Equal("0.8", SatisfactionBandScheme.EightTenths.Name);
        Assert.Equal(["Very low", "Low", "Moderate", "High", "Very high"], SatisfactionBandScheme.HalfPoint.Bands.Select(b => b.EnglishLabel));
        Assert.Equal("High", SatisfactionBandScheme.EightTenths.BandOf(4m).EnglishLabel);
    }

    [Theory]
    [InlineData("0.99")]
    [InlineData("5.01")]
    public void BandOf_RejectsMeansOffTheScale(string mean)
        => Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionBandScheme.HalfPoint.BandOf(D(mean)));

    [Fact]
    public void BandOf_EveryTwoDecimalMeanFallsInExactlyOneBand()
    {
        var means = Gen.Choose(100, 500).Select(n => n / 100m).ToArbitrary();
        Prop.ForAll(means, mean =>
            SatisfactionBandScheme.HalfPoint.Bands.Count(b => b.Contains(mean)) == 1
            && SatisfactionBandScheme.EightTenths.Bands.Count(b => b.Contains(mean)) == 1
            && SatisfactionBandScheme.HalfPoint.BandOf(mean).Contains(mean))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void BandOf_IsMonotonic()
    {
        var pairs = Gen.Choose(1000, 5000).Two().ToArbitrary();
        Prop.ForAll(pairs, pair =>
        {
            var (a, b) = (Math.Min(pair.Item1, pair.Item2) / 1000m, Math.Max(pair.Item1, pair.Item2) / 1000m);
            return SatisfactionBandScheme.EightTenths.BandOf(a).Minimum <= SatisfactionBandScheme.EightTenths.BandOf(b).Minimum;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CustomScheme_ThreeBands()
    {
        var scheme = new SatisfactionBandScheme(
            "three",
            [
                new SatisfactionBand(3.68m, 5m, "ดี", "Good"),
                new SatisfactionBand(1m, 2.33m, "ควรปรับปรุง", "Needs improvement"),
                new SatisfactionBand(2.34m, 3.67m, "พอใช้", "Fair"),
            ]);

        Assert.Equal(["ควรปรับปรุง", "พอใช้", "ดี"], scheme.Bands.Select(b => b.ThaiLabel));
        Assert.Equal("พอใช้", scheme.BandOf(3.674m).ThaiLabel);
        Assert.Equal("ดี", scheme.BandOf(3.675m).ThaiLabel);
    }

    [Fact]
    public void Constructor_RejectsAGap()
    {
        var e = Assert.Throws<ArgumentException>(() => new SatisfactionBandScheme(
            "gap",
            [new SatisfactionBand(1m, 2m, "a", "a"), new SatisfactionBand(2.02m, 5m, "b", "b")]));
        Assert.Contains("2.01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsAnOverlap()
        => Assert.Throws<ArgumentException>(() => new SatisfactionBandScheme(
            "overlap",
            [new SatisfactionBand(1m, 3m, "a", "a"), new SatisfactionBand(2.5m, 5m, "b", "b")]));

    [Fact]
    public void Constructor_RejectsBandsNotCoveringOneToFive()
    {
        Assert.Throws<ArgumentException>(() => new SatisfactionBandScheme("low", [new SatisfactionBand(1.5m, 5m, "a", "a")]));
        Assert.Throws<ArgumentException>(() => new SatisfactionBandScheme("high", [new SatisfactionBand(1m, 4.99m, "a", "a")]));
        Assert.Throws<ArgumentException>(() => new SatisfactionBandScheme("none", []));
    }
}
