extern alias Humanizer2;
extern alias Humanizer3;

using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Participation.Governance.ThaiFormatting.Words;
using Humanizer2Binding = Humanizer2::Participation.Governance.Humanizer.Bindings.ThaiConverterRegistration;
using Humanizer3Binding = Humanizer3::Participation.Governance.Humanizer.Bindings.ThaiConverterRegistration;

namespace Participation.Governance.Humanizer;

/// <summary>Makes Humanizer write this library's Thai number words.</summary>
/// <remarks>
/// <para>
/// Call <see cref="Register()"/> once at application start-up, before anything calls Humanizer (first thing in
/// <c>Program.cs</c>, say). From then on <c>21.ToWords(culture)</c> gives ยี่สิบเอ็ด and <c>3.ToOrdinalWords(culture)</c>
/// gives ที่สาม for <c>th</c>, <c>th-TH</c> and every other Thai culture (<see cref="CultureNames"/>), and so do the
/// overloads without a culture when the current UI culture is Thai. Every word method Humanizer asks a number
/// converter for answers with <see cref="ThaiNumberWords"/>: <c>ToWords</c> with or without "and", a word form or a
/// grammatical gender (Thai has none of these, so all give the same words), <c>ToOrdinalWords</c> (ที่ and the
/// cardinal) and <c>ToTuple</c> (the cardinal: Thai has no "single", "double", …). Without it, Humanizer's own Thai
/// converter writes 21 as ยี่สิบหนึ่ง and ordinals without ที่ (Humanizer 3 for every Thai culture, Humanizer 2.14.1
/// for <c>th-TH</c>, answering English for <c>th</c>).
/// </para>
/// <para>
/// Works with Humanizer.Core 2.14.1 and later, 3.x included, from one assembly: Humanizer 3 moved its configuration
/// and converter types from <c>Humanizer.Configuration</c> and <c>Humanizer.Localisation.NumberToWords</c> into
/// <c>Humanizer</c>, and a converter built against one layout cannot be loaded with the other. This package therefore
/// ships one small binding assembly per layout and <see cref="Register(ThaiNumberStyle)"/> loads only the one that
/// fits the Humanizer running, found by where its <c>Configurator</c> lives (one <see cref="Type.GetType(string, bool)"/>
/// with a constant name, which trimming understands). Everything else is bound at compile time (no reflection over
/// members, no generated code), so trimmed and native AOT applications keep what they need, and the binding that
/// does not fit is never loaded.
/// </para>
/// <para>
/// Not covered: Humanizer 3's <c>ToNumber</c> (words to number) keeps its converter registry private, so nothing can
/// be registered there; read Thai number words with <see cref="ThaiNumberWords.Parse(string)"/>.
/// </para>
/// </remarks>
/// <threadsafety>
/// Registration is not thread-safe: Humanizer's registry is a table that every <c>ToWords</c> call reads. Register
/// during start-up, before other threads use Humanizer.
/// </threadsafety>
public static class ThaiHumanizer
{
    private const string Humanizer3Configurator = "Humanizer.Configurator, Humanizer";
    private const string Humanizer2Configurator = "Humanizer.Configuration.Configurator, Humanizer";

    private static string[]? cultureNames;

    /// <summary>Gets the culture names <see cref="Register(ThaiNumberStyle)"/> puts the Thai converter under.</summary>
    /// <value>
    /// <c>th</c>, <c>th-TH</c> and every other <c>th-*</c> culture this runtime knows. Humanizer looks a culture up by
    /// its name and then its parents', so <c>th</c> catches every Thai culture unless Humanizer has a converter of its
    /// own under a more specific name (Humanizer 2.14.1 has one under <c>th-TH</c>); registering every specific Thai
    /// culture too replaces any such converter.
    /// </value>
    public static IReadOnlyList<string> CultureNames => cultureNames ??= FindThaiCultureNames();

    /// <summary>
    /// Registers this library's Thai number words, in the <see cref="ThaiNumberStyle.Common"/> style, with Humanizer
    /// for every Thai culture.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// Humanizer 3 has already been used: it accepts no registration after its first use. The message says so.
    /// </exception>
    /// <exception cref="NotSupportedException">
    /// Humanizer cannot be configured in this process (Humanizer 2.x under invariant globalization with only predefined
    /// cultures), or the running Humanizer has neither known layout. The message says which and what to do.
    /// </exception>
    public static void Register() => Register(ThaiNumberStyle.Common);

    /// <summary>
    /// Registers this library's Thai number words, in the given style, with Humanizer for every Thai culture
    /// (<see cref="CultureNames"/>), replacing whatever converter was registered for them, ours included.
    /// </summary>
    /// <param name="style">The เอ็ด convention Humanizer's Thai words should follow.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">
    /// Humanizer 3 has already been used: it accepts no registration after its first use. The message says so.
    /// </exception>
    /// <exception cref="NotSupportedException">
    /// Humanizer cannot be configured in this process (Humanizer 2.x under invariant globalization with only predefined
    /// cultures), or the running Humanizer has neither known layout. The message says which and what to do.
    /// </exception>
    public static void Register(ThaiNumberStyle style)
    {
        if (style is not ThaiNumberStyle.Common and not ThaiNumberStyle.RoyalInstitute)
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "Expected ThaiNumberStyle.Common or ThaiNumberStyle.RoyalInstitute.");
        }

        var names = CultureNames;
        var humanizer3 = Type.GetType(Humanizer3Configurator, throwOnError: false);
        var configurator = humanizer3 ?? Type.GetType(Humanizer2Configurator, throwOnError: false)
            ?? throw new NotSupportedException(
                "Participation.Governance.Humanizer found no Humanizer configuration to register with: neither "
                + "Humanizer.Configurator (Humanizer 3.x) nor Humanizer.Configuration.Configurator (Humanizer 2.x) could be "
                + "loaded. Reference Humanizer.Core 2.14.1 or later, up to 3.x.");
        try
        {
            if (humanizer3 is not null)
            {
                RegisterWithHumanizer3(names, style);
            }
            else
            {
                RegisterWithHumanizer2(names, style);
            }
        }
        catch (InvalidOperationException e) when (humanizer3 is not null)
        {
            throw new InvalidOperationException(
                $"Humanizer {VersionOf(configurator)} has already been used, and it accepts no new converter after its "
                + "first use (it freezes its registry then), so the Thai converter could not be registered. Call "
                + "ThaiHumanizer.Register() at start-up, before the first ToWords, ToOrdinalWords or ToTuple call.",
                e);
        }
        catch (TypeInitializationException e)
        {
            throw new NotSupportedException(ConfigurationFailed(configurator, e), e);
        }
        catch (Exception e) when (e is TypeLoadException or MissingMemberException)
        {
            throw new NotSupportedException(
                $"Humanizer {VersionOf(configurator)} changed the converter registry that Participation.Governance.Humanizer "
                + $"registers with ({e.Message}). This version supports Humanizer.Core 2.14.1 and later, up to 3.x.",
                e);
        }
    }

    // Each binding is reached through a method of its own that is never inlined, so that compiling Register loads
    // neither binding assembly: only the one for the running Humanizer is ever loaded, and the other never shows up
    // among the application's assemblies (where a type scan would trip over its converter).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RegisterWithHumanizer3(IReadOnlyList<string> names, ThaiNumberStyle style) =>
        Humanizer3Binding.Register(names, style);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RegisterWithHumanizer2(IReadOnlyList<string> names, ThaiNumberStyle style) =>
        Humanizer2Binding.Register(names, style);

    private static string ConfigurationFailed(Type configurator, TypeInitializationException e)
    {
        var failure = $"Humanizer {VersionOf(configurator)} could not set up its configuration, so there is no registry to "
            + "put the Thai converter in (and every other Humanizer call fails the same way)";
        return e.InnerException is CultureNotFoundException
            ? failure + ": the application runs with invariant globalization (InvariantGlobalization=true or "
                + "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1), and Humanizer 2.x builds formatters for named cultures such as "
                + "en-US, which that mode refuses to create. Let the application create cultures by name "
                + "(PredefinedCulturesOnly=false, or DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY=0), which also gives "
                + "it a th culture to ask Humanizer for Thai words with; or turn invariant globalization off; or write Thai "
                + "words with ThaiNumberWords directly."
            : $"{failure}: {(e.InnerException ?? e).Message}";
    }

    private static string VersionOf(Type configurator)
    {
        var assembly = configurator.Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (version is null)
        {
            return assembly.GetName().Version?.ToString() ?? "(unknown version)";
        }

        var metadata = version.IndexOf('+');
        return metadata < 0 ? version : version.Substring(0, metadata);
    }

    private static string[] FindThaiCultureNames()
    {
        var names = new List<string> { "th", "th-TH" };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.AllCultures))
        {
            if (culture.Name.StartsWith("th-", StringComparison.OrdinalIgnoreCase) && !names.Contains(culture.Name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(culture.Name);
            }
        }

        return names.ToArray();
    }
}
