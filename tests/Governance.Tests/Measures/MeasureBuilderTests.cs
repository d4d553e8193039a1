using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class MeasureBuilderTests
{
    private static MeasureBuilder Start() => new("สำนักงานเขตตัวอย่าง", "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม");

    [Fact]
    public void Build_CompliantMeasure()
    {
        var measure = Start()
            .AddFeedbackChannel(ChannelKind.SuggestionBox, "ชั้น ๑")
            .AddSatisfactionAssessment("ประเมินความพึงพอใจ", ParticipationPhase.AfterOperation)
            .Build();
        Assert.Equal([new FeedbackChannel(ChannelKind.SuggestionBox, ChannelDirection.Inbound, "ชั้น ๑")], measure.Channels);
        var step = Assert.Single(measure.Steps);
        Assert.Equal(StepKind.SatisfactionAssessment, step.Kind);
        Assert.Equal([ParticipationPhase.AfterOperation], step.Phases);
        Assert.True(measure.IsCompliant);
    }

    [Fact]
    public void Build_ThrowsListingEveryBlockingFinding()
    {
        var builder = Start().AddPublicationChannel(ChannelKind.Website).AddStep(StepKind.Report, "รายงานผล");
        var e = Assert.Throws<MeasureValidationException>(() => builder.Build());
        Assert.Equal(["GOV001", "GOV002"], e.Findings.Select(f => f.Id));
        Assert.Contains("GOV001 warning:", e.Message, StringComparison.Ordinal);
        Assert.Contains("GOV002 warning:", e.Message, StringComparison.Ordinal);
        Assert.Contains("2 findings", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IsNotStoppedByInfoFindings()
    {
        var measure = Start().AddFeedbackChannel(ChannelKind.Unspecified).AddSatisfactionAssessment("ประเมิน").Build();
        Assert.Equal("GOV005", Assert.Single(measure.Validate()).Id);
    }

    [Fact]
    public void TryBuild_ReportsFindingsWithoutThrowing()
    {
        Assert.False(Start().TryBuild(out var measure, out var findings));
        Assert.Null(measure);
        Assert.Equal(["GOV001", "GOV002"], findings.Select(f => f.Id));

        Assert.True(Start().AddFeedbackChannel(ChannelKind.Unspecified).AddSatisfactionAssessment("ประเมิน").TryBuild(out measure, out findings));
        Assert.NotNull(measure);
        Assert.Equal("GOV005", Assert.Single(findings).Id);
    }

    [Fact]
    public void Validate_GivesTheSameFindingsAsTheBuiltMeasure()
    {
        var builder = Start().AddFeedbackChannel(ChannelKind.Email);
        Assert.Equal(["GOV002"], builder.Validate().Select(f => f.Id));
        builder.AddSatisfactionAssessment("ประเมิน");
        Assert.Empty(builder.Validate());
    }

    [Fact]
    public void EachMethod_ReturnsTheSameBuilder()
    {
        var builder = Start();
        Assert.Same(builder, builder.IssuedOn(new LocalDate(2024, 1, 1)));
        Assert.Same(builder, builder.IssuedOn(new DateTime(2024, 1, 1)));
        Assert.Same(builder, builder.IssuedOn(new DateOnly(2024, 1, 1)));
        Assert.Same(builder, builder.ForFiscalYear(new ThaiFiscalYear(2567)));
        Assert.Same(builder, builder.AddLegalBasis("x"));
        Assert.Same(builder, builder.AddLevel(ParticipationLevel.Inform));
        Assert.Same(builder, builder.AddLevels(ParticipationLevel.Consult));
        Assert.Same(builder, builder.AddStakeholderGroup(StakeholderGroup.Public));
        Assert.Same(builder, builder.AddFeedbackChannel(ChannelKind.Website));
        Assert.Same(builder, builder.AddPublicationChannel(ChannelKind.Newsletter));
        Assert.Same(builder, builder.AddChannel(new FeedbackChannel(ChannelKind.Email)));
        Assert.Same(builder, builder.AddStep(StepKind.Review, "ทบทวน"));
        Assert.Same(builder, builder.AddStep(new MeasureStep(StepKind.Report, "รายงาน")));
        Assert.Same(builder, builder.AddSatisfactionAssessment("ประเมิน"));
        Assert.Same(builder, builder.WithReportingSchedule(ReportingSchedule.SemiAnnual));
        Assert.Same(builder, builder.WithOversight(OversightRule.AtLeast(2)));
    }

    [Fact]
    public void DateOverloads_AgreeWithLocalDate()
    {
        var expected = Built(Start().IssuedOn(new LocalDate(2023, 10, 15)));
        Assert.Equal(new LocalDate(2023, 10, 15), expected.IssuedOn);
        Assert.Equal(expected, Built(Start().IssuedOn(new DateTime(2023, 10, 15, 13, 45, 0, DateTimeKind.Utc))));
        Assert.Equal(expected, Built(Start().IssuedOn(new DateOnly(2023, 10, 15))));
    }

    [Fact]
    public void Build_DoesNotChangeTheBuilder_AndLaterAdditionsDoNotChangeBuiltMeasures()
    {
        var builder = Start().AddFeedbackChannel(ChannelKind.Website).AddSatisfactionAssessment("ประเมิน");
        var first = builder.Build();
        builder.AddFeedbackChannel(ChannelKind.Email);
        var second = builder.Build();
        Assert.Single(first.Channels);
        Assert.Equal(2, second.Channels.Count);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Methods_RefuseBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new MeasureBuilder(null!, "t"));
        Assert.Throws<ArgumentException>(() => new MeasureBuilder(" ", "t"));
        var builder = Start();
        Assert.Throws<ArgumentNullException>(() => builder.AddLegalBasis(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddLevel((ParticipationLevel)6));
        Assert.Throws<ArgumentNullException>(() => builder.AddLevels(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddStakeholderGroup((StakeholderGroup)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddFeedbackChannel((ChannelKind)42));
        Assert.Throws<ArgumentNullException>(() => builder.AddChannel(null!));
        Assert.Throws<ArgumentException>(() => builder.AddStep(StepKind.Report, ""));
        Assert.Throws<ArgumentNullException>(() => builder.AddStep(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddSatisfactionAssessment("x", null!));
        Assert.Throws<ArgumentNullException>(() => builder.WithReportingSchedule(null!));
        Assert.Throws<ArgumentNullException>(() => builder.WithOversight(null!));
    }

    [Fact]
    public void BuilderAndInitializer_AgreeForGeneratedContent()
    {
        Prop.ForAll(
                MeasureGenerators.Measure.ToArbitrary(),
                m =>
                {
                    var builder = new MeasureBuilder(m.Agency, m.Title);
                    if (m.IssuedOn is { } issuedOn)
                    {
                        builder.IssuedOn(issuedOn);
                    }

                    if (m.FiscalYear is { } fiscalYear)
                    {
                        builder.ForFiscalYear(fiscalYear);
                    }

                    foreach (var basis in m.LegalBases)
                    {
                        builder.AddLegalBasis(basis);
                    }

                    builder.AddLevels([.. m.Levels.Reverse()]);
                    foreach (var group in m.StakeholderGroups)
                    {
                        builder.AddStakeholderGroup(group);
                    }

                    foreach (var channel in m.Channels)
                    {
                        builder.AddChannel(channel);
                    }

                    foreach (var step in m.Steps)
                    {
                        builder.AddStep(step);
                    }

                    if (m.ReportingSchedule is { } schedule)
                    {
                        builder.WithReportingSchedule(schedule);
                    }

                    if (m.Oversight is { } oversight)
                    {
                        builder.WithOversight(oversight);
                    }

                    var built = builder.TryBuild(out var measure, out var findings);
                    return findings.SequenceEqual(m.Validate())
                        && built == m.IsCompliant
                        && (measure is null || measure.Equals(m));
                })
            .QuickCheckThrowOnFailure();
    }

    private static Measure Built(MeasureBuilder builder)
        => builder.AddFeedbackChannel(ChannelKind.Website).AddSatisfactionAssessment("ประเมิน").Build();
}
