using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Participation.Governance.Calendar;

namespace Participation.Governance.Measures;

/// <summary>
/// Builds a <see cref="Measure"/> one commitment at a time. Every method returns the builder, so a measure
/// reads as one chain ending in <see cref="Build"/>.
/// </summary>
/// <remarks>
/// <para>
/// There is one obvious method per concept: <see cref="AddFeedbackChannel"/> adds a channel through which people
/// reach the agency (the one rule GOV001 looks for), <see cref="AddPublicationChannel"/> one through which the
/// agency only publishes, and <see cref="AddSatisfactionAssessment"/> the satisfaction step (rule GOV002). The
/// compile-time analyzers read these chains.
/// </para>
/// <para>
/// <see cref="Build"/> throws when the measure has findings of severity warning or error and lists all of them;
/// findings of severity info (GOV005) never stop it. <see cref="TryBuild"/> and <see cref="Validate"/> report the
/// findings without throwing. A builder can be reused: building does not change it.
/// </para>
/// </remarks>
/// <threadsafety>Instances are mutable and not thread-safe.</threadsafety>
public sealed class MeasureBuilder
{
    private readonly string _agency;
    private readonly string _title;
    private readonly List<string> _legalBases = [];
    private readonly List<ParticipationLevel> _levels = [];
    private readonly List<StakeholderGroup> _stakeholderGroups = [];
    private readonly List<FeedbackChannel> _channels = [];
    private readonly List<MeasureStep> _steps = [];
    private LocalDate? _issuedOn;
    private ThaiFiscalYear? _fiscalYear;
    private ReportingSchedule? _reportingSchedule;
    private OversightRule? _oversight;

    /// <summary>Starts a measure.</summary>
    /// <param name="agency">The agency that issues the measure.</param>
    /// <param name="title">The measure's title.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agency"/> or <paramref name="title"/> is empty or white space.</exception>
    public MeasureBuilder(string agency, string title)
    {
        Preconditions.CheckNotNull(agency);
        Preconditions.CheckNotNull(title);
        Preconditions.CheckArgument(agency.Trim().Length > 0, nameof(agency), "A measure's agency must not be empty.");
        Preconditions.CheckArgument(title.Trim().Length > 0, nameof(title), "A measure's title must not be empty.");
        _agency = agency;
        _title = title;
    }

    /// <summary>Sets the date the measure was issued.</summary>
    /// <param name="date">The issue date.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder IssuedOn(LocalDate date)
    {
        _issuedOn = date;
        return this;
    }

    /// <summary>Sets the date the measure was issued.</summary>
    /// <param name="date">The issue date; its time of day and kind are ignored.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder IssuedOn(DateTime date) => IssuedOn(LocalDate.FromDateTime(date));

#if NET6_0_OR_GREATER
    /// <summary>Sets the date the measure was issued.</summary>
    /// <param name="date">The issue date.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder IssuedOn(DateOnly date) => IssuedOn(LocalDate.FromDateOnly(date));
#endif

    /// <summary>Sets the fiscal year the measure covers.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder ForFiscalYear(ThaiFiscalYear fiscalYear)
    {
        _fiscalYear = fiscalYear;
        return this;
    }

    /// <summary>Adds a law, regulation or order the measure cites.</summary>
    /// <param name="reference">The reference as written, e.g. "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๔๖".</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public MeasureBuilder AddLegalBasis(string reference)
    {
        _legalBases.Add(Preconditions.CheckNotNull(reference));
        return this;
    }

    /// <summary>Adds a participation level the measure offers; adding a level twice has no further effect.</summary>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public MeasureBuilder AddLevel(ParticipationLevel level)
    {
        if (level < ParticipationLevel.Inform || level > ParticipationLevel.Empower)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(level), level, $"{(int)level} is not a participation level: expected 1 (Inform) to 5 (Empower).");
        }

        _levels.Add(level);
        return this;
    }

    /// <summary>Adds several participation levels.</summary>
    /// <param name="levels">The levels.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    public MeasureBuilder AddLevels(params ParticipationLevel[] levels)
    {
        foreach (var level in Preconditions.CheckNotNull(levels))
        {
            AddLevel(level);
        }

        return this;
    }

    /// <summary>Adds a group invited to take part; adding a group twice has no further effect.</summary>
    /// <param name="group">The group.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined group.</exception>
    public MeasureBuilder AddStakeholderGroup(StakeholderGroup group)
    {
        if (group < StakeholderGroup.Public || group > StakeholderGroup.NetworkPartners)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(group), group, $"{(int)group} is not a stakeholder group.");
        }

        _stakeholderGroups.Add(group);
        return this;
    }

    /// <summary>Adds a feedback channel: an inbound channel through which people give opinions, suggestions or complaints.</summary>
    /// <param name="kind">The medium.</param>
    /// <param name="detail">An address or other detail, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public MeasureBuilder AddFeedbackChannel(ChannelKind kind, string? detail = null)
        => AddChannel(new FeedbackChannel(kind, ChannelDirection.Inbound, detail));

    /// <summary>Adds an outbound channel on which the agency publishes information. It is not a feedback channel.</summary>
    /// <param name="kind">The medium.</param>
    /// <param name="detail">An address or other detail, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public MeasureBuilder AddPublicationChannel(ChannelKind kind, string? detail = null)
        => AddChannel(new FeedbackChannel(kind, ChannelDirection.Outbound, detail));

    /// <summary>Adds a channel, inbound or outbound as the channel says.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    public MeasureBuilder AddChannel(FeedbackChannel channel)
    {
        _channels.Add(Preconditions.CheckNotNull(channel));
        return this;
    }

    /// <summary>Adds a step.</summary>
    /// <param name="kind">The kind of step.</param>
    /// <param name="description">What the agency commits to.</param>
    /// <param name="phases">The phases of the work the step belongs to; none when not stated.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or <paramref name="phases"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or a phase is not defined.</exception>
    public MeasureBuilder AddStep(StepKind kind, string description, params ParticipationPhase[] phases)
        => AddStep(new MeasureStep(kind, description) { Phases = Preconditions.CheckNotNull(phases) });

    /// <summary>Adds a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public MeasureBuilder AddStep(MeasureStep step)
    {
        _steps.Add(Preconditions.CheckNotNull(step));
        return this;
    }

    /// <summary>Adds the step that assesses the satisfaction of service recipients and stakeholders (what rule GOV002 looks for).</summary>
    /// <param name="description">What the agency commits to, e.g. "ประเมินความพึงพอใจและความไม่พึงพอใจของผู้รับบริการ".</param>
    /// <param name="phases">The phases of the work the step belongs to; none when not stated.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or <paramref name="phases"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A phase is not defined.</exception>
    public MeasureBuilder AddSatisfactionAssessment(string description, params ParticipationPhase[] phases)
        => AddStep(StepKind.SatisfactionAssessment, description, phases);

    /// <summary>Sets when results are reported within each fiscal year.</summary>
    /// <param name="schedule">The schedule, e.g. <see cref="ReportingSchedule.SemiAnnual"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public MeasureBuilder WithReportingSchedule(ReportingSchedule schedule)
    {
        _reportingSchedule = Preconditions.CheckNotNull(schedule);
        return this;
    }

    /// <summary>Sets how often the measure is followed up per fiscal year.</summary>
    /// <param name="rule">The rule, e.g. <c>OversightRule.AtLeast(2)</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public MeasureBuilder WithOversight(OversightRule rule)
    {
        _oversight = Preconditions.CheckNotNull(rule);
        return this;
    }

    /// <summary>Builds the measure, refusing a non-compliant one.</summary>
    /// <returns>The measure.</returns>
    /// <exception cref="MeasureValidationException">
    /// The measure has findings of severity warning or error; the exception lists every finding.
    /// </exception>
    public Measure Build()
    {
        var measure = ToMeasure();
        var findings = measure.Validate();
        if (findings.Any(f => f.IsBlocking))
        {
            throw new MeasureValidationException(findings);
        }

        return measure;
    }

    /// <summary>Builds the measure if it is compliant, reporting the findings either way.</summary>
    /// <param name="measure">The measure when there is no finding of severity warning or error; otherwise null.</param>
    /// <param name="findings">Every finding, including those of severity info.</param>
    /// <returns>True when the measure was built.</returns>
    public bool TryBuild([NotNullWhen(true)] out Measure? measure, out IReadOnlyList<Finding> findings)
    {
        var candidate = ToMeasure();
        findings = candidate.Validate();
        measure = findings.Any(f => f.IsBlocking) ? null : candidate;
        return measure is not null;
    }

    /// <summary>Checks the measure as built so far, without building or throwing.</summary>
    /// <returns>Every finding (see <see cref="MeasureValidator"/>).</returns>
    public IReadOnlyList<Finding> Validate() => ToMeasure().Validate();

    private Measure ToMeasure() => new(_agency, _title, _channels, _steps)
    {
        IssuedOn = _issuedOn,
        FiscalYear = _fiscalYear,
        LegalBases = _legalBases,
        Levels = _levels,
        StakeholderGroups = _stakeholderGroups,
        ReportingSchedule = _reportingSchedule,
        Oversight = _oversight,
    };
}
