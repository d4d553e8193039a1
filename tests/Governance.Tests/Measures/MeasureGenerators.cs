using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

/// <summary>FsCheck generators for the measure model, shared by the model and JSON tests.</summary>
internal static class MeasureGenerators
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

    internal static Gen<string> Text { get; } = Gen.Elements(Texts);

    internal static Gen<FeedbackChannel> Channel { get; } =
        from kind in Gen.Elements(Enum.GetValues<ChannelKind>())
        from direction in Gen.Elements(ChannelDirection.Inbound, ChannelDirection.Outbound)
        from detail in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(t => (string?)t)))
        select new FeedbackChannel(kind, direction, detail);

    internal static Gen<MeasureStep> Step { get; } =
        from kind in Gen.Elements(Enum.GetValues<StepKind>())
        from description in Text
        from phases in Gen.SubListOf(Enum.GetValues<ParticipationPhase>())
        from units in SmallArrayOf(Text, 2)
        select new MeasureStep(kind, description) { Phases = [.. phases], ResponsibleUnits = units };

    internal static Gen<Measure> Measure { get; } =
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

    internal static Gen<T[]> SmallArrayOf<T>(Gen<T> gen, int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(gen, n));

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));
}
