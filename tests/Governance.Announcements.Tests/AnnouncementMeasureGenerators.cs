using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Tests;

/// <summary>
/// FsCheck generators of measures whose free texts read like real announcements and, as
/// <see cref="Announcements.Writing.AnnouncementWriter"/> requires for a faithful round trip, do not themselves
/// name channels or levels.
/// </summary>
internal static class MeasureGenerators
{
    private static readonly string[] Agencies =
    [
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ เขต ๑",
        "สำนักงานเขตตัวอย่าง",
        "สำนักงานศึกษาธิการจังหวัดสมมติ",
        "เทศบาลตำบลตัวอย่าง",
        "องค์การบริหารส่วนตำบลสมมติ",
    ];

    private static readonly string[] Titles =
    [
        "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม",
        "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน",
        "มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วม",
    ];

    private static readonly string?[] Details = [null, "ชั้น ๒ อาคารสำนักงาน", "ทุกวันทำการ", "หมายเลข ๐ ๕๓๑๒ ๓๔๕๖"];

    private static readonly Dictionary<StepKind, string[]> Descriptions = new()
    {
        [StepKind.Review] = ["ทบทวนผลการดำเนินงานของปีที่ผ่านมา"],
        [StepKind.PublishInformation] = ["เผยแพร่ผลการดำเนินงานให้สาธารณชนทราบ"],
        [StepKind.CollectFeedback] = ["รับฟังข้อเสนอแนะจากผู้รับบริการ"],
        [StepKind.AppointRepresentatives] = ["แต่งตั้งผู้แทนผู้มีส่วนได้ส่วนเสียเป็นคณะทำงาน"],
        [StepKind.JointPlanning] = ["ร่วมวางแผนกิจกรรมกับภาคีเครือข่าย"],
        [StepKind.SatisfactionAssessment] = ["ประเมินความพึงพอใจและความไม่พึงพอใจของผู้รับบริการ", "ดำเนินการปีละสองรอบ"],
        [StepKind.Report] = ["สรุปผลเสนอผู้บริหาร"],
        [StepKind.ImproveFromFeedback] = ["นำผลไปปรับปรุงการปฏิบัติงาน"],
        [StepKind.Oversight] = ["กำกับการดำเนินงานของกลุ่มงาน"],
        [StepKind.Other] = ["ดำเนินการอื่นตามที่ได้รับมอบหมาย"],
    };

    public static Arbitrary<Measure> Measures()
    {
        var channel =
            from kind in Gen.Elements(Enum.GetValues<ChannelKind>())
            from direction in Gen.Elements(ChannelDirection.Inbound, ChannelDirection.Outbound)
            from detail in Gen.Elements(Details)
            select new FeedbackChannel(kind, direction, detail);
        var step =
            from kind in Gen.Elements(Enum.GetValues<StepKind>())
            from description in Gen.Elements(Descriptions[kind])
            from phases in Gen.SubListOf(Enum.GetValues<ParticipationPhase>())
            from units in Gen.Elements(Array.Empty<string>(), ["กลุ่มอำนวยการ"])
            select new MeasureStep(kind, description) { Phases = phases.ToArray(), ResponsibleUnits = units };
        var date =
            from days in Gen.Choose(0, 36_000)
            select new LocalDate(2000, 1, 1).PlusDays(days);
        var measure =
            from agency in Gen.Elements(Agencies)
            from title in Gen.Elements(Titles)
            from levels in Gen.SubListOf(ParticipationLevels.All.ToArray())
            from channels in Gen.ListOf(channel).Select(c => c.Take(6).ToArray())
            from steps in Gen.ListOf(step).Select(s => s.Take(6).ToArray())
            from issuedOn in Gen.OneOf(Gen.Constant<LocalDate?>(null), date.Select(d => (LocalDate?)d))
            from fiscalYear in Gen.OneOf(Gen.Constant<ThaiFiscalYear?>(null), Gen.Choose(2540, 2650).Select(y => (ThaiFiscalYear?)new ThaiFiscalYear(y)))
            from quarters in Gen.SubListOf(new[] { 1, 2, 3, 4 })
            from oversight in Gen.OneOf(Gen.Constant<OversightRule?>(null), Gen.Choose(1, 4).Select(n => (OversightRule?)OversightRule.AtLeast(n)))
            from legal in Gen.Elements(Array.Empty<string>(), ["พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๔๖"])
            select new Measure(agency, title, channels, steps)
            {
                Levels = levels.ToArray(),
                IssuedOn = issuedOn,
                FiscalYear = fiscalYear,
                ReportingSchedule = quarters.Count > 0 ? ReportingSchedule.ForQuarters(quarters.ToArray()) : null,
                Oversight = oversight,
                LegalBases = legal,
            };
        return measure.ToArbitrary();
    }
}
