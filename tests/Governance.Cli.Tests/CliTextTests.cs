using Participation.Governance.Cli.Text;

namespace Participation.Governance.Cli.Tests;

/// <summary>The tool's own texts: every English text has its Thai text, and values are put in the same in both.</summary>
public sealed class CliTextTests
{
    [Fact]
    public void Every_text_exists_in_English_and_Thai()
        => Assert.All(CliText.Keys, key => Assert.True(CliText.HasBoth(key), $"{key} lacks a language"));

    [Theory]
    [InlineData(1, "not compliant (1 finding)")]
    [InlineData(2, "not compliant (2 findings)")]
    public void English_picks_the_singular_or_the_plural_by_the_value(int count, string expected)
        => Assert.Equal(expected, CliText.Get(CliLanguage.English, CliTextKey.NotCompliant, count));

    [Fact]
    public void Both_languages_put_in_every_value()
    {
        Assert.Equal("ไม่เป็นไปตามเกณฑ์ (พบ 3 ข้อ)", CliText.Get(CliLanguage.Thai, CliTextKey.NotCompliant, 3));
        Assert.All(CliText.Keys, key =>
        {
            var values = new object[] { 7, 8, 9, 10, 11 };
            Assert.DoesNotContain("{", CliText.Get(CliLanguage.English, key, values), StringComparison.Ordinal);
            Assert.DoesNotContain("{", CliText.Get(CliLanguage.Thai, key, values), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_lang_option_chooses_the_language()
    {
        Assert.Equal(CliLanguage.Thai, LanguageOption.Resolve("th"));
        Assert.Equal(CliLanguage.English, LanguageOption.Resolve("en"));
    }

    [Fact]
    public void Without_the_option_a_Thai_UI_culture_gives_Thai()
    {
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("th-TH");
            Assert.Equal(CliLanguage.Thai, LanguageOption.Resolve(null));
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
            Assert.Equal(CliLanguage.English, LanguageOption.Resolve(null));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void A_bad_lang_is_one_line_on_standard_error_with_exit_2()
    {
        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["check", "--lang", "fr", "x"]);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("--lang must be th or en; got 'fr'", error, StringComparison.Ordinal);
    }
}
