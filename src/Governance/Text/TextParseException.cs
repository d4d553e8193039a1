namespace Participation.Governance.Text;

/// <summary>Thrown when the value of a failed <see cref="ParseOutcome{T}"/> is requested.</summary>
/// <remarks>
/// Unlike NodaTime's <c>UnparsableValueException</c>, which holds the whole input, this exception holds only where
/// reading stopped: outcomes of span parsing do not keep their input. <see cref="ParseOutcome{T}.ToNodaTime(string)"/>
/// gives NodaTime's exception when the input is at hand.
/// </remarks>
public sealed class TextParseException : FormatException
{
    /// <summary>Initializes a new instance with a message and a position.</summary>
    /// <param name="message">What was expected, and where.</param>
    /// <param name="position">The zero-based position where reading stopped, or -1.</param>
    public TextParseException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    /// <summary>Gets the zero-based position in the input where reading stopped, or -1 when no single place is to blame.</summary>
    public int Position { get; }
}
