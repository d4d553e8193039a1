using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class MeasureTests
{
    private const string Agency = "สำนักงานเขตตัวอย่าง";
    private const string Title = "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม";

    [Fact]
    public void InitializerConstructorAndBuilder_GiveEqualMeasures()
    {
        var byInitializer = new Measure
        {
            Agency = Agency,
            Title = Title,
            IssuedOn = new LocalDate(2023, 10, 15),
            FiscalYear = new ThaiFiscalYear(2567),
            LegalBases = ["พ.ร.ฎ. ๒๕๔๖"],
            Levels = [ParticipationLevel.Consult, ParticipationLevel.Inform],
            StakeholderGroups = [StakeholderGroup.ServiceRecipients],
            Channels = [new FeedbackChannel(ChannelKind.Website, detail: "https://example.go.th"), new FeedbackChannel(ChannelKind.Newsletter, ChannelDirection.Outbound)],
            Steps = [new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจ") { Phases = [ParticipationPhase.AfterOperation] }],
            ReportingSchedule = ReportingSchedule.SemiAnnual,
            Oversight = OversightRule.AtLeast(2),
        };

        var byConstructor = new Measure(
            Agency,
            Title,
            [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Inbound, "https://example.go.th"), new FeedbackChannel(ChannelKind.Newsletter, ChannelDirection.Outbound)],
            [new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจ") { Phases = [ParticipationPhase.AfterOperation] }])
        {
            IssuedOn = new LocalDate(2023, 10, 15),
            FiscalYear = new ThaiFiscalYear(2567),
            LegalBases = ["พ.ร.ฎ. ๒๕๔๖"],
            Levels = [ParticipationLevel.Inform, ParticipationLevel.Consult],
            StakeholderGroups = [StakeholderGroup.ServiceRecipients],
            ReportingSchedule = ReportingSchedule.ForQuarters(4, 2),
            Oversight = OversightRule.AtLeast(2),
        };

        var byBuilder = Measure.CreateBuilder(Agency, Title)
            .IssuedOn(new LocalDate(2023, 10, 15))
            .ForFiscalYear(new ThaiFiscalYear(2567))
            .AddLegalBasis("พ.ร.ฎ. ๒๕๔๖")
            .AddLevels(ParticipationLevel.Inform, ParticipationLevel.Consult)
            .AddStakeholderGroup(StakeholderGroup.ServiceRecipients)
            .AddFeedbackChannel(ChannelKind.Website, "https://example.go.th")
            .AddPublicationChannel(ChannelKind.Newsletter)
            .AddSatisfactionAssessment("ประเมินความพึงพอใจ", ParticipationPhase.AfterOperation)
            .WithReportingSchedule(ReportingSchedule.SemiAnnual)
            .WithOversight(OversightRule.AtLeast(2))
            .Build();

        Assert.Equal(byInitializer, byConstructor);
        Assert.Equal(byInitializer, byBuilder);
        Assert.Equal(byInitializer.GetHashCode(), byBuilder.GetHashCode());
    }

    [Fact]
    public void Collections_DefaultToEmpty_OptionalValuesToNull()
    {
        var measure = new Measure { Agency = Agency, Title = Title };
        Assert.Empty(measure.LegalBases);
        Assert.Empty(measure.Levels);
        Assert.Empty(measure.StakeholderGroups);
        Assert.Empty(measure.Channels);
        Assert.Empty(measure.Steps);
        Assert.Null(measure.IssuedOn);
        Assert.Null(measure.FiscalYear);
        Assert.Null(measure.ReportingSchedule);
        Assert.Null(measure.Oversight);
    }

    [Fact]
    public void Collections_AreCopied_SoTheCallerCannotChangeTheMeasure()
    {
        var channels = new List<FeedbackChannel> { new(ChannelKind.Website) };
        var steps = new List<MeasureStep> { new(StepKind.Report, "รายงานผล") };
        var bases = new[] { "a" };
        var measure = new Measure(Agency, Title, channels, steps) { LegalBases = bases };
        channels.Clear();
        steps.Add(new MeasureStep(StepKind.Review, "ทบทวน"));
        bases[0] = "changed";
        Assert.Single(measure.Channels);
        Assert.Single(measure.Steps);
        Assert.Equal("a", measure.LegalBases[0]);
        Assert.Throws<NotSupportedException>(() => ((IList<FeedbackChannel>)measure.Channels).Clear());
    }

    [Fact]
    public void LevelsAndGroups_AreSetsInAscendingOrder()
    {
        var measure = new Measure
        {
            Agency = Agency,
            Title = Title,
            Levels = [ParticipationLevel.Empower, ParticipationLevel.Inform, ParticipationLevel.Empower],
            StakeholderGroups = [StakeholderGroup.NetworkPartners, StakeholderGroup.Public],
        };
        Assert.Equal([ParticipationLevel.Inform, ParticipationLevel.Empower], measure.Levels);
        Assert.Equal([StakeholderGroup.Public, StakeholderGroup.NetworkPartners], measure.StakeholderGroups);
    }

    [Fact]
    public void ChannelsAndSteps_KeepTheirOrder_AndOrderMattersForEquality()
    {
        var a = new FeedbackChannel(ChannelKind.Website);
        var b = new FeedbackChannel(ChannelKind.Email);
        var ab = new Measure(Agency, Title, [a, b], []);
        var ba = new Measure(Agency, Title, [b, a], []);
        Assert.Equal([a, b], ab.Channels);
        Assert.NotEqual(ab, ba);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void AgencyAndTitle_MustBeGiven(string? text)
    {
        var expected = text is null ? typeof(ArgumentNullException) : typeof(ArgumentException);
        Assert.IsType(expected, Record.Exception(() => new Measure { Agency = text!, Title = Title }));
        Assert.IsType(expected, Record.Exception(() => new Measure { Agency = Agency, Title = text! }));
        Assert.IsType(expected, Record.Exception(() => new Measure(text!, Title, [], [])));
        Assert.IsType(expected, Record.Exception(() => Measure.CreateBuilder(Agency, text!)));
    }

    [Fact]
    public void Collections_RefuseNullsAndUndefinedValues()
    {
        Assert.Throws<ArgumentNullException>(() => new Measure(Agency, Title, null!, []));
        Assert.Throws<ArgumentNullException>(() => new Measure(Agency, Title, [], null!));
        Assert.Throws<ArgumentException>(() => new Measure(Agency, Title, [null!], []));
        Assert.Throws<ArgumentException>(() => new Measure { Agency = Agency, Title = Title, Steps = [null!] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Measure { Agency = Agency, Title = Title, Levels = [(ParticipationLevel)0] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Measure { Agency = Agency, Title = Title, StakeholderGroups = [(StakeholderGroup)9] });
    }

    [Fact]
    public void Equality_NoticesEachProperty()
    {
        var baseline = new Measure { Agency = Agency, Title = Title };
        Measure[] variants =
        [
            new() { Agency = "อื่น", Title = Title },
            new() { Agency = Agency, Title = "อื่น" },
            new() { Agency = Agency, Title = Title, IssuedOn = new LocalDate(2024, 1, 1) },
            new() { Agency = Agency, Title = Title, FiscalYear = new ThaiFiscalYear(2567) },
            new() { Agency = Agency, Title = Title, LegalBases = ["x"] },
            new() { Agency = Agency, Title = Title, Levels = [ParticipationLevel.Inform] },
            new() { Agency = Agency, Title = Title, StakeholderGroups = [StakeholderGroup.Public] },
            new() { Agency = Agency, Title = Title, Channels = [new FeedbackChannel(ChannelKind.Website)] },
            new() { Agency = Agency, Title = Title, Steps = [new MeasureStep(StepKind.Report, "x")] },
            new() { Agency = Agency, Title = Title, ReportingSchedule = ReportingSchedule.Quarterly },
            new() { Agency = Agency, Title = Title, Oversight = OversightRule.AtLeast(1) },
        ];
        foreach (var variant in variants)
        {
            Assert.NotEqual(baseline, variant);
            Assert.True(baseline != variant);
        }

        Assert.Equal(baseline, new Measure { Agency = Agency, Title = Title });
        Assert.False(baseline.Equals(null));
    }

    [Fact]
    public void Equality_IsReflexive_AndConsistentWithHashCode()
    {
        Prop.ForAll(
                MeasureGenerators.Measure.Two().ToArbitrary(),
                pair => pair.Item1.Equals(pair.Item1)
                    && (!pair.Item1.Equals(pair.Item2) || pair.Item1.GetHashCode() == pair.Item2.GetHashCode()))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CopyThroughConstructor_IsEqual()
    {
        Prop.ForAll(
                MeasureGenerators.Measure.ToArbitrary(),
                m => new Measure(m.Agency, m.Title, m.Channels, m.Steps)
                {
                    IssuedOn = m.IssuedOn,
                    FiscalYear = m.FiscalYear,
                    LegalBases = m.LegalBases,
                    Levels = m.Levels,
                    StakeholderGroups = m.StakeholderGroups,
                    ReportingSchedule = m.ReportingSchedule,
                    Oversight = m.Oversight,
                }.Equals(m))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void DerivedProperties_FollowTheChannelsAndSteps()
    {
        var measure = new Measure(
            Agency,
            Title,
            [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Outbound), new FeedbackChannel(ChannelKind.Email)],
            [new MeasureStep(StepKind.SatisfactionAssessment, "ประเมิน")]);
        Assert.Equal([new FeedbackChannel(ChannelKind.Email)], measure.FeedbackChannels);
        Assert.True(measure.HasSatisfactionAssessment);
        Assert.True(measure.IsCompliant);
        Assert.False(new Measure(Agency, Title, [], []).IsCompliant);
    }

    [Fact]
    public void ToString_IsAgencyAndTitle()
    {
        Assert.Equal(Agency + ": " + Title, new Measure { Agency = Agency, Title = Title }.ToString());
    }
}
