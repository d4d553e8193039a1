using System.Diagnostics.CodeAnalysis;
using NodaTime.Text;

namespace Participation.Governance.Text;

/// <summary>
/// The outcome of parsing text: either a value, or a message saying what was expected and where reading stopped.
/// Parsing in this library never throws on bad text; it returns one of these.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <remarks>
/// <para>
/// Like NodaTime's <see cref="ParseResult{T}"/>, but a value type, so that a successful parse of a span allocates
/// nothing, and a failure carries the <see cref="Position"/> where reading stopped. Named apart from NodaTime's type so
/// that code importing both namespaces needs no aliases; <see cref="ToNodaTime(string)"/> converts. A failure's
/// <see cref="TextParseException"/> is built only when asked for (<see cref="Exception"/>, <see cref="Value"/> or
/// <see cref="GetValueOrThrow"/>).
/// </para>
/// <para>The default value of this struct is a failure with the message "No value was parsed." and no position.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct ParseOutcome<T>
{
    private readonly T _value;
    private readonly string? _message;
    private readonly int _position;
    private readonly bool _success;

    private ParseOutcome(T value, string? message, int position, bool success)
    {
        _value = value;
        _message = message;
        _position = position;
        _success = success;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Success => _success;

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="TextParseException">Parsing failed; the exception carries <see cref="Message"/> and <see cref="Position"/>.</exception>
    public T Value => _success ? _value : throw Exception;

    /// <summary>Gets the failure message (what was expected, and where), or null when parsing succeeded.</summary>
    public string? Message => _success ? null : FailureMessage;

    /// <summary>
    /// Gets where reading stopped on failure: the zero-based index (in UTF-16 code units) of the first character that
    /// could not be read, which is the input's length when more was expected at its end; -1 on success, and on a failure
    /// that no single place is to blame for.
    /// </summary>
    public int Position => _success || _message is null ? -1 : _position;

    /// <summary>Gets the exception describing the failure.</summary>
    /// <exception cref="InvalidOperationException">Parsing succeeded, so there is no exception.</exception>
    public TextParseException Exception => _success
        ? throw new InvalidOperationException("Parsing succeeded: there is no exception to report.")
        : new TextParseException(FailureMessage, Position);

    private string FailureMessage => _message ?? "No value was parsed.";

    /// <summary>Creates a successful outcome.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>A successful outcome holding <paramref name="value"/>.</returns>
    public static ParseOutcome<T> ForValue(T value) => new(value, null, -1, true);

    /// <summary>Creates a failed outcome.</summary>
    /// <param name="message">What was expected and what was found, in words a user can act on.</param>
    /// <param name="position">The zero-based index where reading stopped, or -1 when no single place is to blame.</param>
    /// <returns>A failed outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is less than -1.</exception>
    public static ParseOutcome<T> ForFailure(string message, int position)
    {
        Preconditions.CheckNotNull(message);
        Preconditions.CheckArgumentRange(nameof(position), position, -1, int.MaxValue);
        return new(default!, message, position, false);
    }

    /// <summary>Returns the value, or throws <see cref="TextParseException"/> describing the failure.</summary>
    /// <returns>The parsed value.</returns>
    /// <exception cref="TextParseException">Parsing failed.</exception>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value when parsing succeeded.</summary>
    /// <param name="failureValue">The value to hand back on failure.</param>
    /// <param name="result">The parsed value, or <paramref name="failureValue"/>.</param>
    /// <returns>True when parsing succeeded.</returns>
    public bool TryGetValue(T failureValue, out T result)
    {
        result = _success ? _value : failureValue;
        return _success;
    }

    /// <summary>Converts a successful outcome's value; a failure is passed on unchanged.</summary>
    /// <typeparam name="TTarget">The type of the converted value.</typeparam>
    /// <param name="projection">The conversion.</param>
    /// <returns>The converted outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> is null.</exception>
    public ParseOutcome<TTarget> Convert<TTarget>(Func<T, TTarget> projection)
    {
        Preconditions.CheckNotNull(projection);
        return _success
            ? ParseOutcome<TTarget>.ForValue(projection(_value))
            : ParseOutcome<TTarget>.ForFailure(FailureMessage, Position);
    }

    /// <summary>Passes a failure on as a failure of another type.</summary>
    /// <typeparam name="TTarget">The type of the new outcome.</typeparam>
    /// <returns>A failure with the same message and position.</returns>
    /// <exception cref="InvalidOperationException">This outcome is a success.</exception>
    public ParseOutcome<TTarget> ConvertError<TTarget>() => _success
        ? throw new InvalidOperationException("A successful outcome cannot be converted to a failure.")
        : ParseOutcome<TTarget>.ForFailure(FailureMessage, Position);

    /// <summary>Converts to NodaTime's <see cref="ParseResult{T}"/>, for code written against NodaTime's patterns.</summary>
    /// <param name="text">The text that was parsed: NodaTime's <see cref="UnparsableValueException"/> carries it.</param>
    /// <returns>A NodaTime result with the same value, or the same failure (message, and position as its index).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<T> ToNodaTime(string text)
    {
        Preconditions.CheckNotNull(text);
        if (_success)
        {
            return ParseResult<T>.ForValue(_value);
        }

        var message = FailureMessage;
        var index = Position;
        return ParseResult<T>.ForException(() => new UnparsableValueException(message, text, index));
    }

    /// <inheritdoc />
    public override string ToString() => _success ? $"Success: {_value}" : Position >= 0 ? $"Failure at {Position}: {Message}" : $"Failure: {Message}";
}
