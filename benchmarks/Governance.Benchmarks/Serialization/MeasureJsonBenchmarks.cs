using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Benchmarks.Serialization;

/// <summary>
/// JSON round trip of a typical measure (six channels, six steps, Thai text): <see cref="MeasureJson"/> (source-generated,
/// with its strict first pass and the immutable <see cref="Measure"/> built at the end) against the anchor, plain
/// reflection-based System.Text.Json on equivalent mutable classes with none of those checks.
/// Goal: our round trip within 2× the anchor's time; serialization alone no slower than the anchor's round trip.
/// </summary>
[MemoryDiagnoser]
public class MeasureJsonBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new LocalDateJsonConverter() },
    };

    private Measure _measure = null!;
    private PlainMeasure _plain = null!;
    private byte[] _utf8 = [];

    /// <summary>Builds the measure and its JSON once per run.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _measure = Measure.CreateBuilder("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ เขต ๑", "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
            .IssuedOn(new LocalDate(2023, 10, 15))
            .ForFiscalYear(new ThaiFiscalYear(2567))
            .AddLegalBasis("พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๔๖")
            .AddLevels(ParticipationLevel.Inform, ParticipationLevel.Consult, ParticipationLevel.Involve, ParticipationLevel.Collaborate, ParticipationLevel.Empower)
            .AddStakeholderGroup(StakeholderGroup.Public)
            .AddStakeholderGroup(StakeholderGroup.ServiceRecipients)
            .AddFeedbackChannel(ChannelKind.Website, "เว็บไซต์ของสำนักงาน เมนูรับฟังความคิดเห็น")
            .AddFeedbackChannel(ChannelKind.Telephone, "๐ ๕๓๑๒ ๓๔๕๖")
            .AddFeedbackChannel(ChannelKind.SuggestionBox, "จุดบริการประชาชนชั้น ๑")
            .AddFeedbackChannel(ChannelKind.Email, "saraban@example.go.th")
            .AddFeedbackChannel(ChannelKind.SocialMedia, "เพจ Facebook")
            .AddPublicationChannel(ChannelKind.Newsletter, "จดหมายข่าวรายเดือน")
            .AddStep(StepKind.Review, "ทบทวนผลการดำเนินงานของปีงบประมาณที่ผ่านมา", ParticipationPhase.BeforePlanning)
            .AddStep(StepKind.AppointRepresentatives, "แต่งตั้งผู้แทนผู้มีส่วนได้ส่วนเสียเป็นคณะทำงาน", ParticipationPhase.BeforePlanning)
            .AddStep(StepKind.CollectFeedback, "รับฟังความคิดเห็นระหว่างดำเนินงาน", ParticipationPhase.DuringOperation)
            .AddSatisfactionAssessment("ประเมินความพึงพอใจและความไม่พึงพอใจของผู้รับบริการ", ParticipationPhase.AfterOperation)
            .AddStep(StepKind.Report, "รายงานผลต่อผู้อำนวยการภายในไตรมาสที่ ๒ และ ๔", ParticipationPhase.AfterOperation)
            .AddStep(StepKind.ImproveFromFeedback, "นำผลการประเมินมาปรับปรุงการปฏิบัติงาน", ParticipationPhase.AfterOperation)
            .WithReportingSchedule(ReportingSchedule.SemiAnnual)
            .WithOversight(OversightRule.AtLeast(2))
            .Build();
        _utf8 = MeasureJson.SerializeToUtf8Bytes(_measure);
        _plain = JsonSerializer.Deserialize<PlainMeasure>(_utf8, ReflectionOptions)!;
    }

    /// <summary>The anchor: reflection-based System.Text.Json, serialize then deserialize, mutable classes, no checks.</summary>
    /// <returns>The object read back.</returns>
    [Benchmark(Baseline = true)]
    public PlainMeasure ReflectionRoundTrip()
        => JsonSerializer.Deserialize<PlainMeasure>(JsonSerializer.SerializeToUtf8Bytes(_plain, ReflectionOptions), ReflectionOptions)!;

    /// <summary>Ours: serialize then deserialize with every check, giving an immutable measure.</summary>
    /// <returns>The measure read back.</returns>
    [Benchmark]
    public Measure RoundTrip() => MeasureJson.Deserialize(MeasureJson.SerializeToUtf8Bytes(_measure));

    /// <summary>Ours, writing only.</summary>
    /// <returns>The UTF-8 JSON.</returns>
    [Benchmark]
    public byte[] Serialize() => MeasureJson.SerializeToUtf8Bytes(_measure);

    /// <summary>Ours, reading only.</summary>
    /// <returns>The measure.</returns>
    [Benchmark]
    public Measure Deserialize() => MeasureJson.Deserialize(_utf8);

    /// <summary>The measure's shape as plain mutable classes, for the reflection-based anchor.</summary>
    public sealed class PlainMeasure
    {
        /// <summary>Gets or sets the schema version.</summary>
        public int SchemaVersion { get; set; }

        /// <summary>Gets or sets the agency.</summary>
        public string? Agency { get; set; }

        /// <summary>Gets or sets the title.</summary>
        public string? Title { get; set; }

        /// <summary>Gets or sets the issue date.</summary>
        public LocalDate? IssuedOn { get; set; }

        /// <summary>Gets or sets the fiscal year (BE).</summary>
        public int? FiscalYear { get; set; }

        /// <summary>Gets or sets the legal bases.</summary>
        public List<string>? LegalBases { get; set; }

        /// <summary>Gets or sets the levels.</summary>
        public List<ParticipationLevel>? Levels { get; set; }

        /// <summary>Gets or sets the stakeholder groups.</summary>
        public List<StakeholderGroup>? StakeholderGroups { get; set; }

        /// <summary>Gets or sets the channels.</summary>
        public List<PlainChannel>? Channels { get; set; }

        /// <summary>Gets or sets the steps.</summary>
        public List<PlainStep>? Steps { get; set; }

        /// <summary>Gets or sets the reporting schedule.</summary>
        public PlainSchedule? ReportingSchedule { get; set; }

        /// <summary>Gets or sets the oversight rule.</summary>
        public PlainOversight? Oversight { get; set; }
    }

    /// <summary>A channel.</summary>
    public sealed class PlainChannel
    {
        /// <summary>Gets or sets the kind.</summary>
        public ChannelKind Kind { get; set; }

        /// <summary>Gets or sets the direction.</summary>
        public ChannelDirection Direction { get; set; }

        /// <summary>Gets or sets the detail.</summary>
        public string? Detail { get; set; }
    }

    /// <summary>A step.</summary>
    public sealed class PlainStep
    {
        /// <summary>Gets or sets the kind.</summary>
        public StepKind Kind { get; set; }

        /// <summary>Gets or sets the description.</summary>
        public string? Description { get; set; }

        /// <summary>Gets or sets the phases.</summary>
        public List<ParticipationPhase>? Phases { get; set; }

        /// <summary>Gets or sets the responsible units.</summary>
        public List<string>? ResponsibleUnits { get; set; }
    }

    /// <summary>A reporting schedule.</summary>
    public sealed class PlainSchedule
    {
        /// <summary>Gets or sets the quarters.</summary>
        public List<int>? Quarters { get; set; }
    }

    /// <summary>An oversight rule.</summary>
    public sealed class PlainOversight
    {
        /// <summary>Gets or sets the minimum number of times per fiscal year.</summary>
        public int MinimumTimesPerFiscalYear { get; set; }
    }
}
