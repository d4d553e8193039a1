using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Builds the <see cref="Measure"/> an announcement sets out from what was recognised in it, checks it with the
/// model's rules, and places each finding on the line it concerns.
/// </summary>
internal static class MeasureAssembler
{
    /// <summary>The agency of a measure read from an announcement without a header ("agency not stated").</summary>
    internal const string UnknownAgency = "ไม่ระบุหน่วยงาน";

    /// <summary>The title of a measure read from an announcement without "เรื่อง" ("title not stated").</summary>
    internal const string UnknownTitle = "ไม่ระบุเรื่อง";

    internal static (Measure Measure, IReadOnlyList<Finding> Findings) Assemble(
        string? agency, string? title, LocalDate? issuedOn, Recognition recognition, int missingLine)
    {
        var measure = new Measure
        {
            Agency = agency ?? UnknownAgency,
            Title = title ?? UnknownTitle,
            IssuedOn = issuedOn,
            FiscalYear = recognition.FiscalYear,
            LegalBases = recognition.LegalBases,
            Levels = recognition.Levels.ToArray(),
            Channels = recognition.Channels.Select(c => c.Channel).ToArray(),
            Steps = recognition.Steps,
            ReportingSchedule = recognition.Quarters.Count > 0 ? ReportingSchedule.ForQuarters(recognition.Quarters.ToArray()) : null,
        };

        var findings = measure.Validate().Select(f => f.WithLine(LineOf(f, recognition, missingLine))).ToArray();
        return (measure, findings);
    }

    private static int LineOf(Finding finding, Recognition recognition, int missingLine) => finding.Id switch
    {
        RuleIds.UnnamedFeedbackChannels => recognition.Channels
            .Where(c => c.Channel.IsInbound && c.Channel.Kind == ChannelKind.Unspecified)
            .Select(c => (int?)c.Line)
            .FirstOrDefault() ?? missingLine,
        RuleIds.NoReportDueInFiscalYear => recognition.QuarterLine ?? missingLine,
        _ => missingLine,
    };
}
