using System.CommandLine;
using System.Globalization;

namespace Participation.Governance.Cli.Text;

/// <summary>The language the tool speaks to people: Thai under a Thai UI culture, English otherwise, or as <c>--lang</c> says.</summary>
internal enum CliLanguage
{
    /// <summary>English.</summary>
    English,

    /// <summary>Thai.</summary>
    Thai,
}

/// <summary>The <c>--lang th|en</c> option every verb that talks to people takes.</summary>
internal static class LanguageOption
{
    /// <summary>Creates the option; its default follows the UI culture.</summary>
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--lang")
        {
            Description = "The language of labels, verdicts and findings: th or en (default: th under a Thai UI culture, else en).",
            HelpName = "th|en",
        };

        // A validator rather than AcceptOnlyFromAmong, whose message spans several lines: errors are one line.
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not (null or "th" or "en"))
            {
                result.AddError($"--lang must be th or en; got '{value}'.");
            }
        });
        return option;
    }

    /// <summary>The language chosen: the option's value, else the UI culture's.</summary>
    public static CliLanguage Resolve(string? value) => value switch
    {
        "th" => CliLanguage.Thai,
        "en" => CliLanguage.English,
        _ => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th" ? CliLanguage.Thai : CliLanguage.English,
    };
}
