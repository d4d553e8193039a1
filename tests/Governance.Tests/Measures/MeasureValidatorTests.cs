using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Rules;

namespace Participation.Governance.Tests.Measures;

public class MeasureValidatorTests
{
    private static readonly FeedbackChannel Website = new(ChannelKind.Website);
    private static readonly MeasureStep Satisfaction = new(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจของผู้รับบริการ");

    private static Measure Make(IEnumerable<FeedbackChannel> channels, IEnumerable<MeasureStep> steps) => new("หน่วยงาน", "มาตรการ", channels, steps);

    // A compliant measure plus the three values GOV004 looks at.
    private static Measure Scheduled(LocalDate issuedOn, int fiscalYear, ReportingSchedule schedule)
        => new("หน่วยงาน", "มาตรการ", [Website], [Satisfaction])
        {
            IssuedOn = issuedOn,
            FiscalYear = new ThaiFiscalYear(fiscalYear),
            ReportingSchedule = schedule,
        };

    private static IEnumerable<string> Ids(Measure measure) => MeasureValidator.Validate(measure).Select(f => f.Id);

    [Fact]
    public void CompliantMeasure_HasNoFindings()
    {
        Assert.Empty(MeasureValidator.Validate(Make([Website], [Satisfaction])));
    }

    [Fact]
    public void Gov001_NoChannelAtAll()
    {
        var finding = Assert.Single(MeasureValidator.Validate(Make([], [Satisfaction])));
        Assert.Equal("GOV001", finding.Id);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(GovernanceRuleText.NoFeedbackChannelMessage, finding.Message);
        Assert.Equal(GovernanceRuleText.NoFeedbackChannelMessageThai, finding.ThaiMessage);
        Assert.Contains("inbound feedback channel", finding.Message, StringComparison.Ordinal);
        Assert.Null(finding.Line);
    }

    [Fact]
    public void Gov001_OnlyOutboundChannels()
    {
        var outbound = new[] { new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound), new FeedbackChannel(ChannelKind.Newsletter, ChannelDirection.Outbound) };
        Assert.Equal(["GOV001"], Ids(Make(outbound, [Satisfaction])));
    }

    [Fact]
    public void Gov001_NotReportedWhenAnyChannelIsInbound()
    {
        Assert.DoesNotContain("GOV001", Ids(Make([new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound), new FeedbackChannel(ChannelKind.Letter)], [Satisfaction])));
    }

    [Fact]
    public void Gov002_NoSatisfactionStep()
    {
        var finding = Assert.Single(MeasureValidator.Validate(Make([Website], [new MeasureStep(StepKind.Report, "รายงานผล"), new MeasureStep(StepKind.CollectFeedback, "ประเมินความพึงพอใจ (but the kind says otherwise)")])));
        Assert.Equal("GOV002", finding.Id);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(GovernanceRuleText.NoSatisfactionAssessmentMessage, finding.Message);
        Assert.Equal(GovernanceRuleText.NoSatisfactionAssessmentMessageThai, finding.ThaiMessage);
    }

    [Fact]
    public void Gov001AndGov002_AreBothReported_InIdOrder()
    {
        Assert.Equal(["GOV001", "GOV002"], Ids(Make([], [])));
    }

    [Fact]
    public void Gov005_InboundChannelsAllUnspecified_IsInfo()
    {
        var finding = Assert.Single(MeasureValidator.Validate(Make([new FeedbackChannel(ChannelKind.Unspecified), new FeedbackChannel(ChannelKind.Unspecified, detail: "ช่องทางต่าง ๆ")], [Satisfaction])));
        Assert.Equal("GOV005", finding.Id);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal(GovernanceRuleText.UnnamedFeedbackChannelsMessage, finding.Message);
        Assert.True(Make([new FeedbackChannel(ChannelKind.Unspecified)], [Satisfaction]).IsCompliant);
    }

    [Fact]
    public void Gov005_NotReportedWhenOneInboundChannelIsNamed_OrWhenThereIsNone()
    {
        Assert.Empty(Ids(Make([new FeedbackChannel(ChannelKind.Unspecified), Website], [Satisfaction])));
        Assert.Equal(["GOV001"], Ids(Make([new FeedbackChannel(ChannelKind.Unspecified, ChannelDirection.Outbound)], [Satisfaction])));
    }

    [Fact]
    public void Gov004_IssuedAfterEveryDueDateOfItsFiscalYear()
    {
        // FY 2567 = 2023-10-01 … 2024-09-30; semi-annual reports are due 2024-03-31 and 2024-09-30.
        var late = Scheduled(new LocalDate(2024, 10, 1), 2567, ReportingSchedule.SemiAnnual);
        var finding = Assert.Single(MeasureValidator.Validate(late));
        Assert.Equal("GOV004", finding.Id);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(string.Format(GovernanceRuleText.NoReportDueInFiscalYearMessage, "2567"), finding.Message);
        Assert.Contains("2567", finding.ThaiMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 4, 1, 2567, new[] { 2 }, true)] // only due 2024-03-31, issued after it
    [InlineData(2024, 3, 31, 2567, new[] { 2 }, false)] // due on the issue date itself
    [InlineData(2024, 4, 1, 2567, new[] { 2, 4 }, false)] // 2024-09-30 is still ahead
    [InlineData(2023, 10, 15, 2567, new[] { 1 }, false)]
    [InlineData(2023, 1, 1, 2567, new[] { 1 }, false)] // issued before the fiscal year: every due date is ahead
    [InlineData(2025, 1, 1, 2567, new[] { 1, 2, 3, 4 }, true)]
    public void Gov004_DependsOnIssueDateFiscalYearAndSchedule(int year, int month, int day, int fiscalYear, int[] quarters, bool expected)
    {
        var measure = Scheduled(new LocalDate(year, month, day), fiscalYear, ReportingSchedule.ForQuarters(quarters));
        Assert.Equal(expected, Ids(measure).Contains("GOV004"));
    }

    [Fact]
    public void Gov004_NeedsBothFiscalYearAndSchedule()
    {
        var noSchedule = new Measure("a", "t", [Website], [Satisfaction]) { IssuedOn = new LocalDate(2030, 1, 1), FiscalYear = new ThaiFiscalYear(2567) };
        var noYear = new Measure("a", "t", [Website], [Satisfaction]) { IssuedOn = new LocalDate(2030, 1, 1), ReportingSchedule = ReportingSchedule.SemiAnnual };
        var noIssueDate = new Measure("a", "t", [Website], [Satisfaction]) { FiscalYear = new ThaiFiscalYear(2567), ReportingSchedule = ReportingSchedule.ForQuarters(1) };
        Assert.Empty(MeasureValidator.Validate(noSchedule));
        Assert.Empty(MeasureValidator.Validate(noYear));
        Assert.Empty(MeasureValidator.Validate(noIssueDate));
    }

    [Fact]
    public void Findings_AreOrderedMostSeriousFirst()
    {
        var measure = new Measure("a", "t", [new FeedbackChannel(ChannelKind.Unspecified)], [])
        {
            IssuedOn = new LocalDate(2030, 1, 1),
            FiscalYear = new ThaiFiscalYear(2567),
            ReportingSchedule = ReportingSchedule.SemiAnnual,
        };
        Assert.Equal(["GOV002", "GOV004", "GOV005"], Ids(measure));
    }

    [Fact]
    public void Validate_AgreesWithTheRulesForGeneratedMeasures()
    {
        Prop.ForAll(
                MeasureGenerators.Measure.ToArbitrary(),
                measure =>
                {
                    var ids = Ids(measure).ToList();
                    var hasInbound = measure.Channels.Any(c => c.Direction == ChannelDirection.Inbound);
                    var hasNamedInbound = measure.Channels.Any(c => c.Direction == ChannelDirection.Inbound && c.Kind != ChannelKind.Unspecified);
                    var hearsPeople = measure.Steps.Any(s => s.Kind is StepKind.CollectFeedback or StepKind.AppointRepresentatives);
                    var hasSatisfaction = measure.Steps.Any(s => s.Kind == StepKind.SatisfactionAssessment);
                    return ids.Contains("GOV001") == !(hasInbound || hearsPeople)
                        && ids.Contains("GOV005") == ((hasInbound || hearsPeople) && !hasNamedInbound)
                        && ids.Contains("GOV002") == !hasSatisfaction
                        && measure.IsCompliant == !MeasureValidator.Validate(measure).Any(f => f.Severity != FindingSeverity.Info)
                        && ids.Distinct().Count() == ids.Count;
                })
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(StepKind.CollectFeedback)]
    [InlineData(StepKind.AppointRepresentatives)]
    public void A_promise_to_hear_people_or_committees_of_their_representatives_is_a_route_whose_channels_are_not_named(StepKind kind)
    {
        var measure = new Measure("สำนักงานเขตตัวอย่าง", "มาตรการ", [], [new MeasureStep(kind, "จัดให้มีกระบวนการรับฟังความคิดเห็นทั้งเป็นทางการและไม่เป็นทางการ"), new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจ")]);

        Assert.Equal([("GOV005", FindingSeverity.Info)], measure.Validate().Select(f => (f.Id, f.Severity)));
        Assert.True(measure.IsCompliant);
        Assert.True(MeasureValidator.IsRouteIn(measure.Steps[0]));
        Assert.False(MeasureValidator.IsRouteIn(measure.Steps[1]));
    }

    [Fact]
    public void Validate_RefusesNull()
    {
        Assert.Throws<ArgumentNullException>(() => MeasureValidator.Validate(null!));
    }
}

