// Compiled twice: into the Humanizer 2 binding, where Humanizer declares the converter interface in
// Humanizer.Localisation.NumberToWords, and into the Humanizer 3 binding (HUMANIZER3), where it is in Humanizer.
// The two interfaces have the same members; only their namespace differs, and that is enough for the runtime to
// refuse a class built against one when the other is loaded.
#if HUMANIZER3
using Humanizer;
#else
using Humanizer;
using Humanizer.Localisation.NumberToWords;
#endif
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Humanizer.Bindings;

/// <summary>
/// Humanizer's number-to-words converter for Thai, built on <see cref="ThaiNumberWords"/>: every word method
/// Humanizer asks a converter for gives this library's Thai words.
/// </summary>
/// <remarks>
/// Thai numbers have no grammatical gender, no "and" and no separate word forms, so every overload gives the words
/// of <see cref="Convert(long)"/>. Ordinals are ที่ followed by the cardinal (3 = ที่สาม). Humanizer's tuple words
/// ("single", "double", …) have no Thai equivalent: the tuple is the cardinal.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class ThaiNumberToWordsConverter(ThaiNumberStyle style) : INumberToWordsConverter
{
    private const string OrdinalPrefix = "ที่";

    public string Convert(long number) => ThaiNumberWords.ToWords(number, style);

    public string Convert(long number, WordForm wordForm) => Convert(number);

    public string Convert(long number, bool addAnd) => Convert(number);

    public string Convert(long number, bool addAnd, WordForm wordForm) => Convert(number);

    public string Convert(long number, GrammaticalGender gender, bool addAnd = true) => Convert(number);

    public string Convert(long number, WordForm wordForm, GrammaticalGender gender, bool addAnd = true) => Convert(number);

    public string ConvertToOrdinal(int number) => OrdinalPrefix + Convert(number);

    public string ConvertToOrdinal(int number, WordForm wordForm) => ConvertToOrdinal(number);

    public string ConvertToOrdinal(int number, GrammaticalGender gender) => ConvertToOrdinal(number);

    public string ConvertToOrdinal(int number, GrammaticalGender gender, WordForm wordForm) => ConvertToOrdinal(number);

    public string ConvertToTuple(int number) => Convert(number);
}
