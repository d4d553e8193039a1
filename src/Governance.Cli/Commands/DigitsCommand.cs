using System.CommandLine;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance digits [TEXT...] --to thai|arabic [--json] [--errors-to-stderr]</c>: the digits of each text converted,
/// everything else copied unchanged, following the batch rule. <c>--digits</c> is another name for <c>--to</c>, so the
/// flag every other verb takes works here too.
/// </summary>
internal static class DigitsCommand
{
    public static Command Create(CliConsole console)
    {
        var values = new Argument<string[]>("texts")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Texts to convert; with none, one per line from standard input.",
        };
        var to = new Option<string>("--to", "--digits")
        {
            Description = "thai (0–9 → ๐–๙) or arabic (๐–๙ → 0–9).",
            Required = true,
        };
        to.OneOf("thai", "arabic");
        var command = new Command("digits", "Convert digits between Arabic (0–9) and Thai (๐–๙), e.g. ที่ 92/2563 → ที่ ๙๒/๒๕๖๓.");
        command.Arguments.Add(values);
        command.Options.Add(to);
        var common = CommonOptions.AddTo(command, CommonFlags.Batch);
        command.SetAction(parseResult =>
        {
            var style = parseResult.GetValue(to) == "thai" ? DigitStyle.Thai : DigitStyle.Arabic;
            return Batch.Run(console, common.Read(parseResult), parseResult.GetValue(values), value => Batch.Line.Ok(ThaiDigits.ToDigits(value, style)));
        });
        return command;
    }
}
