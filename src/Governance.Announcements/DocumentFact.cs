namespace Participation.Governance.Announcements;

/// <summary>
/// One fact read from a document — a level, a channel, a step, the title … — with the line and the words it was read
/// from, so that a person can check a verdict against the text.
/// </summary>
/// <remarks>Instances are immutable. Two facts are equal when every property is equal (strings compared ordinally).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DocumentFact : IEquatable<DocumentFact>
{
    /// <summary>Creates a fact.</summary>
    /// <param name="kind">What the fact says.</param>
    /// <param name="value">The fact in machine form (see <see cref="FactKind"/> for each kind's form).</param>
    /// <param name="line">The one-based line of the text it was read from.</param>
    /// <param name="phrase">The words of that line it was read from.</param>
    /// <param name="note">How it was read, when that is not plain from the phrase (a direction taken from a heading, a typing slip read through); or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="phrase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="line"/> is less than 1.</exception>
    public DocumentFact(FactKind kind, string value, int line, string phrase, string? note = null)
    {
        if ((uint)kind > (uint)FactKind.LegalBasis)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(kind), kind, $"{(int)kind} is not a fact kind.");
        }

        Preconditions.CheckArgumentRange(nameof(line), line, 1, int.MaxValue);
        Kind = kind;
        Value = Preconditions.CheckNotNull(value);
        Line = line;
        Phrase = Preconditions.CheckNotNull(phrase);
        Note = note;
    }

    /// <summary>Gets what the fact says.</summary>
    public FactKind Kind { get; }

    /// <summary>Gets the fact in machine form, e.g. "website" for a channel or "2023-10-15" for a date.</summary>
    public string Value { get; }

    /// <summary>Gets the one-based line of the text the fact was read from.</summary>
    public int Line { get; }

    /// <summary>Gets the words of the line the fact was read from.</summary>
    public string Phrase { get; }

    /// <summary>Gets how the fact was read when that is not plain from <see cref="Phrase"/>, or null.</summary>
    public string? Note { get; }

    /// <summary>Equality of every property.</summary>
    /// <param name="left">The first fact, or null.</param>
    /// <param name="right">The second fact, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(DocumentFact? left, DocumentFact? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first fact, or null.</param>
    /// <param name="right">The second fact, or null.</param>
    /// <returns>True when the facts differ.</returns>
    public static bool operator !=(DocumentFact? left, DocumentFact? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(DocumentFact? other)
        => other is not null
            && Kind == other.Kind
            && Line == other.Line
            && string.Equals(Value, other.Value, StringComparison.Ordinal)
            && string.Equals(Phrase, other.Phrase, StringComparison.Ordinal)
            && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentFact);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Line, StringComparer.Ordinal.GetHashCode(Value), StringComparer.Ordinal.GetHashCode(Phrase));

    /// <summary>Returns e.g. <c>line 22: FeedbackChannel website ← "เว็บไซต์"</c>.</summary>
    /// <returns>The fact on one line.</returns>
    public override string ToString() => $"line {Line}: {Kind} {Value} ← \"{Phrase}\"" + (Note is null ? string.Empty : " (" + Note + ")");
}
