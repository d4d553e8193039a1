using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Participation.Governance.Calendar;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance date format [yyyy-MM-dd...] [--pattern NAME|CUSTOM] [--thai-digits] [--historical]</c> and
/// <c>governance date parse [TEXT...] [--find] [--historical]</c>: Thai date text out of and into ISO dates,
/// both following the batch rule.
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
        var thaiDigits = new Option<bool>("--thai-digits", "-t") { Description = "Write Thai digits (๐–๙) instead of Arabic ones." };
        var historical = new Option<bool>("--historical") { Description = "Use the historical BE rule: before 1941 the Thai year began on 1 April." };

        var command = new Command("format", "Write ISO dates (yyyy-MM-dd) as Thai text: official by default, e.g. 2020-04-24 → 24 เมษายน พ.ศ. 2563.");
        command.Arguments.Add(values);
        command.Options.Add(pattern);
        command.Options.Add(thaiDigits);
        command.Options.Add(historical);
        command.SetAction(parseResult =>
        {
            var thaiPattern = ResolvePattern(parseResult.GetValue(pattern)!)
                .WithDigits(parseResult.GetValue(thaiDigits) ? DigitStyle.Thai : DigitStyle.Arabic)
                .WithEraRule(parseResult.GetValue(historical) ? BuddhistEraRule.Historical : BuddhistEraRule.Modern);
            return Batch.Run(console, parseResult.GetValue(values), value =>
            {
                var date = LocalDatePattern.Iso.Parse(value.Trim());
                return date.Success
                    ? Batch.Line.Ok(thaiPattern.Format(date.Value))
                    : Batch.Line.Error($"{TextExcerpt.Quote(value, '\'')} is not an ISO date (yyyy-MM-dd): {WithoutValue(date.Exception.Message)}");
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
        var historical = new Option<bool>("--historical") { Description = "Read BE years by the historical rule: before 1941 the Thai year began on 1 April." };

        var command = new Command("parse", "Read Thai date text (๒๔ เมษายน ๒๕๖๓, วันที่ 24 เม.ย. 63, 24/04/2563, …) and print it as yyyy-MM-dd.");
        command.Arguments.Add(values);
        command.Options.Add(find);
        command.Options.Add(historical);
        command.SetAction(parseResult =>
        {
            var options = parseResult.GetValue(historical) ? new ThaiDateReaderOptions { EraRule = BuddhistEraRule.Historical } : ThaiDateReaderOptions.Default;
            var findInLine = parseResult.GetValue(find);
            return Batch.Run(console, parseResult.GetValue(values), value =>
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
    private static ThaiDatePattern ResolvePattern(string text)
    {
        if (ThaiDatePattern.TryGetStandard(text, out var standard))
        {
            return standard;
        }

        var custom = ThaiDatePattern.TryCreate(text);
        return custom.Success
            ? custom.Value
            : throw new UsageException($"--pattern {TextExcerpt.Quote(text)} is neither a standard pattern ({string.Join(", ", ThaiDatePattern.StandardNames)}) nor a valid custom pattern: {custom.Message}");
    }
}
