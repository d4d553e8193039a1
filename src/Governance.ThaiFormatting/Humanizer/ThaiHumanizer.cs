using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.ThaiFormatting.Humanizer;

/// <summary>Plugs this library's Thai number words into Humanizer.</summary>
/// <remarks>
/// <para>
/// Call <see cref="Register()"/> once at application start-up, before anything calls Humanizer (for example first
/// thing in <c>Main</c> or <c>Program.cs</c>). Humanizer's registry
/// (<c>Humanizer.Configuration.Configurator.NumberToWordsConverters</c>) is a plain, unsynchronised table that is
/// read on every <c>ToWords</c> call: registering while other threads use Humanizer is a data race, and code that
/// ran before registration has already produced Humanizer's fallback (Humanizer 2.14.1 has no Thai converter and
/// writes English words for Thai cultures).
/// </para>
/// <para>
/// After registration, <c>42.ToWords(new CultureInfo("th"))</c> gives สี่สิบสอง, and so does <c>42.ToWords()</c>
/// when the current UI culture is Thai (th or th-TH: Humanizer falls back from th-TH to th).
/// </para>
/// </remarks>
/// <threadsafety>Not thread-safe: call during start-up, before other threads use Humanizer.</threadsafety>
public static class ThaiHumanizer
{
    /// <summary>The culture name Humanizer looks up for Thai.</summary>
    public const string CultureName = "th";

    /// <summary>Registers <see cref="ThaiNumberToWordsConverter"/> in the common style for Thai in Humanizer.</summary>
    public static void Register() => Register(ThaiNumberStyle.Common);

    /// <summary>Registers <see cref="ThaiNumberToWordsConverter"/> in the given style for Thai in Humanizer.</summary>
    /// <param name="style">The เอ็ด convention Humanizer's Thai words should follow.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static void Register(ThaiNumberStyle style) =>
        global::Humanizer.Configuration.Configurator.NumberToWordsConverters.Register(CultureName, new ThaiNumberToWordsConverter(style));
}
