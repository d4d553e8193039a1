using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Participation.Governance.Cli.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Cli;

/// <summary>The values an option accepts, with the one-line error the tool promises for anything else, in the language asked for.</summary>
internal static class OptionValues
{
    /// <summary>
    /// Restricts <paramref name="option"/> to <paramref name="values"/>. System.CommandLine's own
    /// <c>AcceptOnlyFromAmong</c> lists the values over several lines; every error of this tool is one line.
    /// </summary>
    /// <returns><paramref name="option"/>, for chaining.</returns>
    public static Option<string> OneOf(this Option<string> option, params string[] values)
    {
        option.HelpName ??= string.Join("|", values);
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is null || Array.IndexOf(values, value) < 0)
            {
                var language = LanguageOption.Of(result);
                result.AddError(CliText.Get(language, CliTextKey.MustBeOneOf, option.Name, CliText.Choices(language, values), TextExcerpt.Quote(value ?? string.Empty, '\'')));
            }
        });
        return option;
    }

    /// <summary>
    /// Reads a whole number for <paramref name="option"/> in Arabic or Thai digits, with a one-line error for anything else
    /// (System.CommandLine's own names the CLR type: <c>System.Nullable`1[System.Int32]</c>).
    /// </summary>
    /// <returns><paramref name="option"/>, for chaining.</returns>
    public static Option<int?> WholeNumber(this Option<int?> option)
    {
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                // System.CommandLine says that a value is missing.
                return null;
            }

            var text = result.Tokens[0].Value;
            if (int.TryParse(Participation.Governance.ThaiFormatting.Numerals.ThaiDigits.ToArabic(text.Trim()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            result.AddError(CliText.Get(LanguageOption.Of(result), CliTextKey.MustBeWholeNumber, option.Name, TextExcerpt.Quote(text, '\'')));
            return null;
        };
        return option;
    }
}
