using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.ThaiFormatting.Humanizer;

/// <summary>
/// Humanizer's number-to-words converter for Thai, built on <see cref="ThaiNumberWords"/>, so that
/// <c>42.ToWords()</c> and <c>42.ToOrdinalWords()</c> give correct Thai. Humanizer 2.14.1 has no Thai converter
/// at all and falls back to English ("forty-two"); later Humanizer versions add one that writes 21 as ยี่สิบหนึ่ง.
/// Register this one with <see cref="ThaiHumanizer.Register()"/>.
/// </summary>
/// <remarks>
/// Thai words have no grammatical gender, no "and" and no separate word forms, so every overload gives the same
/// words as <see cref="Convert(long)"/>. Ordinals are ที่ followed by the cardinal (3 = ที่สาม), the Thai convention.
/// The tuple form (Humanizer's "single", "double", …) has no Thai equivalent and gives the cardinal words.
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class ThaiNumberToWordsConverter : global::Humanizer.Localisation.NumberToWords.INumberToWordsConverter
{
    private const string OrdinalPrefix = "ที่";

    /// <summary>Initializes a converter that writes the <see cref="ThaiNumberStyle.Common"/> style.</summary>
    public ThaiNumberToWordsConverter()
        : this(ThaiNumberStyle.Common)
    {
    }

    /// <summary>Initializes a converter that writes the given style.</summary>
    /// <param name="style">The เอ็ด convention.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public ThaiNumberToWordsConverter(ThaiNumberStyle style)
    {
        ThaiNumberWords.CheckStyle(style);
        Style = style;
    }

    /// <summary>Gets the เอ็ด convention this converter writes.</summary>
    public ThaiNumberStyle Style { get; }

    /// <summary>Spells a number out in Thai words.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The words, as <see cref="ThaiNumberWords.ToWords(long, ThaiNumberStyle)"/> writes them.</returns>
    public string Convert(long number) => ThaiNumberWords.ToWords(number, Style);

    /// <summary>Spells a number out in Thai words; Thai has no separate word forms.</summary>
    /// <param name="number">The number.</param>
    /// <param name="wordForm">Ignored.</param>
    /// <returns>The same words as <see cref="Convert(long)"/>.</returns>
    public string Convert(long number, global::Humanizer.WordForm wordForm) => Convert(number);

    /// <summary>Spells a number out in Thai words; Thai numbers take no "and".</summary>
    /// <param name="number">The number.</param>
    /// <param name="addAnd">Ignored.</param>
    /// <returns>The same words as <see cref="Convert(long)"/>.</returns>
    public string Convert(long number, bool addAnd) => Convert(number);

    /// <summary>Spells a number out in Thai words.</summary>
    /// <param name="number">The number.</param>
    /// <param name="addAnd">Ignored.</param>
    /// <param name="wordForm">Ignored.</param>
    /// <returns>The same words as <see cref="Convert(long)"/>.</returns>
    public string Convert(long number, bool addAnd, global::Humanizer.WordForm wordForm) => Convert(number);

    /// <summary>Spells a number out in Thai words; Thai numbers have no gender.</summary>
    /// <param name="number">The number.</param>
    /// <param name="gender">Ignored.</param>
    /// <param name="addAnd">Ignored.</param>
    /// <returns>The same words as <see cref="Convert(long)"/>.</returns>
    public string Convert(long number, global::Humanizer.GrammaticalGender gender, bool addAnd = true) => Convert(number);

    /// <summary>Spells a number out in Thai words.</summary>
    /// <param name="number">The number.</param>
    /// <param name="wordForm">Ignored.</param>
    /// <param name="gender">Ignored.</param>
    /// <param name="addAnd">Ignored.</param>
    /// <returns>The same words as <see cref="Convert(long)"/>.</returns>
    public string Convert(long number, global::Humanizer.WordForm wordForm, global::Humanizer.GrammaticalGender gender, bool addAnd = true) => Convert(number);

    /// <summary>Spells an ordinal out in Thai words: ที่ and the cardinal (1 = ที่หนึ่ง, 21 = ที่ยี่สิบเอ็ด).</summary>
    /// <param name="number">The position.</param>
    /// <returns>The ordinal words.</returns>
    public string ConvertToOrdinal(int number) => OrdinalPrefix + Convert(number);

    /// <summary>Spells an ordinal out in Thai words; Thai has no separate word forms.</summary>
    /// <param name="number">The position.</param>
    /// <param name="wordForm">Ignored.</param>
    /// <returns>The same words as <see cref="ConvertToOrdinal(int)"/>.</returns>
    public string ConvertToOrdinal(int number, global::Humanizer.WordForm wordForm) => ConvertToOrdinal(number);

    /// <summary>Spells an ordinal out in Thai words; Thai ordinals have no gender.</summary>
    /// <param name="number">The position.</param>
    /// <param name="gender">Ignored.</param>
    /// <returns>The same words as <see cref="ConvertToOrdinal(int)"/>.</returns>
    public string ConvertToOrdinal(int number, global::Humanizer.GrammaticalGender gender) => ConvertToOrdinal(number);

    /// <summary>Spells an ordinal out in Thai words.</summary>
    /// <param name="number">The position.</param>
    /// <param name="gender">Ignored.</param>
    /// <param name="wordForm">Ignored.</param>
    /// <returns>The same words as <see cref="ConvertToOrdinal(int)"/>.</returns>
    public string ConvertToOrdinal(int number, global::Humanizer.GrammaticalGender gender, global::Humanizer.WordForm wordForm) => ConvertToOrdinal(number);

    /// <summary>Humanizer's tuple words ("single", "double", …) have no Thai equivalent; gives the cardinal words.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The same words as <see cref="Convert(long)"/>.</returns>
    public string ConvertToTuple(int number) => Convert(number);
}
