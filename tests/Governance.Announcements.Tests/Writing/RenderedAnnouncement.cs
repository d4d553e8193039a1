using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Tests.Writing;

/// <summary>What every rendering of a measure, read back by the announcement reader, must give: the measure and its findings.</summary>
internal static class RenderedAnnouncement
{
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
