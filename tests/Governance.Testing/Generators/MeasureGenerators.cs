using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Testing.Generators;

/// <summary>
/// FsCheck generators for the measure model: <see cref="Measure"/> with texts that stress JSON writing and reading,
/// and <see cref="Readable"/> with texts that read like real announcements.
/// </summary>
public static class MeasureGenerators
{
    // Text that stresses JSON writing and reading: Thai with combining marks and a zero-width space,
    // quotes, backslashes, control characters, HTML-sensitive characters, a surrogate pair.
    private static readonly string[] Texts =
    [
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ เขต ๑",
        "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม",
        "ประเมินความพึงพอใจ\u200Bของผู้รับบริการ",
        "Office \"quoted\" \\ backslash",
        "line one\nline two\ttab",
        "<script>&amp;'</script>",
        "control \u0001 char",
        "emoji 😀 and ๑๒๓",
        "x",
        " leading and trailing ",
    ];

    public static Gen<string> Text { get; } = Gen.Elements(Texts);

    public static Gen<FeedbackChannel> Channel { get; } =
        from kind in Gen.Elements(Enum.GetValues<ChannelKind>())
        from direction in Gen.Elements(ChannelDirection.Inbound, ChannelDirection.Outbound)
        from detail in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(t => (string?)t)))
        select new FeedbackChannel(kind, direction, detail);

    public static Gen<MeasureStep> Step { get; } =
        from kind in Gen.Elements(Enum.GetValues<StepKind>())
        from description in Text
        from phases in Gen.SubListOf(Enum.GetValues<ParticipationPhase>())
        from units in SmallArrayOf(Text, 2)
        select new MeasureStep(kind, description) { Phases = [.. phases], ResponsibleUnits = units };

    public static Gen<Measure> Measure { get; } =
        from agency in Text
        from title in Text
        from issuedOn in Optional(Gen.Choose(0, 200 * 366).Select(days => new LocalDate(1900, 1, 1).PlusDays(days)))
        from fiscalYear in Optional(Gen.Choose(ThaiFiscalYear.MinBuddhistYear, 2700).Select(y => new ThaiFiscalYear(y)))
        from legalBases in SmallArrayOf(Text, 3)
        from levels in Gen.Shuffle(Enum.GetValues<ParticipationLevel>()).SelectMany(all => Gen.Choose(0, 5).Select(n => all.Take(n).ToArray()))
        from groups in Gen.SubListOf(Enum.GetValues<StakeholderGroup>())
        from channels in SmallArrayOf(Channel, 5)
        from steps in SmallArrayOf(Step, 5)
        from schedule in Gen.OneOf(
            Gen.Constant<ReportingSchedule?>(null),
            Gen.NonEmptyListOf(Gen.Choose(1, 4)).Select(q => (ReportingSchedule?)ReportingSchedule.ForQuarters([.. q])))
        from oversight in Gen.OneOf(
            Gen.Constant<OversightRule?>(null),
            Gen.Choose(1, OversightRule.MaxTimesPerFiscalYear).Select(n => (OversightRule?)OversightRule.AtLeast(n)))
        select new Measure(agency, title, channels, steps)
        {
            IssuedOn = issuedOn,
            FiscalYear = fiscalYear,
            LegalBases = legalBases,
            Levels = levels,
            StakeholderGroups = [.. groups],
            ReportingSchedule = schedule,
            Oversight = oversight,
        };

    public static Gen<T[]> SmallArrayOf<T>(Gen<T> gen, int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(gen, n));

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

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

    // Declared after the tables it draws from: static initializers run in order.

    /// <summary>
    /// Measures whose free texts read like real announcements and, as the announcement writer requires for a faithful
    /// round trip, do not themselves name channels or levels.
    /// </summary>
    public static Gen<Measure> Readable { get; } = CreateReadable();

    private static Gen<Measure> CreateReadable()
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
        return measure;
    }
}
