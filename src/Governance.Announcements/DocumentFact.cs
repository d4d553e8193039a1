namespace Participation.Governance.Announcements;

/// <summary>
/// One fact read from a document — a level, a channel, a step, the title … — with the line and the words it was read
/// from, so that a person can check a verdict against the text.
/// </summary>
/// <remarks>Instances are immutable. Two facts are equal when every property is equal (strings compared ordinally).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DocumentFact : IEquatable<DocumentFact>
{
    private const FactReading AllReadings = (FactReading)255;

    /// <summary>Creates a fact.</summary>
    /// <param name="kind">What the fact says.</param>
    /// <param name="value">The fact in machine form (see <see cref="FactKind"/> for each kind's form).</param>
    /// <param name="line">The one-based line of the text it was read from.</param>
    /// <param name="phrase">The words of that line it was read from.</param>
    /// <param name="reading">How it was read, when that is not plain from the phrase.</param>
    /// <param name="readAs">For a phrase read through a typing slip, the phrase it was read as; otherwise null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="phrase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="line"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="readAs"/> is given without <see cref="FactReading.TypingSlip"/>, or the other way round.</exception>
    public DocumentFact(FactKind kind, string value, int line, string phrase, FactReading reading = FactReading.Plain, string? readAs = null)
    {
        if ((uint)kind > (uint)FactKind.LegalBasis || (uint)reading > (uint)AllReadings)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(kind), kind, $"{(int)kind} is not a fact kind.");
        }

        Preconditions.CheckArgumentRange(nameof(line), line, 1, int.MaxValue);
        Kind = kind;
        Value = Preconditions.CheckNotNull(value);
        Line = line;
        Phrase = Preconditions.CheckNotNull(phrase);
        Preconditions.CheckArgument((readAs is not null) == ((reading & FactReading.TypingSlip) != 0), nameof(readAs), "A phrase read through a typing slip names what it was read as, and only such a phrase does.");
        Reading = reading;
        ReadAs = readAs;
    }

    /// <summary>Gets what the fact says.</summary>
    public FactKind Kind { get; }

    /// <summary>Gets the fact in machine form, e.g. "website" for a channel or "2023-10-15" for a date; empty for a fact whose words are <see cref="FactReading.Unreadable"/>.</summary>
    public string Value { get; }

    /// <summary>Gets the one-based line of the text the fact was read from.</summary>
    public int Line { get; }

    /// <summary>Gets the words of the line the fact was read from.</summary>
    public string Phrase { get; }

    /// <summary>Gets how the fact was read, when that is not plain from <see cref="Phrase"/>.</summary>
    public FactReading Reading { get; }

    /// <summary>Gets, for a phrase read through a typing slip, the phrase it was read as; otherwise null.</summary>
    public string? ReadAs { get; }

    /// <summary>Gets how the fact was read, in English words (e.g. "read as "เว็บไซต์", a typing slip"); null when it was read as written.</summary>
    public string? Note => Describe(Reading, ReadAs);

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
            && Reading == other.Reading
            && string.Equals(ReadAs, other.ReadAs, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentFact);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Line, StringComparer.Ordinal.GetHashCode(Value), StringComparer.Ordinal.GetHashCode(Phrase));

    /// <summary>Returns e.g. <c>line 22: FeedbackChannel website ← "เว็บไซต์"</c>.</summary>
    /// <returns>The fact on one line.</returns>
    public override string ToString() => $"line {Line}: {Kind} {Value} ← \"{Phrase}\"" + (Note is null ? string.Empty : " (" + Note + ")");

    private static string? Describe(FactReading reading, string? readAs)
    {
        var parts = new List<string>();
        if ((reading & FactReading.TypingSlip) != 0)
        {
            parts.Add("read as \"" + readAs + "\", a typing slip");
        }

        if ((reading & FactReading.DirectionFromHeading) != 0)
        {
            parts.Add("direction from the heading of channels it is listed under");
        }

        if ((reading & FactReading.DirectionFromClauseAbove) != 0)
        {
            parts.Add("direction from the clause above");
        }

        if ((reading & FactReading.DirectionFromMedium) != 0)
        {
            parts.Add("direction from the medium itself");
        }

        if ((reading & FactReading.ChannelsNotNamed) != 0)
        {
            parts.Add("channels promised without being named");
        }

        if ((reading & FactReading.PromiseToHear) != 0)
        {
            parts.Add("a promise to hear people, its channels not named");
        }

        if ((reading & FactReading.Unreadable) != 0)
        {
            parts.Add("unreadable: its digits do not form a value");
        }

        if ((reading & FactReading.FromOcr) != 0)
        {
            parts.Add("read by OCR from a page image");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
