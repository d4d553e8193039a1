using NodaTime;
using Participation.Governance.ThaiFormatting.Dates;

namespace Participation.Governance.ThaiFormatting.Tests.Dates;

public class ThaiDateMatchTests
{
    [Fact]
    public void EqualityCoversDateIndexAndLength()
    {
        var match = new ThaiDateMatch(new LocalDate(2020, 4, 24), 9, 20);

        Assert.Equal(new ThaiDateMatch(new LocalDate(2020, 4, 24), 9, 20), match);
        Assert.True(match == new ThaiDateMatch(new LocalDate(2020, 4, 24), 9, 20));
        Assert.True(match != new ThaiDateMatch(new LocalDate(2020, 4, 25), 9, 20));
        Assert.True(match != new ThaiDateMatch(new LocalDate(2020, 4, 24), 8, 20));
        Assert.True(match != new ThaiDateMatch(new LocalDate(2020, 4, 24), 9, 21));
        Assert.False(match.Equals((object)"2020-04-24"));
        Assert.Equal(match.GetHashCode(), new ThaiDateMatch(new LocalDate(2020, 4, 24), 9, 20).GetHashCode());
    }

    [Fact]
    public void ToStringGivesTheIsoDateAndPlace()
    {
        Assert.Equal("2020-04-24 at 9 (length 20)", new ThaiDateMatch(new LocalDate(2020, 4, 24), 9, 20).ToString());
    }

    [Fact]
    public void NegativeIndexOrLengthThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThaiDateMatch(new LocalDate(2020, 4, 24), -1, 20));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThaiDateMatch(new LocalDate(2020, 4, 24), 0, -1));
    }
}
