using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Reading;

/// <summary>Builds the <see cref="Measure"/> an announcement sets out from what was recognised in it.</summary>
internal static class MeasureAssembler
{
    /// <summary>The agency of a measure read from an announcement without a header ("agency not stated").</summary>
    internal const string UnknownAgency = "ไม่ระบุหน่วยงาน";

    /// <summary>The title of a measure read from an announcement without "เรื่อง" ("title not stated").</summary>
    internal const string UnknownTitle = "ไม่ระบุเรื่อง";

    /// <summary>The measure; one read from OCR text takes neither its issue date nor its fiscal year, digits OCR misreads unnoticed.</summary>
    internal static Measure Assemble(string? agency, string? title, LocalDate? issuedOn, Recognition recognition, bool fromOcr) => new()
    {
        Agency = agency ?? UnknownAgency,
        Title = title ?? UnknownTitle,
        IssuedOn = fromOcr ? null : issuedOn,
        FiscalYear = fromOcr ? null : recognition.FiscalYear,
        LegalBases = recognition.LegalBases,
        Levels = recognition.Levels.ToArray(),
        Channels = recognition.Channels.Select(c => c.Channel).ToArray(),
        Steps = recognition.Steps,
        ReportingSchedule = recognition.Quarters.Count > 0 ? ReportingSchedule.ForQuarters(recognition.Quarters.ToArray()) : null,
    };
}
