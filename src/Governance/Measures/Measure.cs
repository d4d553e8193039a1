using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Serialization;

namespace Participation.Governance.Measures;

/// <summary>
/// A stakeholder-participation measure (มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม): the agency's published
/// commitments to let people take part in its work and to hear them.
/// </summary>
/// <remarks>
/// <para>
/// Create one with an object initializer, the constructor that takes the channels and steps, or
/// <see cref="CreateBuilder"/>; all three give equal measures for the same content. A measure may be created
/// whatever its content: <see cref="Validate"/> says what is missing, and <see cref="MeasureBuilder.Build"/>
/// refuses to build a non-compliant one.
/// </para>
/// <para>
/// Instances are immutable: every collection is copied when set. <see cref="Levels"/> and
/// <see cref="StakeholderGroups"/> are sets (each value once, ascending); <see cref="LegalBases"/>,
/// <see cref="Channels"/> and <see cref="Steps"/> keep the order given, which is the order of the
/// announcement. Two measures are equal when every property is equal, collections element by element.
/// </para>
/// <para>
/// <see cref="MeasureJson"/> reads and writes measures as JSON; any <c>JsonSerializer</c> call does too, through
/// <see cref="MeasureJsonConverter"/>.
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[System.Text.Json.Serialization.JsonConverter(typeof(MeasureJsonConverter))]
public sealed class Measure : IEquatable<Measure>
{
    private readonly string _agency = null!;
    private readonly string _title = null!;
    private readonly IReadOnlyList<string> _legalBases = Array.Empty<string>();
    private readonly IReadOnlyList<ParticipationLevel> _levels = Array.Empty<ParticipationLevel>();
    private readonly IReadOnlyList<StakeholderGroup> _stakeholderGroups = Array.Empty<StakeholderGroup>();
    private readonly IReadOnlyList<FeedbackChannel> _channels = Array.Empty<FeedbackChannel>();
    private readonly IReadOnlyList<MeasureStep> _steps = Array.Empty<MeasureStep>();
    private IReadOnlyList<Finding>? _findings;

    /// <summary>Creates an empty measure; set at least <see cref="Agency"/> and <see cref="Title"/> in an object initializer.</summary>
    public Measure()
    {
    }

    /// <summary>Creates a measure with its channels and steps; set the other properties in an object initializer.</summary>
    /// <param name="agency">The agency that issues the measure.</param>
    /// <param name="title">The measure's title.</param>
    /// <param name="channels">The channels, in the order of the announcement.</param>
    /// <param name="steps">The steps, in the order of the announcement.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of a collection, is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agency"/> or <paramref name="title"/> is empty or white space.</exception>
    [SetsRequiredMembers]
    public Measure(string agency, string title, IEnumerable<FeedbackChannel> channels, IEnumerable<MeasureStep> steps)
    {
        Agency = agency;
        Title = title;
        Channels = Preconditions.CheckNotNull(channels).ToArray();
        Steps = Preconditions.CheckNotNull(steps).ToArray();
    }

    /// <summary>Gets the agency that issues the measure, e.g. "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ เขต ๑".</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is empty or white space.</exception>
    public required string Agency
    {
        get => _agency;
        init => _agency = CheckText(value, nameof(Agency));
    }

    /// <summary>Gets the measure's title, e.g. "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม".</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is empty or white space.</exception>
    public required string Title
    {
        get => _title;
        init => _title = CheckText(value, nameof(Title));
    }

    /// <summary>Gets the date the measure was issued (ประกาศ ณ วันที่), or null when not known.</summary>
    public LocalDate? IssuedOn { get; init; }

    /// <summary>Gets the fiscal year the measure covers, or null when not stated.</summary>
    public ThaiFiscalYear? FiscalYear { get; init; }

    /// <summary>Gets the laws, regulations and orders the measure cites, in the order given.</summary>
    /// <exception cref="ArgumentNullException">The value set, or one of its elements, is null.</exception>
    public IReadOnlyList<string> LegalBases
    {
        get => _legalBases;
        init => _legalBases = ModelLists.Copy(value, nameof(LegalBases));
    }

    /// <summary>Gets the participation levels the measure offers: each once, ascending.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value set contains an undefined level.</exception>
    public IReadOnlyList<ParticipationLevel> Levels
    {
        get => _levels;
        init => _levels = ModelLists.CopySet(value, nameof(Levels), static l => (int)l, (int)ParticipationLevel.Inform, (int)ParticipationLevel.Empower);
    }

    /// <summary>Gets the groups invited to take part: each once, in declaration order of <see cref="StakeholderGroup"/>.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value set contains an undefined group.</exception>
    public IReadOnlyList<StakeholderGroup> StakeholderGroups
    {
        get => _stakeholderGroups;
        init => _stakeholderGroups = ModelLists.CopySet(value, nameof(StakeholderGroups), static g => (int)g, (int)StakeholderGroup.Public, (int)StakeholderGroup.NetworkPartners);
    }

    /// <summary>Gets the channels, inbound and outbound, in the order given. Only inbound ones are feedback channels.</summary>
    /// <exception cref="ArgumentNullException">The value set, or one of its elements, is null.</exception>
    public IReadOnlyList<FeedbackChannel> Channels
    {
        get => _channels;
        init => _channels = ModelLists.Copy(value, nameof(Channels));
    }

    /// <summary>Gets the steps, in the order given.</summary>
    /// <exception cref="ArgumentNullException">The value set, or one of its elements, is null.</exception>
    public IReadOnlyList<MeasureStep> Steps
    {
        get => _steps;
        init => _steps = ModelLists.Copy(value, nameof(Steps));
    }

    /// <summary>Gets when results are reported within each fiscal year, or null when not stated.</summary>
    public ReportingSchedule? ReportingSchedule { get; init; }

    /// <summary>Gets how often the measure is followed up per fiscal year, or null when not stated.</summary>
    public OversightRule? Oversight { get; init; }

    /// <summary>Gets the inbound channels: the ones through which people can reach the agency.</summary>
    public IEnumerable<FeedbackChannel> FeedbackChannels => _channels.Where(c => c.IsInbound);

    /// <summary>Gets a value indicating whether some step is a satisfaction assessment.</summary>
    public bool HasSatisfactionAssessment => _steps.Any(s => s.IsSatisfactionAssessment);

    /// <summary>Gets a value indicating whether the measure has no finding of severity warning or error (info findings do not count).</summary>
    public bool IsCompliant => !Validate().Any(f => f.IsBlocking);

    /// <summary>Equality of every property, collections element by element.</summary>
    /// <param name="left">The first measure, or null.</param>
    /// <param name="right">The second measure, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Measure? left, Measure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first measure, or null.</param>
    /// <param name="right">The second measure, or null.</param>
    /// <returns>True when the measures differ.</returns>
    public static bool operator !=(Measure? left, Measure? right) => !(left == right);

    /// <summary>Starts building a measure fluently.</summary>
    /// <param name="agency">The agency that issues the measure.</param>
    /// <param name="title">The measure's title.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agency"/> or <paramref name="title"/> is empty or white space.</exception>
    public static MeasureBuilder CreateBuilder(string agency, string title) => new(agency, title);

    /// <summary>Checks the measure against the GOV rules (see <see cref="MeasureValidator"/>).</summary>
    /// <returns>Every finding, most serious first, then by rule ID; empty when there is nothing to report.</returns>
    public IReadOnlyList<Finding> Validate() => _findings ??= MeasureValidator.Validate(this);

    /// <inheritdoc/>
    public bool Equals(Measure? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (string.Equals(_agency, other._agency, StringComparison.Ordinal)
                    && string.Equals(_title, other._title, StringComparison.Ordinal)
                    && IssuedOn == other.IssuedOn
                    && FiscalYear == other.FiscalYear
                    && ModelLists.SequenceEqual(_legalBases, other._legalBases)
                    && ModelLists.SequenceEqual(_levels, other._levels)
                    && ModelLists.SequenceEqual(_stakeholderGroups, other._stakeholderGroups)
                    && ModelLists.SequenceEqual(_channels, other._channels)
                    && ModelLists.SequenceEqual(_steps, other._steps)
                    && ReportingSchedule == other.ReportingSchedule
                    && Oversight == other.Oversight));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Measure);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_agency, StringComparer.Ordinal);
        hash.Add(_title, StringComparer.Ordinal);
        hash.Add(IssuedOn);
        hash.Add(FiscalYear);
        hash.Add(ModelLists.GetHashCode(_legalBases));
        hash.Add(ModelLists.GetHashCode(_levels));
        hash.Add(ModelLists.GetHashCode(_stakeholderGroups));
        hash.Add(ModelLists.GetHashCode(_channels));
        hash.Add(ModelLists.GetHashCode(_steps));
        hash.Add(ReportingSchedule);
        hash.Add(Oversight);
        return hash.ToHashCode();
    }

    /// <summary>Returns the agency and title, e.g. "สำนักงานเขตตัวอย่าง: มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม".</summary>
    /// <returns>The agency and title.</returns>
    public override string ToString() => _agency + ": " + _title;

    private static string CheckText(string value, string paramName)
    {
        Preconditions.CheckNotNull(value, paramName);
        Preconditions.CheckArgument(value.Trim().Length > 0, paramName, $"A measure's {paramName.ToLowerInvariant()} must not be empty.");
        return value;
    }
}
