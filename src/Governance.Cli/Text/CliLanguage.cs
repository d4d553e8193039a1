using System.CommandLine;
using System.CommandLine.Parsing;
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

/// <summary>
/// The <c>--lang th|en</c> option: one option on the root command, recursive, so every verb takes it and every message
/// (usage errors included) can be said in the language chosen.
/// </summary>
internal static class LanguageOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--lang";

    /// <summary>Creates the option; its default follows the UI culture.</summary>
    public static Option<string?> Create()
    {
        var option = new Option<string?>(Name)
        {
            Description = "The language of labels, verdicts, findings and messages: th or en (default: th under a Thai UI culture, else en).",
            HelpName = "th|en",
            Recursive = true,
        };
        option.CompletionSources.Add("th", "en");

        // A validator rather than AcceptOnlyFromAmong, whose message spans several lines: errors are one line. The language
        // of this one message is the UI culture's, since the one asked for is not known.
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not (null or "th" or "en"))
            {
                result.AddError(CliText.Get(Resolve(null), CliTextKey.MustBeOneOf, Name, CliText.Choices(Resolve(null), ["th", "en"]), "'" + value + "'"));
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

    /// <summary>The language a command line asks for, read while it is parsed (a validator's message is said in it).</summary>
    public static CliLanguage Of(SymbolResult result) => Resolve(result.GetValue<string?>(Name));

    /// <summary>The language a parsed command line asks for.</summary>
    public static CliLanguage Of(ParseResult result) => Resolve(result.GetValue<string?>(Name));
}
