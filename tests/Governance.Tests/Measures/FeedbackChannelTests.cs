using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class FeedbackChannelTests
{
    [Fact]
    public void Constructor_DefaultsToAnInboundChannelWithoutDetail()
    {
        var channel = new FeedbackChannel(ChannelKind.Website);
        Assert.Equal(ChannelKind.Website, channel.Kind);
        Assert.Equal(ChannelDirection.Inbound, channel.Direction);
        Assert.True(channel.IsInbound);
        Assert.Null(channel.Detail);
    }

    [Fact]
    public void OutboundChannel_IsNotInbound()
    {
        var channel = new FeedbackChannel(ChannelKind.Newsletter, ChannelDirection.Outbound, "จดหมายข่าว");
        Assert.False(channel.IsInbound);
        Assert.Equal("จดหมายข่าว", channel.Detail);
    }

    [Fact]
    public void Constructor_RefusesUndefinedValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackChannel((ChannelKind)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackChannel(ChannelKind.Email, (ChannelDirection)2));
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var a = new FeedbackChannel(ChannelKind.Email, ChannelDirection.Inbound, "saraban@example.go.th");
        var same = new FeedbackChannel(ChannelKind.Email, ChannelDirection.Inbound, "saraban@example.go.th");
        Assert.Equal(a, same);
        Assert.True(a == same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(a, new FeedbackChannel(ChannelKind.Website, ChannelDirection.Inbound, "saraban@example.go.th"));
        Assert.NotEqual(a, new FeedbackChannel(ChannelKind.Email, ChannelDirection.Outbound, "saraban@example.go.th"));
        Assert.NotEqual(a, new FeedbackChannel(ChannelKind.Email, ChannelDirection.Inbound, "SARABAN@example.go.th"));
        Assert.NotEqual(a, new FeedbackChannel(ChannelKind.Email));
        Assert.True(a != null);
        Assert.False(a.Equals((object?)null));
    }

    [Fact]
    public void Equality_IsConsistentWithHashCode()
    {
        Prop.ForAll(
                MeasureGenerators.Channel.Two().ToArbitrary(),
                pair => !pair.Item1.Equals(pair.Item2) || pair.Item1.GetHashCode() == pair.Item2.GetHashCode())
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ToString_NamesKindDirectionAndDetail()
    {
        Assert.Equal("Telephone (inbound): 1111", new FeedbackChannel(ChannelKind.Telephone, detail: "1111").ToString());
        Assert.Equal("Website (outbound)", new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound).ToString());
    }
}
