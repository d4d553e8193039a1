using System.Text.Json.Serialization;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Serialization;

// The JSON shape of a measure (docs/measure.schema.json). Mutable, internal and never handed out: the
// reader fills one, checks it, and only then builds the immutable Measure, so nothing half-built escapes.
// Every property is nullable so that "absent" can be told apart from a default value; explicit nulls are
// refused before deserialization (MeasureJsonGuard), so null here always means "absent".

/// <summary>A measure document.</summary>
internal sealed class MeasureDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int? SchemaVersion { get; set; }

    public string? Agency { get; set; }

    public string? Title { get; set; }

    public LocalDate? IssuedOn { get; set; }

    public ThaiFiscalYear? FiscalYear { get; set; }

    public string[]? LegalBases { get; set; }

    public ParticipationLevel[]? Levels { get; set; }

    public StakeholderGroup[]? StakeholderGroups { get; set; }

    public ChannelDocument[]? Channels { get; set; }

    public StepDocument[]? Steps { get; set; }

    public ReportingScheduleDocument? ReportingSchedule { get; set; }

    public OversightDocument? Oversight { get; set; }
}

/// <summary>A channel.</summary>
internal sealed class ChannelDocument
{
    public ChannelKind? Kind { get; set; }

    public ChannelDirection? Direction { get; set; }

    public string? Detail { get; set; }
}

/// <summary>A step.</summary>
internal sealed class StepDocument
{
    public StepKind? Kind { get; set; }

    public string? Description { get; set; }

    public ParticipationPhase[]? Phases { get; set; }

    public string[]? ResponsibleUnits { get; set; }
}

/// <summary>A reporting schedule: the quarters at whose end a report is due.</summary>
internal sealed class ReportingScheduleDocument
{
    public int[]? Quarters { get; set; }
}

/// <summary>An oversight rule.</summary>
internal sealed class OversightDocument
{
    public int? MinimumTimesPerFiscalYear { get; set; }
}
