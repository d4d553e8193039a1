namespace Participation.Governance.Measures;

/// <summary>One commitment of a measure: what kind of step it is, what the agency promises, when and by whom.</summary>
/// <remarks>
/// Instances are immutable. <see cref="Phases"/> is kept as a set (each phase once, in the order of the work);
/// <see cref="ResponsibleUnits"/> keeps the order given. Two steps are equal when kind, description (ordinal),
/// phases and responsible units are equal element by element.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class MeasureStep : IEquatable<MeasureStep>
{
    private readonly IReadOnlyList<ParticipationPhase> _phases = Array.Empty<ParticipationPhase>();
    private readonly IReadOnlyList<string> _responsibleUnits = Array.Empty<string>();

    /// <summary>Creates a step.</summary>
    /// <param name="kind">The kind of step.</param>
    /// <param name="description">What the agency commits to, as the announcement words it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined step kind.</exception>
    public MeasureStep(StepKind kind, string description)
    {
        if (kind < StepKind.Review || kind > StepKind.Other)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(kind), kind, $"{(int)kind} is not a step kind.");
        }

        Preconditions.CheckNotNull(description);
        Preconditions.CheckArgument(description.Trim().Length > 0, nameof(description), "A step needs a description saying what the agency commits to.");
        Kind = kind;
        Description = description;
    }

    /// <summary>Gets the kind of step.</summary>
    public StepKind Kind { get; }

    /// <summary>Gets what the agency commits to.</summary>
    public string Description { get; }

    /// <summary>Gets the phases of the work the step belongs to: each once, in the order of the work; empty when not stated.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value set contains an undefined phase.</exception>
    public IReadOnlyList<ParticipationPhase> Phases
    {
        get => _phases;
        init => _phases = ModelLists.CopySet(value, nameof(Phases), static p => (int)p, (int)ParticipationPhase.BeforePlanning, (int)ParticipationPhase.AfterOperation);
    }

    /// <summary>Gets the units responsible for the step, in the order given; empty when not stated.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set contains a null element.</exception>
    public IReadOnlyList<string> ResponsibleUnits
    {
        get => _responsibleUnits;
        init => _responsibleUnits = ModelLists.Copy(value, nameof(ResponsibleUnits));
    }

    /// <summary>Gets a value indicating whether this is a satisfaction-assessment step (what rule GOV002 looks for).</summary>
    public bool IsSatisfactionAssessment => Kind == StepKind.SatisfactionAssessment;

    /// <summary>Equality of every property.</summary>
    /// <param name="left">The first step, or null.</param>
    /// <param name="right">The second step, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(MeasureStep? left, MeasureStep? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first step, or null.</param>
    /// <param name="right">The second step, or null.</param>
    /// <returns>True when the steps differ.</returns>
    public static bool operator !=(MeasureStep? left, MeasureStep? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(MeasureStep? other)
        => other is not null
            && Kind == other.Kind
            && string.Equals(Description, other.Description, StringComparison.Ordinal)
            && ModelLists.SequenceEqual(_phases, other._phases)
            && ModelLists.SequenceEqual(_responsibleUnits, other._responsibleUnits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeasureStep);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Description), ModelLists.GetHashCode(_phases), ModelLists.GetHashCode(_responsibleUnits));

    /// <summary>Returns e.g. "SatisfactionAssessment: ประเมินความพึงพอใจของผู้รับบริการ".</summary>
    /// <returns>The kind and description.</returns>
    public override string ToString() => $"{Kind}: {Description}";
}
