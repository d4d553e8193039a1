using System.CommandLine;
using System.Globalization;
using Participation.Governance.Calendar;
using Participation.Governance.Cli.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance year N --from ce|be|rs --to ce|be|rs [--month M] [--historical] [--digits thai|arabic] [--json] [--errors-to-stderr]</c>: converts years between
/// the Common Era, the Buddhist Era and the Rattanakosin era, following the batch rule.
/// </summary>
/// <remarks>A thin call to <see cref="EraYearConverter"/>, which decides what a year without <c>--month</c> means.</remarks>
internal static class YearCommand
{
    public static Command Create(CliConsole console)
    {
        var years = new Argument<string[]>("years")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Years to convert, such as 2563 or ๒๕๖๓; with none, one per line from standard input.",
        };
        var from = CreateEraOption("--from", "The era of the given years: ce (ค.ศ.), be (พ.ศ.) or rs (ร.ศ.).");
        var to = CreateEraOption("--to", "The era to convert to: ce, be or rs.");
        var month = new Option<int?>("--month", "-m")
        {
            Description = "The month (1–12) the year refers to; needed when the answer depends on it (rs, or be with --historical, before 1941).",
        }.WholeNumber();
        var command = new Command("year", "Convert years between ce, be and rs, e.g. year 2563 --from be --to ce → 2020.");
        command.Arguments.Add(years);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(month);
        var common = CommonOptions.AddTo(command, CommonFlags.Historical | CommonFlags.Digits | CommonFlags.Batch);
        command.SetAction(parseResult =>
        {
            var settings = common.Read(parseResult);
            var source = ReadEra(parseResult.GetValue(from));
            var target = ReadEra(parseResult.GetValue(to));
            var chosenMonth = parseResult.GetValue(month);
            if (chosenMonth is < 1 or > 12)
            {
                throw new UsageException(CliText.Get(console.Language, CliTextKey.MonthOutOfRange, chosenMonth));
            }

            if (settings.EraRule == BuddhistEraRule.Historical && source != YearEra.Buddhist && target != YearEra.Buddhist)
            {
                throw new UsageException(CliText.Get(console.Language, CliTextKey.HistoricalNeedsBuddhistEra));
            }

            return Batch.Run(console, settings, parseResult.GetValue(years), value => ConvertLine(value, source, target, chosenMonth, settings, console.Language));
        });
        return command;
    }

    private static Option<string> CreateEraOption(string name, string description)
        => new Option<string>(name) { Description = description, Required = true }.OneOf("ce", "be", "rs");

    private static YearEra ReadEra(string? name) => name switch
    {
        "ce" => YearEra.Common,
        "be" => YearEra.Buddhist,
        _ => YearEra.Rattanakosin,
    };

    private static Batch.Line ConvertLine(string value, YearEra source, YearEra target, int? month, CommonSettings settings, CliLanguage language)
    {
        if (!int.TryParse(ThaiDigits.ToArabic(value.Trim()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
        {
            return Batch.Line.Error(CliText.Get(language, CliTextKey.NotAYear, TextExcerpt.Quote(value, '\'')));
        }

        var conversion = month is { } m
            ? EraYearConverter.Convert(year, m, source, target, settings.EraRule)
            : EraYearConverter.Convert(year, source, target, settings.EraRule);
        if (conversion.Success)
        {
            return Batch.Line.Ok(conversion.Year, ThaiDigits.Format(conversion.Year, settings.Digits));
        }

        return Batch.Line.Error(conversion.Candidates.Count > 1 ? conversion.Message + " " + CliText.Get(language, CliTextKey.GiveMonthToChoose) : conversion.Message);
    }
}
