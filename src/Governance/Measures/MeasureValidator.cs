using System.Globalization;
using Participation.Governance.Rules;

namespace Participation.Governance.Measures;

/// <summary>
/// The runtime checks of a measure. The compile-time analyzers report GOV001 and GOV002 with the same IDs
/// and wording, so a measure read from JSON gets the same verdict as one written in C#.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Rule</term><description>Reported when</description></listheader>
/// <item><term>GOV001 (warning)</term><description>
/// The measure offers no route at all for people's views to reach the agency: no inbound channel, and no step that hears
/// people (<see cref="StepKind.CollectFeedback"/>) or seats their representatives on committees
/// (<see cref="StepKind.AppointRepresentatives"/>).
/// </description></item>
/// <item><term>GOV002 (warning)</term><description>No step is a <see cref="StepKind.SatisfactionAssessment"/>.</description></item>
/// <item><term>GOV004 (warning)</term><description>
/// Both <see cref="Measure.FiscalYear"/> and <see cref="Measure.ReportingSchedule"/> are set, and no due date of the
/// schedule in that fiscal year falls on or after <see cref="Measure.IssuedOn"/> (any due date counts when the issue
/// date is unknown): the results of the year the measure covers would never be reported under it.
/// </description></item>
/// <item><term>GOV005 (info)</term><description>
/// There is a route in, but no inbound channel is named: every inbound channel is <see cref="ChannelKind.Unspecified"/>,
/// or the only routes are a promise to hear people or committees — people are not told how to reach the agency.
/// </description></item>
/// </list>
/// Info findings are advice: they do not make a measure non-compliant and do not stop
/// <see cref="MeasureBuilder.Build"/>. GOV003 is a compile-time rule about source code and has no runtime check.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class MeasureValidator
{
    private static readonly Finding NoFeedbackChannel = new(
        GovernanceRuleText.NoFeedbackChannelId,
        FindingSeverity.Warning,
        GovernanceRuleText.NoFeedbackChannelMessage,
        GovernanceRuleText.NoFeedbackChannelMessageThai);

    private static readonly Finding NoSatisfactionAssessment = new(
        GovernanceRuleText.NoSatisfactionAssessmentId,
        FindingSeverity.Warning,
        GovernanceRuleText.NoSatisfactionAssessmentMessage,
        GovernanceRuleText.NoSatisfactionAssessmentMessageThai);

    private static readonly Finding UnnamedFeedbackChannels = new(
        GovernanceRuleText.UnnamedFeedbackChannelsId,
        FindingSeverity.Info,
        GovernanceRuleText.UnnamedFeedbackChannelsMessage,
        GovernanceRuleText.UnnamedFeedbackChannelsMessageThai);

    /// <summary>
    /// Whether a step is itself a route for people's views: hearing them (a general promise whose channels are not named)
    /// or seating their representatives on committees whose meetings hear them.
    /// </summary>
    /// <param name="step">The step.</param>
    /// <returns>True for <see cref="StepKind.CollectFeedback"/> and <see cref="StepKind.AppointRepresentatives"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public static bool IsRouteIn(MeasureStep step) => Preconditions.CheckNotNull(step).Kind is StepKind.CollectFeedback or StepKind.AppointRepresentatives;

    /// <summary>Checks a measure against every runtime rule.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Every finding, most serious first, then by rule ID; empty when there is nothing to report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public static IReadOnlyList<Finding> Validate(Measure measure)
    {
        Preconditions.CheckNotNull(measure);
        var findings = new List<Finding>(2);
        var inbound = measure.FeedbackChannels.ToList();
        if (inbound.Count == 0 && !measure.Steps.Any(IsRouteIn))
        {
            findings.Add(NoFeedbackChannel);
        }
        else if (inbound.TrueForAll(c => c.Kind == ChannelKind.Unspecified))
        {
            findings.Add(UnnamedFeedbackChannels);
        }

        if (!measure.HasSatisfactionAssessment)
        {
            findings.Add(NoSatisfactionAssessment);
        }

        if (measure is { FiscalYear: { } fiscalYear, ReportingSchedule: { } schedule })
        {
            var issuedOn = measure.IssuedOn;
            if (!schedule.GetDueDates(fiscalYear).Any(due => issuedOn is null || due >= issuedOn.Value))
            {
                var year = fiscalYear.BuddhistYear.ToString(CultureInfo.InvariantCulture);
                findings.Add(new Finding(
                    GovernanceRuleText.NoReportDueInFiscalYearId,
                    FindingSeverity.Warning,
                    string.Format(CultureInfo.InvariantCulture, GovernanceRuleText.NoReportDueInFiscalYearMessage, year),
                    string.Format(CultureInfo.InvariantCulture, GovernanceRuleText.NoReportDueInFiscalYearMessageThai, year)));
            }
        }

        findings.Sort(static (a, b) =>
        {
            var bySeverity = b.Severity.CompareTo(a.Severity);
            return bySeverity != 0 ? bySeverity : string.CompareOrdinal(a.Id, b.Id);
        });
        return findings.AsReadOnly();
    }
}
