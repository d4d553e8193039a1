using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace Participation.Governance.Calendar;

/// <summary>
/// The outcome of <see cref="EraYearConverter.Convert(int, YearEra, YearEra, BuddhistEraRule)"/>: the converted year,
/// or why there is none — the year is outside its era's range, the month never existed, or (without a month) the
/// answer depends on the month, in which case <see cref="Candidates"/> lists each answer with its months.
/// </summary>
/// <remarks>The default value is a failure with the message "No year was converted.".</remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct YearConversion
{
    private static readonly ReadOnlyCollection<YearCandidate> NoCandidates = new([]);

    private readonly int _year;
    private readonly string? _message;
    private readonly ReadOnlyCollection<YearCandidate>? _candidates;

    private YearConversion(int year, string? message, ReadOnlyCollection<YearCandidate>? candidates)
    {
        _year = year;
        _message = message;
        _candidates = candidates;
        Success = message is null;
    }

    /// <summary>Gets a value indicating whether the year converted to exactly one year.</summary>
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Success { get; }

    /// <summary>Gets the converted year.</summary>
    /// <exception cref="InvalidOperationException">The conversion failed; the exception carries <see cref="Message"/>.</exception>
    public int Year => Success ? _year : throw new InvalidOperationException(Message);

    /// <summary>Gets why the year did not convert (a sentence in English), or null on success.</summary>
    public string? Message => Success ? null : _message ?? "No year was converted.";

    /// <summary>
    /// Gets, when the answer depends on the month and none was given, each answer with the months that give it,
    /// in month order; otherwise empty.
    /// </summary>
    public IReadOnlyList<YearCandidate> Candidates => _candidates ?? NoCandidates;

    /// <summary>Returns the year, or the message of a failure.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success ? _year.ToString(System.Globalization.CultureInfo.InvariantCulture) : Message;

    internal static YearConversion Converted(int year) => new(year, null, null);

    internal static YearConversion Failed(string message) => new(0, message, null);

    internal static YearConversion Ambiguous(string message, IList<YearCandidate> candidates) => new(0, message, new ReadOnlyCollection<YearCandidate>(candidates));
}
