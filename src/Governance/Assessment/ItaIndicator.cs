namespace Participation.Governance.Assessment;

/// <summary>
/// One ITA indicator (ตัวชี้วัด): its number, its names and the instrument whose evidence scores it,
/// e.g. indicator 7, ประสิทธิภาพการสื่อสาร, scored by the EIT.
/// </summary>
/// <remarks>Two indicators are equal when their number, names and instrument code are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ItaIndicator : IEquatable<ItaIndicator>
{
    /// <summary>Initializes a new indicator.</summary>
    /// <param name="number">The indicator number, 1 or more.</param>
    /// <param name="thaiName">The Thai name, e.g. การเปิดเผยข้อมูล.</param>
    /// <param name="englishName">The English name, e.g. Disclosure of information.</param>
    /// <param name="instrumentCode">The code of the instrument that scores it, e.g. <c>OIT</c>.</param>
    /// <exception cref="ArgumentNullException">A name or the instrument code is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public ItaIndicator(int number, string thaiName, string englishName, string instrumentCode)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, int.MaxValue);
        Number = number;
        ThaiName = Preconditions.CheckNotNull(thaiName);
        EnglishName = Preconditions.CheckNotNull(englishName);
        InstrumentCode = Preconditions.CheckNotNull(instrumentCode);
    }

    /// <summary>Gets the indicator number (1–10 in the 2563 scheme).</summary>
    public int Number { get; }

    /// <summary>Gets the Thai name.</summary>
    public string ThaiName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the code of the instrument that scores this indicator (<see cref="ItaInstrument.Code"/>).</summary>
    public string InstrumentCode { get; }

    /// <inheritdoc />
    public bool Equals(ItaIndicator? other)
        => other is not null
           && Number == other.Number
           && ThaiName == other.ThaiName
           && EnglishName == other.EnglishName
           && InstrumentCode == other.InstrumentCode;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ItaIndicator);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, ThaiName, EnglishName, InstrumentCode);

    /// <summary>Returns the number and Thai name, e.g. <c>7 ประสิทธิภาพการสื่อสาร</c>.</summary>
    /// <returns>The number and Thai name.</returns>
    public override string ToString() => $"{Number} {ThaiName}";
}
