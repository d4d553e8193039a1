using System.CommandLine;
using System.Text.RegularExpressions;
using Participation.Governance.Cli.Text;

namespace Participation.Governance.Cli;

/// <summary>
/// The one line that says what is wrong with a command line, in the language asked for. The tool's own checks word their
/// messages themselves (<see cref="OptionValues"/>); System.CommandLine's messages are English only, so the common ones are
/// recognised and said again in the language's words, and any other is passed on as it is.
/// </summary>
internal static partial class UsageErrors
{
    private static readonly (Regex Pattern, CliTextKey Key)[] Known =
    [
        (UnrecognizedPattern(), CliTextKey.UnrecognizedArgument),
        (CommandRequiredPattern(), CliTextKey.CommandRequired),
        (ArgumentRequiredPattern(), CliTextKey.ArgumentRequired),
        (OptionRequiredPattern(), CliTextKey.OptionRequired),
        (OptionNeedsValuePattern(), CliTextKey.OptionNeedsValue),
        (OptionTakesOneValuePattern(), CliTextKey.OptionTakesOneValue),
        (OptionValueInvalidPattern(), CliTextKey.OptionValueInvalid),
        (ArgumentValueInvalidPattern(), CliTextKey.ArgumentValueInvalid),
    ];

    /// <summary>All the errors of a command line as one line, with where to find the usage.</summary>
    public static string Describe(ParseResult parseResult, CliLanguage language)
    {
        // Unrecognized tokens say more than the generic "required command" that accompanies them, so they go first.
        var messages = parseResult.Errors
            .Select(e => Translate(e.Message, language))
            .Distinct()
            .OrderBy(m => m.Unrecognized ? 0 : 1)
            .Select(m => m.Text);
        return $"{string.Join("; ", messages)} {CliText.Get(language, CliTextKey.UsageHint)}";
    }

    private static (string Text, bool Unrecognized) Translate(string message, CliLanguage language)
    {
        foreach (var (pattern, key) in Known)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                var values = match.Groups.Values.Skip(1).Select(g => (object)g.Value).ToArray();
                return (CliText.Get(language, key, values), key == CliTextKey.UnrecognizedArgument);
            }
        }

        return (message, false);
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex UnrecognizedPattern();

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex CommandRequiredPattern();

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex ArgumentRequiredPattern();

    [GeneratedRegex(@"^Option '(.*)' is required\.$", RegexOptions.Singleline)]
    private static partial Regex OptionRequiredPattern();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex OptionNeedsValuePattern();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$", RegexOptions.Singleline)]
    private static partial Regex OptionTakesOneValuePattern();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '.*'\.$", RegexOptions.Singleline)]
    private static partial Regex OptionValueInvalidPattern();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for command '(.*)' as expected type '.*'\.$", RegexOptions.Singleline)]
    private static partial Regex ArgumentValueInvalidPattern();
}
