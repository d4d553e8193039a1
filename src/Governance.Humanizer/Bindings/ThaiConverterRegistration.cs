// Compiled twice, like ThaiNumberToWordsConverter.cs: Humanizer 3 moved Configurator from Humanizer.Configuration
// to Humanizer.
#if HUMANIZER3
using Humanizer;
#else
using Humanizer.Configuration;
#endif
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Humanizer.Bindings;

/// <summary>Puts one <see cref="ThaiNumberToWordsConverter"/> into Humanizer's number-to-words registry.</summary>
internal static class ThaiConverterRegistration
{
    /// <summary>Registers the converter under each culture name, replacing what was registered there before.</summary>
    /// <exception cref="InvalidOperationException">Humanizer 3's registry is frozen: it has already been used.</exception>
    /// <exception cref="TypeInitializationException">Humanizer could not set up its configuration.</exception>
    internal static void Register(IReadOnlyList<string> cultureNames, ThaiNumberStyle style)
    {
        var converter = new ThaiNumberToWordsConverter(style);
        var registry = Configurator.NumberToWordsConverters;
        foreach (var name in cultureNames)
        {
            registry.Register(name, converter);
        }
    }
}
