namespace Participation.Governance.Text;

/// <summary>
/// Thrown when the value of a failed <see cref="ParseResult{T}"/> is requested.
/// </summary>
public sealed class UnparsableValueException : FormatException
{
    /// <summary>Initializes a new instance with a message and a position.</summary>
    /// <param name="message">What was expected, and where.</param>
    /// <param name="position">The zero-based position where reading stopped, or -1.</param>
    public UnparsableValueException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    /// <summary>Gets the zero-based position in the input where reading stopped, or -1 when none applies.</summary>
    public int Position { get; }
}
