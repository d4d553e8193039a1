using System.Diagnostics.CodeAnalysis;

namespace Participation.Governance.Text;

/// <summary>
/// The outcome of parsing text: either a value, or a message saying what was expected and where
/// reading stopped. Parsing in this library never throws on bad text; it returns one of these.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <remarks>
/// Modelled on NodaTime's <c>ParseResult&lt;T&gt;</c>, but a value type so that a successful parse of a
/// span allocates nothing. The exception for a failure is built only when asked for
/// (<see cref="Exception"/>, <see cref="Value"/> or <see cref="GetValueOrThrow"/>).
/// The default value of this struct is a failure with the message "No value was parsed.".
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly string? _message;
    private readonly int _position;
    private readonly bool _success;

    private ParseResult(T value, string? message, int position, bool success)
    {
        _value = value;
        _message = message;
        _position = position;
        _success = success;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Success => _success;

    /// <summary>
    /// Gets the parsed value.
    /// </summary>
    /// <exception cref="UnparsableValueException">Parsing failed; the exception carries <see cref="Message"/>.</exception>
    public T Value => _success ? _value : throw Exception;

    /// <summary>
    /// Gets the failure message (what was expected, and where), or null when parsing succeeded.
    /// </summary>
    public string? Message => _success ? null : FailureMessage;

    /// <summary>
    /// Gets the zero-based position in the input (in UTF-16 code units) where parsing stopped on failure,
    /// or the position at which the value was found on success; -1 when no position applies.
    /// </summary>
    public int Position => _success || _message is not null ? _position : -1;

    /// <summary>
    /// Gets the exception describing the failure.
    /// </summary>
    /// <exception cref="InvalidOperationException">Parsing succeeded, so there is no exception.</exception>
    public UnparsableValueException Exception => _success
        ? throw new InvalidOperationException("Parsing succeeded: there is no exception to report.")
        : new UnparsableValueException(FailureMessage, Position);

    private string FailureMessage => _message ?? "No value was parsed.";

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <param name="position">Where in the input the value was found (0 when the whole input was the value).</param>
    /// <returns>A successful result holding <paramref name="value"/>.</returns>
    public static ParseResult<T> ForValue(T value, int position = 0) => new(value, null, position, true);

    /// <summary>Creates a failed result.</summary>
    /// <param name="message">What was expected and what was found, in words a user can act on.</param>
    /// <param name="position">The zero-based position where reading stopped, or -1 when none applies.</param>
    /// <returns>A failed result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static ParseResult<T> ForFailure(string message, int position)
        => new(default!, Preconditions.CheckNotNull(message), position, false);

    /// <summary>Returns the value, or throws <see cref="UnparsableValueException"/> describing the failure.</summary>
    /// <returns>The parsed value.</returns>
    /// <exception cref="UnparsableValueException">Parsing failed.</exception>
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

    /// <summary>Converts a successful result's value; a failure is passed on unchanged.</summary>
    /// <typeparam name="TTarget">The type of the converted value.</typeparam>
    /// <param name="projection">The conversion.</param>
    /// <returns>The converted result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> is null.</exception>
    public ParseResult<TTarget> Convert<TTarget>(Func<T, TTarget> projection)
    {
        Preconditions.CheckNotNull(projection);
        return _success
            ? ParseResult<TTarget>.ForValue(projection(_value), _position)
            : ParseResult<TTarget>.ForFailure(FailureMessage, Position);
    }

    /// <summary>Passes a failure on as a failure of another type.</summary>
    /// <typeparam name="TTarget">The type of the new result.</typeparam>
    /// <returns>A failure with the same message and position.</returns>
    /// <exception cref="InvalidOperationException">This result is a success.</exception>
    public ParseResult<TTarget> ConvertError<TTarget>() => _success
        ? throw new InvalidOperationException("A successful result cannot be converted to a failure.")
        : ParseResult<TTarget>.ForFailure(FailureMessage, Position);

    /// <inheritdoc />
    public override string ToString() => _success ? $"Success: {_value}" : $"Failure at {Position}: {Message}";
}
