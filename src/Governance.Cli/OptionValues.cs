using System.CommandLine;
using Participation.Governance.Text;

namespace Participation.Governance.Cli;

/// <summary>The fixed values an option accepts, with the one-line error the tool promises for anything else.</summary>
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
        var expected = values.Length == 1 ? values[0] : string.Join(", ", values.Take(values.Length - 1)) + " or " + values[^1];
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is null || Array.IndexOf(values, value) < 0)
            {
                result.AddError($"{option.Name} must be {expected}; got {TextExcerpt.Quote(value ?? string.Empty, '\'')}.");
            }
        });
        return option;
    }
}
