using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class ChannelKindsTests
{
    [Theory]
    [InlineData(ChannelKind.Website, "เว็บไซต์")]
    [InlineData(ChannelKind.Telephone, "โทรศัพท์")]
    [InlineData(ChannelKind.SuggestionBox, "กล่องรับความคิดเห็น")]
    [InlineData(ChannelKind.SocialMedia, "สื่อสังคมออนไลน์")]
    public void GetThaiLabel_GivesTheUsualWording(ChannelKind kind, string expected)
    {
        Assert.Equal(expected, ChannelKinds.GetThaiLabel(kind));
    }

    [Fact]
    public void EveryKind_HasItsOwnLabel()
    {
        var labels = Enum.GetValues<ChannelKind>().Select(ChannelKinds.GetThaiLabel).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
    }

    [Fact]
    public void GetThaiLabel_RefusesUndefinedKind()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelKinds.GetThaiLabel((ChannelKind)13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelKinds.GetThaiLabel((ChannelKind)(-1)));
    }
}
