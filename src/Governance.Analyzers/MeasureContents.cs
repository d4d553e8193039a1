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
/// The two things GOV001 and GOV002 look for, as known at one point of a measure's construction; also used for the
/// effect of one builder call (<see cref="Presence.Absent"/> = adds nothing).
/// </summary>
internal readonly struct MeasureContents
{
    public static readonly MeasureContents Empty = new(Presence.Absent, Presence.Absent);

    public static readonly MeasureContents Unknown = new(Presence.Unknown, Presence.Unknown);

    public MeasureContents(Presence inboundChannel, Presence satisfactionAssessment)
    {
        InboundChannel = inboundChannel;
        SatisfactionAssessment = satisfactionAssessment;
    }

    /// <summary>Whether the measure has an inbound feedback channel (GOV001).</summary>
    public Presence InboundChannel { get; }

    /// <summary>Whether the measure has a satisfaction-assessment step (GOV002).</summary>
    public Presence SatisfactionAssessment { get; }

    /// <summary>Whether adding anything has been seen (an effect that is not a no-op).</summary>
    public bool AddsAnything => InboundChannel != Presence.Absent || SatisfactionAssessment != Presence.Absent;

    /// <summary>These contents followed by the additions of <paramref name="effect"/>.</summary>
    public MeasureContents Then(MeasureContents effect) =>
        new(Combine(InboundChannel, effect.InboundChannel), Combine(SatisfactionAssessment, effect.SatisfactionAssessment));

    /// <summary>One of two additions: certain presence wins, then uncertainty.</summary>
    public static Presence Combine(Presence first, Presence second) =>
        first == Presence.Present || second == Presence.Present ? Presence.Present
        : first == Presence.Unknown || second == Presence.Unknown ? Presence.Unknown
        : Presence.Absent;
}
