using System.CommandLine;
using System.Globalization;
using Participation.Governance.Cli.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance baht [AMOUNT...] [--style common|royal] [--json] [--errors-to-stderr]</c>: amounts of money in Thai words
/// (BAHTTEXT), following the batch rule.
/// </summary>
internal static class BahtCommand
{
    public static Command Create(CliConsole console)
    {
        var values = new Argument<string[]>("amounts")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Amounts in baht such as 121.50, -11.25, 1,000 or ๑๒๑.๕๐ (a point for decimals); with none, one per line from standard input.",
        };
        var style = WordsCommand.CreateStyleOption();
        var command = new Command("baht", "Write amounts of money in Thai words, e.g. 121.50 → หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์.");
        command.Arguments.Add(values);
        command.Options.Add(style);
        var common = CommonOptions.AddTo(command, CommonFlags.Batch);
        command.SetAction(parseResult =>
        {
            var wordStyle = WordsCommand.ReadStyle(parseResult.GetValue(style));
            return Batch.Run(console, common.Read(parseResult), parseResult.GetValue(values), value =>
                decimal.TryParse(ThaiDigits.ToArabic(value.Trim()), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                    ? Batch.Line.Ok(BahtText.ToBahtText(amount, wordStyle))
                    : Batch.Line.Error(CliText.Get(console.Language, CliTextKey.NotAnAmount, TextExcerpt.Quote(value, '\''))));
        });
        return command;
    }
}
