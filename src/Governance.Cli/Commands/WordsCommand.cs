using System.CommandLine;
using System.Globalization;
using Participation.Governance.Cli.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance words [N...] [--style common|royal] [--json] [--errors-to-stderr]</c>: numbers (integers or decimals, Arabic or Thai digits)
/// spelled out in Thai words, following the batch rule.
/// </summary>
internal static class WordsCommand
{
    public static Command Create(CliConsole console)
    {
        var values = new Argument<string[]>("numbers")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Numbers such as 121, -5, 1,000,001, 0.25 or ๑๐๑; with none, one per line from standard input.",
        };
        var style = CreateStyleOption();
        var command = new Command("words", "Spell numbers out in Thai words, e.g. 121 → หนึ่งร้อยยี่สิบเอ็ด.");
        command.Arguments.Add(values);
        command.Options.Add(style);
        var common = CommonOptions.AddTo(command, CommonFlags.Batch);
        command.SetAction(parseResult =>
        {
            var wordStyle = ReadStyle(parseResult.GetValue(style));
            return Batch.Run(console, common.Read(parseResult), parseResult.GetValue(values), value => Convert(value, wordStyle, console.Language));
        });
        return command;
    }

    /// <summary>The <c>--style common|royal</c> option, shared with the baht verb.</summary>
    internal static Option<string> CreateStyleOption()
    {
        var option = new Option<string>("--style", "-s")
        {
            Description = "common (default: เอ็ด only after a non-zero tens digit, 101 = หนึ่งร้อยหนึ่ง) or royal (Royal Institute: 101 = หนึ่งร้อยเอ็ด).",
            DefaultValueFactory = _ => "common",
        };
        return option.OneOf("common", "royal");
    }

    internal static ThaiNumberStyle ReadStyle(string? value) => value == "royal" ? ThaiNumberStyle.RoyalInstitute : ThaiNumberStyle.Common;

    private static Batch.Line Convert(string value, ThaiNumberStyle style, CliLanguage language)
    {
        var text = ThaiDigits.ToArabic(value.Trim());
        if (long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var integer))
        {
            return Batch.Line.Ok(ThaiNumberWords.ToWords(integer, style));
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? Batch.Line.Ok(ThaiNumberWords.ToWords(number, style))
            : Batch.Line.Error(CliText.Get(language, CliTextKey.NotANumber, TextExcerpt.Quote(value, '\'')));
    }
}
