using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Participation.Governance.Calendar;
using Participation.Governance.Cli.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Dates;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance date format [yyyy-MM-dd...] [--pattern NAME|CUSTOM] [--digits thai|arabic] [--historical]</c> and
/// <c>governance date parse [TEXT...] [--find] [--historical]</c>: Thai date text out of and into ISO dates,
/// both following the batch rule (so both take <c>--json</c> and <c>--errors-to-stderr</c>).
/// </summary>
internal static class DateCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("date", "Thai dates: write ISO dates as Thai text, or read Thai date text back to ISO dates.");
        command.Subcommands.Add(CreateFormat(console));
        command.Subcommands.Add(CreateParse(console));
        return command;
    }

    private static Command CreateFormat(CliConsole console)
    {
        var values = new Argument<string[]>("dates")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "ISO dates (yyyy-MM-dd); with none, one per line from standard input.",
        };
        var pattern = new Option<string>("--pattern", "-p")
        {
            Description = "full, long, medium, short, official, or a custom pattern (d dd ddd dddd, M MM MMM MMMM, y yy yyyy = BE year, u uuuu = CE year, 'literal text').",
            DefaultValueFactory = _ => "official",
        };
        pattern.CompletionSources.Add(ThaiDatePattern.StandardNames.ToArray());

        var command = new Command("format", "Write ISO dates (yyyy-MM-dd) as Thai text: official by default, e.g. 2020-04-24 → 24 เมษายน พ.ศ. 2563.");
        command.Arguments.Add(values);
        command.Options.Add(pattern);
        var common = CommonOptions.AddTo(command, CommonFlags.Digits | CommonFlags.ThaiDigitsAlias | CommonFlags.Historical | CommonFlags.Batch);
        command.SetAction(parseResult =>
        {
            var settings = common.Read(parseResult);
            var thaiPattern = ResolvePattern(parseResult.GetValue(pattern)!, console.Language)
                .WithDigits(settings.Digits)
                .WithEraRule(settings.EraRule);
            return Batch.Run(console, settings, parseResult.GetValue(values), value =>
            {
                var date = LocalDatePattern.Iso.Parse(value.Trim());
                return date.Success
                    ? Batch.Line.Ok(thaiPattern.Format(date.Value))
                    : Batch.Line.Error(CliText.Get(console.Language, CliTextKey.NotAnIsoDate, TextExcerpt.Quote(value, '\''), WithoutValue(date.Exception.Message)));
            });
        });
        return command;
    }

    private static Command CreateParse(CliConsole console)
    {
        var values = new Argument<string[]>("texts")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Thai date texts; with none, one per line from standard input.",
        };
        var find = new Option<bool>("--find", "-f") { Description = "Find the first date inside each line instead of reading the whole line as one date." };

        var command = new Command("parse", "Read Thai date text (๒๔ เมษายน ๒๕๖๓, วันที่ 24 เม.ย. 63, 24/04/2563, …) and print it as yyyy-MM-dd.");
        command.Arguments.Add(values);
        command.Options.Add(find);
        var common = CommonOptions.AddTo(command, CommonFlags.Historical | CommonFlags.Batch);
        command.SetAction(parseResult =>
        {
            var settings = common.Read(parseResult);
            var options = settings.EraRule == BuddhistEraRule.Historical ? new ThaiDateReaderOptions { EraRule = BuddhistEraRule.Historical } : ThaiDateReaderOptions.Default;
            var findInLine = parseResult.GetValue(find);
            return Batch.Run(console, settings, parseResult.GetValue(values), value =>
            {
                var result = findInLine ? ThaiDateReader.Find(value, options).Convert(match => match.Date) : ThaiDateReader.Parse(value, options);
                return result.Success
                    ? Batch.Line.Ok(LocalDatePattern.Iso.Format(result.Value))
                    : Batch.Line.Error(result.Message);
            });
        });
        return command;
    }

    /// <summary>NodaTime's message without its "Value being parsed: '…'" tail, which repeats the whole input.</summary>
    private static string WithoutValue(string message)
    {
        var at = message.IndexOf(" Value being parsed:", StringComparison.Ordinal);
        return at < 0 ? message : message.Substring(0, at);
    }

    /// <summary>A standard name picks that pattern; anything else is a custom pattern, and an invalid one is a usage error.</summary>
    private static ThaiDatePattern ResolvePattern(string text, CliLanguage language)
    {
        if (ThaiDatePattern.TryGetStandard(text, out var standard))
        {
            return standard;
        }

        var custom = ThaiDatePattern.TryCreate(text);
        return custom.Success
            ? custom.Value
            : throw new UsageException(CliText.Get(language, CliTextKey.PatternInvalid, TextExcerpt.Quote(text), string.Join(", ", ThaiDatePattern.StandardNames), custom.Message));
    }
}
