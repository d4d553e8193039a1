using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Tests.Writing;

/// <summary>
/// What the renderings of a measure share in their tests: a sample measure, and what every rendering, read back by the
/// announcement reader, must give — the measure and its findings.
/// </summary>
internal static class RenderedAnnouncement
{
    /// <summary>A small measure with a group of every kind: levels, inbound and outbound channels, a step, reporting quarters.</summary>
    public static readonly Measure Sample = new(
        "สำนักงานเขตตัวอย่าง",
        "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม",
        [new FeedbackChannel(ChannelKind.Website, ChannelDirection.Inbound, "www.example.go.th"), new FeedbackChannel(ChannelKind.Newsletter, ChannelDirection.Outbound)],
        [new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจของผู้รับบริการ") { Phases = [ParticipationPhase.AfterOperation] }])
    {
        Levels = [ParticipationLevel.Inform, ParticipationLevel.Consult],
        IssuedOn = new LocalDate(2023, 10, 15),
        FiscalYear = new ThaiFiscalYear(2567),
        ReportingSchedule = ReportingSchedule.SemiAnnual,
    };

    /// <summary>Asserts that a document read back from a rendering states the measure it was rendered from, with the same findings.</summary>
    public static void AssertStates(Measure measure, OfficialDocument document, string signatory, string position)
    {
        Assert.Equal(DocumentKind.Announcement, document.Kind);
        Assert.Equal(measure.Agency, document.Agency);
        Assert.Equal(measure.Title, document.Title);
        Assert.Equal(measure.IssuedOn, document.IssuedOn);
        Assert.Equal(measure.FiscalYear, document.Measure!.FiscalYear);
        Assert.Equal(measure.Levels, document.Measure!.Levels);
        Assert.Equal(
            measure.Channels.Select(c => (c.Kind, c.Direction)).Distinct().OrderBy(c => c),
            document.Measure!.Channels.Select(c => (c.Kind, c.Direction)).OrderBy(c => c));
        Assert.Equal(measure.HasSatisfactionAssessment, document.Measure!.HasSatisfactionAssessment);
        Assert.Equal(measure.ReportingSchedule?.Quarters ?? [], document.Measure!.ReportingSchedule?.Quarters ?? []);
        Assert.Equal(measure.LegalBases, document.Measure!.LegalBases);
        Assert.Equal(measure.Validate().Select(f => (f.Id, f.Severity)), document.Findings().Select(f => (f.Id, f.Severity)));
        Assert.Equal(signatory, document.Signatory);
        Assert.Equal(position, document.Position);
    }
}
