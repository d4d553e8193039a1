using System.CommandLine;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;
using Participation.Governance.Announcements;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance render FILE.json [--markdown] [--digits thai|arabic] [--signatory NAME] [--position TEXT]</c>: a measure
/// as a Thai announcement (ประกาศ) on standard output.
/// </summary>
/// <remarks>
/// Exit code 0 when the announcement was written, 2 when the file cannot be read or is not a measure document (one
/// <c>error: FILE: message</c> line on standard error, the message naming the JSON path). A non-compliant measure is
/// still rendered: <c>governance check</c> is the verb that judges it.
/// </remarks>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "The measure document (JSON, UTF-8, the format of docs/measure.schema.json); '-' reads standard input.",
        };
        var markdown = new Option<bool>("--markdown")
        {
            Description = "Write Markdown (heading, bold clause groups, list items) instead of plain text.",
        };
        var signatory = new Option<string?>("--signatory")
        {
            Description = "The signatory's name, written in parentheses under the date (default: a dotted line to sign on).",
        };
        var position = new Option<string?>("--position")
        {
            Description = "The signatory's position, written under the name (default: a dotted line).",
        };

        var command = new Command("render", "Write a measure (JSON) as a Thai announcement (ประกาศ) in the official layout.");
        command.Arguments.Add(file);
        command.Options.Add(markdown);
        command.Options.Add(signatory);
        command.Options.Add(position);
        var common = CommonOptions.AddTo(command, CommonFlags.Digits | CommonFlags.ArabicDigitsAlias, defaultDigits: DigitStyle.Thai);
        command.SetAction(parseResult => Run(
            console,
            parseResult.GetValue(file)!,
            new AnnouncementRenderOptions
            {
                Format = parseResult.GetValue(markdown) ? AnnouncementFormat.Markdown : AnnouncementFormat.PlainText,
                Digits = common.Read(parseResult).Digits,
                Signatory = parseResult.GetValue(signatory),
                Position = parseResult.GetValue(position),
            }));
        return command;
    }

    private static int Run(CliConsole console, string path, AnnouncementRenderOptions options)
    {
        if (InputFiles.ReadText(console, path) is not { } json)
        {
            return 2;
        }

        if (!MeasureJson.TryDeserialize(json.TrimStart('\uFEFF'), out Measure? measure, out var error))
        {
            console.ReportError($"{path}: not a measure document: {error}");
            return 2;
        }

        AnnouncementWriter.Write(measure, console.Out, options);
        console.Out.Flush();
        return 0;
    }
}
