namespace Participation.Governance.Analyzers;

/// <summary>What the analyzer can tell about one thing a measure must have.</summary>
internal enum Presence : byte
{
    /// <summary>Certainly missing (or, for an effect, adds nothing).</summary>
    Absent,

    /// <summary>Certainly there.</summary>
    Present,

    /// <summary>Depends on something the analyzer cannot see: the rules stay silent.</summary>
    Unknown,
}

/// <summary>
/// The things GOV001, GOV002 and GOV005 look for, as known at one point of a measure's construction; also used for the
/// effect of one builder call or one collection element (<see cref="Presence.Absent"/> = adds nothing).
/// </summary>
/// <remarks>
/// The runtime rule (<c>MeasureValidator.Validate</c>) decides GOV001 and GOV005 from two facts, so the analysis keeps
/// exactly those two: whether there is any route in (GOV001 when certainly none), and whether an inbound channel is
/// named (GOV005 when there is a route but certainly no named channel). Keeping "route in" as one fact, rather than
/// channels and steps apart, lets two paths that reach people differently (a channel on one, a committee on the other)
/// still agree that the measure has a route.
/// </remarks>
internal readonly struct MeasureContents
{
    public static readonly MeasureContents Empty = new(Presence.Absent, Presence.Absent, Presence.Absent);

    public static readonly MeasureContents Unknown = new(Presence.Unknown, Presence.Unknown, Presence.Unknown);

    /// <summary>The effect of a channel the analyzer cannot see: it may be a route in and may be named; it is no step.</summary>
    public static readonly MeasureContents UnknownChannel = new(Presence.Unknown, Presence.Unknown, Presence.Absent);

    /// <summary>The effect of a step the analyzer cannot see: it may be a route in or the assessment; it names no channel.</summary>
    public static readonly MeasureContents UnknownStep = new(Presence.Unknown, Presence.Absent, Presence.Unknown);

    public MeasureContents(Presence routeIn, Presence namedChannel, Presence satisfactionAssessment)
    {
        RouteIn = routeIn;
        NamedChannel = namedChannel;
        SatisfactionAssessment = satisfactionAssessment;
    }

    /// <summary>
    /// Whether the measure has a route for people's views (GOV001): an inbound channel of any kind, or a step that hears
    /// people (<c>StepKind.CollectFeedback</c>) or seats their representatives (<c>StepKind.AppointRepresentatives</c>).
    /// </summary>
    public Presence RouteIn { get; }

    /// <summary>Whether the measure has an inbound channel whose kind is not <c>ChannelKind.Unspecified</c> (GOV005).</summary>
    public Presence NamedChannel { get; }

    /// <summary>Whether the measure has a satisfaction-assessment step (GOV002).</summary>
    public Presence SatisfactionAssessment { get; }

    /// <summary>These contents followed by the additions of <paramref name="effect"/>.</summary>
    public MeasureContents Then(MeasureContents effect) => new(
        Combine(RouteIn, effect.RouteIn),
        Combine(NamedChannel, effect.NamedChannel),
        Combine(SatisfactionAssessment, effect.SatisfactionAssessment));

    /// <summary>Whether both hold the same knowledge of every fact.</summary>
    public bool SameAs(MeasureContents other) =>
        RouteIn == other.RouteIn && NamedChannel == other.NamedChannel && SatisfactionAssessment == other.SatisfactionAssessment;

    /// <summary>Either of two paths: what both agree on is certain, the rest unknown.</summary>
    public static MeasureContents Join(MeasureContents first, MeasureContents second) => new(
        first.RouteIn == second.RouteIn ? first.RouteIn : Presence.Unknown,
        first.NamedChannel == second.NamedChannel ? first.NamedChannel : Presence.Unknown,
        first.SatisfactionAssessment == second.SatisfactionAssessment ? first.SatisfactionAssessment : Presence.Unknown);

    /// <summary>One of two additions: certain presence wins, then uncertainty.</summary>
    public static Presence Combine(Presence first, Presence second) =>
        first == Presence.Present || second == Presence.Present ? Presence.Present
        : first == Presence.Unknown || second == Presence.Unknown ? Presence.Unknown
        : Presence.Absent;

    /// <summary>Two conditions of one thing (an inbound channel that is named): certain absence of either wins, then uncertainty.</summary>
    public static Presence Both(Presence first, Presence second) =>
        first == Presence.Absent || second == Presence.Absent ? Presence.Absent
        : first == Presence.Unknown || second == Presence.Unknown ? Presence.Unknown
        : Presence.Present;
}
