using System.Globalization;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Humanizer.Tests;

/// <summary>
/// Every word method Humanizer has for numbers, and every method it asks a number converter for, gives
/// <see cref="ThaiNumberWords"/>' words (the oracle) under th, th-TH and every other Thai culture.
/// </summary>
[Collection(RegisteredAtStartUp.Collection)]
public class NumberToWordsPropertyTests
{
    private const string OrdinalPrefix = "ที่";

    private static readonly CultureInfo[] ThaiCultures =
        new[] { "th", "th-TH" }.Union(ThaiHumanizer.CultureNames).Select(CultureInfo.GetCultureInfo).ToArray();

    [Property(Arbitrary = [typeof(ThaiNumbers)])]
    public void LongToWordsIsThaiNumberWords(long number, WordForm wordForm, GrammaticalGender gender)
    {
        var expected = ThaiNumberWords.ToWords(number);
        foreach (var culture in ThaiCultures)
        {
            Assert.Equal(expected, number.ToWords(culture));
            Assert.Equal(expected, number.ToWords(culture, addAnd: false));
            Assert.Equal(expected, number.ToWords(wordForm, culture));
            Assert.Equal(expected, number.ToWords(wordForm, culture, addAnd: true));
            Assert.Equal(expected, number.ToWords(gender, culture));
            Assert.Equal(expected, number.ToWords(wordForm, gender, culture));
        }
    }

    [Property(Arbitrary = [typeof(ThaiNumbers)])]
    public void IntToWordsIsThaiNumberWords(int number, bool addAnd, WordForm wordForm, GrammaticalGender gender)
    {
        var expected = ThaiNumberWords.ToWords(number);
        foreach (var culture in ThaiCultures)
        {
            Assert.Equal(expected, number.ToWords(culture));
            Assert.Equal(expected, number.ToWords(addAnd, culture));
            Assert.Equal(expected, number.ToWords(wordForm, culture));
            Assert.Equal(expected, number.ToWords(addAnd, wordForm, culture));
            Assert.Equal(expected, number.ToWords(gender, culture));
            Assert.Equal(expected, number.ToWords(wordForm, gender, culture));
        }
    }

    [Property(Arbitrary = [typeof(ThaiNumbers)])]
    public void OrdinalWordsAreที่AndTheCardinal(int number, WordForm wordForm, GrammaticalGender gender)
    {
        var expected = OrdinalPrefix + ThaiNumberWords.ToWords(number);
        foreach (var culture in ThaiCultures)
        {
            Assert.Equal(expected, number.ToOrdinalWords(culture));
            Assert.Equal(expected, number.ToOrdinalWords(wordForm, culture));
            Assert.Equal(expected, number.ToOrdinalWords(gender, culture));
            Assert.Equal(expected, number.ToOrdinalWords(gender, wordForm, culture));
        }
    }

    [Property(Arbitrary = [typeof(ThaiNumbers)])]
    public void TupleWordsAreTheCardinal(int number)
    {
        var expected = ThaiNumberWords.ToWords(number);
        foreach (var culture in ThaiCultures)
        {
            Assert.Equal(expected, number.ToTuple(culture));
        }
    }

    [Property(Arbitrary = [typeof(ThaiNumbers)])]
    public void TheConverterHumanizerResolvesAnswersEveryMethodWithOurWords(long number, int position, bool addAnd, WordForm wordForm, GrammaticalGender gender)
    {
        var cardinal = ThaiNumberWords.ToWords(number);
        var ordinal = OrdinalPrefix + ThaiNumberWords.ToWords(position);
        foreach (var culture in ThaiCultures)
        {
            var converter = Configurator.NumberToWordsConverters.ResolveForCulture(culture);

            Assert.Equal(cardinal, converter.Convert(number));
            Assert.Equal(cardinal, converter.Convert(number, wordForm));
            Assert.Equal(cardinal, converter.Convert(number, addAnd));
            Assert.Equal(cardinal, converter.Convert(number, addAnd, wordForm));
            Assert.Equal(cardinal, converter.Convert(number, gender, addAnd));
            Assert.Equal(cardinal, converter.Convert(number, wordForm, gender, addAnd));
            Assert.Equal(ordinal, converter.ConvertToOrdinal(position));
            Assert.Equal(ordinal, converter.ConvertToOrdinal(position, wordForm));
            Assert.Equal(ordinal, converter.ConvertToOrdinal(position, gender));
            Assert.Equal(ordinal, converter.ConvertToOrdinal(position, gender, wordForm));
            Assert.Equal(ThaiNumberWords.ToWords(position), converter.ConvertToTuple(position));
        }
    }
}
