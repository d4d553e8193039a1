using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class StakeholderGroupsTests
{
    [Theory]
    [InlineData(StakeholderGroup.Public, "ประชาชน")]
    [InlineData(StakeholderGroup.ServiceRecipients, "ผู้รับบริการ")]
    [InlineData(StakeholderGroup.InternalStakeholders, "ผู้มีส่วนได้ส่วนเสียภายใน")]
    [InlineData(StakeholderGroup.ExternalStakeholders, "ผู้มีส่วนได้ส่วนเสียภายนอก")]
    [InlineData(StakeholderGroup.NetworkPartners, "ภาคีเครือข่าย")]
    public void ThaiLabel_RoundTrips(StakeholderGroup group, string label)
    {
        Assert.Equal(label, StakeholderGroups.GetThaiLabel(group));
        Assert.True(StakeholderGroups.TryFromThai(label, out var found));
        Assert.Equal(group, found);
    }

    [Fact]
    public void TryFromThai_AcceptsPublicSectorSpelling_AndRefusesUnknownText()
    {
        Assert.True(StakeholderGroups.TryFromThai("ภาค ประชาชน", out var group));
        Assert.Equal(StakeholderGroup.Public, group);
        Assert.False(StakeholderGroups.TryFromThai("ผู้มีส่วนได้ส่วนเสีย", out _));
        Assert.False(StakeholderGroups.TryFromThai(null, out _));
    }

    [Fact]
    public void GetThaiLabel_RefusesUndefinedGroup()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StakeholderGroups.GetThaiLabel((StakeholderGroup)5));
    }
}
