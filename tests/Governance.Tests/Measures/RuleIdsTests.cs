using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class RuleIdsTests
{
    [Fact]
    public void Ids_AreTheSharedGovNumbers()
    {
        Assert.Equal("GOV001", RuleIds.NoFeedbackChannel);
        Assert.Equal("GOV002", RuleIds.NoSatisfactionAssessment);
        Assert.Equal("GOV003", RuleIds.BuddhistYearAsGregorian);
        Assert.Equal("GOV004", RuleIds.NoReportDueInFiscalYear);
        Assert.Equal("GOV005", RuleIds.UnnamedFeedbackChannels);
    }
}
