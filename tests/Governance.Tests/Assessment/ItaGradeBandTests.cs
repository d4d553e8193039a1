using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class ItaGradeBandTests
{
    [Fact]
    public void Equality_IsByGradeAndMinimum()
    {
        Assert.Equal(new ItaGradeBand("A", 85m), new ItaGradeBand("A", 85.00m));
        Assert.NotEqual(new ItaGradeBand("A", 85m), new ItaGradeBand("A", 86m));
        Assert.NotEqual(new ItaGradeBand("A", 85m), new ItaGradeBand("AA", 85m));
        Assert.Equal("A", new ItaGradeBand("A", 85m).ToString());
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    [InlineData("85.001")]
    public void Constructor_RejectsMinimumsOffTheScale(string minimum)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ItaGradeBand("A", decimal.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Constructor_RejectsABlankGrade() => Assert.Throws<ArgumentException>(() => new ItaGradeBand(" ", 0m));
}
