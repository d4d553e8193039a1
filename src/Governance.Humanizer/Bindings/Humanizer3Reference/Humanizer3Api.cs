// Humanizer 3.0's declarations of the types the Humanizer 3 binding names, member for member as Humanizer declares
// them (signatures only: this assembly is compiled against, never run). Only the names and signatures matter.
namespace Humanizer
{
#pragma warning disable CS1591, CA1034, CA1716, CA1720 // declared as Humanizer declares them, not as this repository would

    public enum WordForm
    {
        Normal,
        Abbreviation,
        Eifeler,
    }

    public enum GrammaticalGender
    {
        Masculine,
        Feminine,
        Neuter,
    }

    public interface INumberToWordsConverter
    {
        string Convert(long number);

        string Convert(long number, WordForm wordForm);

        string Convert(long number, bool addAnd);

        string Convert(long number, bool addAnd, WordForm wordForm);

        string Convert(long number, GrammaticalGender gender, bool addAnd = true);

        string Convert(long number, WordForm wordForm, GrammaticalGender gender, bool addAnd = true);

        string ConvertToOrdinal(int number);

        string ConvertToOrdinal(int number, WordForm wordForm);

        string ConvertToOrdinal(int number, GrammaticalGender gender);

        string ConvertToOrdinal(int number, GrammaticalGender gender, WordForm wordForm);

        string ConvertToTuple(int number);
    }

    public class LocaliserRegistry<TLocaliser>
        where TLocaliser : class
    {
        public void Register(string localeCode, TLocaliser localiser) => throw null!;
    }

    public static class Configurator
    {
        public static LocaliserRegistry<INumberToWordsConverter> NumberToWordsConverters => throw null!;
    }
#pragma warning restore CS1591, CA1034, CA1716, CA1720
}
