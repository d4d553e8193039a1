using Participation.Governance.Rules;

namespace Participation.Governance.Measures;

/// <summary>
/// The IDs of the GOVxxx rules, shared with the compile-time analyzers so a finding at run time and a
/// diagnostic in the editor carry the same ID.
/// </summary>
public static class RuleIds
{
    /// <summary>GOV001: the measure has no inbound feedback channel.</summary>
    public const string NoFeedbackChannel = GovernanceRuleText.NoFeedbackChannelId;

    /// <summary>GOV002: the measure has no satisfaction-assessment step.</summary>
    public const string NoSatisfactionAssessment = GovernanceRuleText.NoSatisfactionAssessmentId;

    /// <summary>GOV003: a Buddhist-Era year is used where a Gregorian year is expected (reported by the analyzer only).</summary>
    public const string BuddhistYearAsGregorian = GovernanceRuleText.BuddhistYearAsGregorianId;

    /// <summary>GOV004: the reporting schedule has no due date in the measure's fiscal year.</summary>
    public const string NoReportDueInFiscalYear = GovernanceRuleText.NoReportDueInFiscalYearId;

    /// <summary>GOV005: feedback channels are promised without naming any.</summary>
    public const string UnnamedFeedbackChannels = GovernanceRuleText.UnnamedFeedbackChannelsId;
}
