using System.Globalization;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Humanizer.Tests;

[Collection(RegisteredAtStartUp.Collection)]
public class ThaiHumanizerTests
{
#if HUMANIZER3
    private const string RunningBinding = "Participation.Governance.Humanizer.Humanizer3";
    private const string OtherBinding = "Participation.Governance.Humanizer.Humanizer2";
#else
    private const string RunningBinding = "Participation.Governance.Humanizer.Humanizer2";
    private const string OtherBinding = "Participation.Governance.Humanizer.Humanizer3";
#endif

    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th");
    private static readonly CultureInfo ThaiThailand = CultureInfo.GetCultureInfo("th-TH");

    [Fact]
    public void CultureNamesAreThaiAndEveryThaiCultureTheRuntimeKnows()
    {
        var names = ThaiHumanizer.CultureNames;

        Assert.Contains("th", names);
        Assert.Contains("th-TH", names);
        Assert.All(names, name => Assert.True(name == "th" || name.StartsWith("th-", StringComparison.Ordinal), name));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var thaiCultures = CultureInfo.GetCultures(CultureTypes.AllCultures).Where(c => c.TwoLetterISOLanguageName == "th");
        Assert.All(thaiCultures, culture => Assert.Contains(culture.Name, names));
    }

    [Theory]
    [InlineData("th")]
    [InlineData("th-TH")]
    public void HumanizerWritesOurWordsWhereItsOwnThaiConverterWasWrong(string cultureName)
    {
        // Humanizer's own Thai converter writes ยี่สิบหนึ่ง, แปด with two SARA E, and ordinals without ที่;
        // Humanizer 2.14.1 answers English for th.
        var culture = CultureInfo.GetCultureInfo(cultureName);

        Assert.Equal("ยี่สิบเอ็ด", 21.ToWords(culture));
        Assert.Equal("แปด", 8.ToWords(culture));
        Assert.Equal("ที่สาม", 3.ToOrdinalWords(culture));
        Assert.Equal("ที่ยี่สิบเอ็ด", 21.ToOrdinalWords(culture));
        Assert.Equal("สอง", 2.ToTuple(culture));
        Assert.Equal("ลบหนึ่งล้านหนึ่ง", (-1_000_001L).ToWords(culture));
    }

    [Fact]
    public void TheOverloadsWithoutACultureFollowTheThaiUiCulture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = ThaiThailand;
            Assert.Equal("ยี่สิบเอ็ด", 21.ToWords());
            Assert.Equal("ที่หนึ่ง", 1.ToOrdinalWords());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void TheLastRegistrationIsTheOneHumanizerUses()
    {
        // RegisteredAtStartUp registered the Royal Institute style, then the common style.
        Assert.Equal("หนึ่งล้านหนึ่ง", 1_000_001L.ToWords(Thai));
        Assert.Equal("หนึ่งร้อยหนึ่ง", 101.ToWords(ThaiThailand));
        Assert.NotEqual(ThaiNumberWords.ToWords(101, ThaiNumberStyle.RoyalInstitute), 101.ToWords(ThaiThailand));
    }

    [Fact]
    public void RegisteringAfterHumanizersFirstUse()
    {
        _ = 1.ToWords(Thai);

#if HUMANIZER3
        var e = Assert.Throws<InvalidOperationException>(() => ThaiHumanizer.Register());
        Assert.StartsWith("Humanizer 3.0.10 has already been used, and it accepts no new converter after its first use", e.Message);
        Assert.Contains("Call ThaiHumanizer.Register() at start-up, before the first ToWords", e.Message);
        Assert.IsType<InvalidOperationException>(e.InnerException);
#else
        // Humanizer 2 has no frozen registry: a late registration still takes effect.
        ThaiHumanizer.Register();
        Assert.Equal("ยี่สิบเอ็ด", 21.ToWords(Thai));
#endif
    }

    [Fact]
    public void RejectsUndefinedStylesBeforeTouchingHumanizer()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ThaiHumanizer.Register((ThaiNumberStyle)3));
        Assert.Equal("style", e.ParamName);
    }

    [Fact]
    public void OnlyTheBindingForTheRunningHumanizerIsLoaded()
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies();
        var names = loaded.Select(a => a.GetName().Name).ToList();

        Assert.Contains(RunningBinding, names);
        Assert.DoesNotContain(OtherBinding, names);

        // Applications scan loaded assemblies' types (dependency injection, mappers): none of ours may fail to load.
        Assert.All(loaded.Where(a => a.GetName().Name!.StartsWith("Participation.Governance", StringComparison.Ordinal)), a => Assert.NotEmpty(a.GetTypes()));
    }

#if HUMANIZER3
    [Fact]
    public void WordsToNumberStaysHumanizersOwnBecauseItsRegistryIsPrivate()
    {
        // What the package README says it does not cover; should Humanizer open that registry, this fails as a reminder.
        Assert.Throws<NotSupportedException>(() => "ยี่สิบเอ็ด".ToNumber(Thai));
    }
#endif
}
