using System.CommandLine;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance number [TEXT...] [--digits thai|arabic] [--json] [--errors-to-stderr]</c>: Thai number words (either style,
/// digits mixed in) read back to the integer, following the batch rule.
/// </summary>
internal static class NumberCommand
{
    public static Command Create(CliConsole console)
    {
        var values = new Argument<string[]>("texts")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Thai number words such as หนึ่งร้อยเอ็ด or ๒ ล้าน; with none, one per line from standard input.",
        };
        var command = new Command("number", "Read Thai number words back to the integer, e.g. หนึ่งร้อยยี่สิบเอ็ด → 121.");
        command.Arguments.Add(values);
        var common = CommonOptions.AddTo(command, CommonFlags.Digits | CommonFlags.Batch);
        command.SetAction(parseResult =>
        {
            var settings = common.Read(parseResult);
            return Batch.Run(console, settings, parseResult.GetValue(values), value =>
            {
                var result = ThaiNumberWords.Parse(value);
                return result.Success
                    ? Batch.Line.Ok(result.Value, ThaiDigits.Format(result.Value, settings.Digits))
                    : Batch.Line.Error($"{TextExcerpt.Quote(value, '\'')}: {result.Message}");
            });
        });
        return command;
    }
}
