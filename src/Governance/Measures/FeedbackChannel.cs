namespace Participation.Governance.Measures;

/// <summary>
/// A channel between an agency and people: its medium, its direction and, optionally, its address
/// (a URL, a telephone number, a room).
/// </summary>
/// <remarks>
/// Only <see cref="ChannelDirection.Inbound"/> channels are feedback channels (rule GOV001): a website that
/// only publishes news does not let the agency hear anyone. Instances are immutable; two channels are equal
/// when kind, direction and detail (ordinal) are equal.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FeedbackChannel : IEquatable<FeedbackChannel>
{
    /// <summary>Creates a channel.</summary>
    /// <param name="kind">The medium.</param>
    /// <param name="direction">Which way it carries information; inbound (a feedback channel) unless stated.</param>
    /// <param name="detail">An address or other detail, e.g. "https://example.go.th/contact" or "โทร ๐ ๒๑๒๓ ๔๕๖๗"; null when none is given.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="direction"/> is not a defined value.</exception>
    public FeedbackChannel(ChannelKind kind, ChannelDirection direction = ChannelDirection.Inbound, string? detail = null)
    {
        if (kind < ChannelKind.Unspecified || kind > ChannelKind.Other)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(kind), kind, $"{(int)kind} is not a channel kind.");
        }

        if (direction is not ChannelDirection.Inbound and not ChannelDirection.Outbound)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(direction), direction, $"{(int)direction} is not a channel direction: expected Inbound or Outbound.");
        }

        Kind = kind;
        Direction = direction;
        Detail = detail;
    }

    /// <summary>Gets the medium.</summary>
    public ChannelKind Kind { get; }

    /// <summary>Gets which way the channel carries information.</summary>
    public ChannelDirection Direction { get; }

    /// <summary>Gets the address or other detail, or null when none was given.</summary>
    public string? Detail { get; }

    /// <summary>Gets a value indicating whether people can reach the agency through this channel (it is a feedback channel).</summary>
    public bool IsInbound => Direction == ChannelDirection.Inbound;

    /// <summary>Equality of kind, direction and detail.</summary>
    /// <param name="left">The first channel, or null.</param>
    /// <param name="right">The second channel, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(FeedbackChannel? left, FeedbackChannel? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first channel, or null.</param>
    /// <param name="right">The second channel, or null.</param>
    /// <returns>True when the channels differ.</returns>
    public static bool operator !=(FeedbackChannel? left, FeedbackChannel? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(FeedbackChannel? other)
        => other is not null && Kind == other.Kind && Direction == other.Direction && string.Equals(Detail, other.Detail, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeedbackChannel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Direction, Detail is null ? 0 : StringComparer.Ordinal.GetHashCode(Detail));

    /// <summary>Returns e.g. "Website (inbound): https://example.go.th/contact".</summary>
    /// <returns>The kind, direction and detail.</returns>
    public override string ToString()
        => $"{Kind} ({(IsInbound ? "inbound" : "outbound")})" + (Detail is null ? string.Empty : ": " + Detail);
}
