using System.CommandLine;
using System.Text;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.Cli.Text;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance render FILE.json [--format text|markdown|docx] [-o OUT] [--digits thai|arabic] [--signatory NAME]
/// [--position TEXT] [--font NAME] [--emblem IMAGE]</c>: a measure as a Thai announcement (ประกาศ), as text on standard
/// output or in a file, or as a Word document.
/// </summary>
/// <remarks>
/// Exit code 0 when the announcement was written, 2 when the file cannot be read or is not a measure document, when an
/// option does not fit the format (a Word document to a terminal, <c>--emblem</c> for text), or when the output cannot be
/// written (one <c>error: …</c> line on standard error, the message naming the file or the JSON path). A non-compliant
/// measure is still rendered: <c>governance check</c> is the verb that judges it. <c>--markdown</c> and
/// <c>--arabic-digits</c>, the flags of earlier versions, still work as <c>--format markdown</c> and <c>--digits arabic</c>.
/// </remarks>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "The measure document (JSON, UTF-8, the format of docs/measure.schema.json); '-' reads standard input.",
        };
        var format = new Option<string>("--format")
        {
            Description = "text (the official layout, one clause per line), markdown, or docx (a Word document in the official layout; needs -o or a redirected standard output).",
            DefaultValueFactory = _ => "text",
        };
        format.OneOf("text", "markdown", "docx");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output ('-' is standard output).",
        };
        var signatory = new Option<string?>("--signatory")
        {
            Description = "The signatory's name, written in parentheses under the date (default: a dotted line to sign on).",
        };
        var position = new Option<string?>("--position")
        {
            Description = "The signatory's position, written under the name (default: a dotted line).",
        };
        var font = new Option<string?>("--font")
        {
            Description = "docx: the font, 16 pt: \"TH Sarabun New\" (default), \"TH SarabunPSK\" or \"TH SarabunIT๙\" (also new, psk, it9).",
        };
        var emblem = new Option<string?>("--emblem")
        {
            Description = "docx: the Garuda emblem, a PNG or JPEG file, drawn 3 cm tall at the top centre (default: an empty frame of that size).",
        };
        var markdown = new Option<bool>("--markdown") { Description = "The same as --format markdown.", Hidden = true };

        var command = new Command("render", "Write a measure (JSON) as a Thai announcement (ประกาศ) in the official layout: text, Markdown or a Word document.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(signatory);
        command.Options.Add(position);
        command.Options.Add(font);
        command.Options.Add(emblem);
        command.Options.Add(markdown);
        var common = CommonOptions.AddTo(command, CommonFlags.Digits | CommonFlags.ArabicDigitsAlias, defaultDigits: DigitStyle.Thai);
        command.SetAction(parseResult => Run(
            console,
            parseResult.GetValue(file)!,
            new Request(
                parseResult.GetValue(markdown) ? "markdown" : parseResult.GetValue(format)!,
                parseResult.GetValue(output),
                common.Read(parseResult).Digits,
                parseResult.GetValue(signatory),
                parseResult.GetValue(position),
                parseResult.GetValue(font),
                parseResult.GetValue(emblem))));
        return command;
    }

    private static int Run(CliConsole console, string path, Request request)
    {
        var word = request.Format == "docx";
        if (!word && (request.Font ?? request.Emblem) is not null)
        {
            throw new UsageException(CliText.Get(console.Language, CliTextKey.RenderOptionNeedsDocx, request.Font is null ? "--emblem" : "--font"));
        }

        var toStandardOutput = request.Output is null or "-";
        if (word && toStandardOutput && console.OutputIsTerminal)
        {
            throw new UsageException(CliText.Get(console.Language, CliTextKey.RenderDocxToTerminal));
        }

        var font = request.Font is null ? AnnouncementFont.ThSarabunNew : ParseFont(request.Font);
        if (InputFiles.ReadText(console, path) is not { } json)
        {
            return 2;
        }

        if (!MeasureJson.TryDeserialize(json.TrimStart('\uFEFF'), out Measure? measure, out var error))
        {
            console.ReportError(CliText.Get(console.Language, CliTextKey.NotAMeasureDocument, path, error));
            return 2;
        }

        byte[] document;
        if (word)
        {
            AnnouncementEmblem? emblem = null;
            if (request.Emblem is { } emblemPath && (emblem = ReadEmblem(console, emblemPath)) is null)
            {
                return 2;
            }

            using var docx = new MemoryStream();
            AnnouncementWordWriter.Write(measure, docx, new AnnouncementWordOptions
            {
                Digits = request.Digits,
                Signatory = request.Signatory,
                Position = request.Position,
                Font = font,
                Emblem = emblem,
            });
            document = docx.ToArray();
        }
        else
        {
            var options = new AnnouncementRenderOptions
            {
                Format = request.Format == "markdown" ? AnnouncementFormat.Markdown : AnnouncementFormat.PlainText,
                Digits = request.Digits,
                Signatory = request.Signatory,
                Position = request.Position,
            };
            if (toStandardOutput)
            {
                AnnouncementWriter.Write(measure, console.Out, options);
                console.Out.Flush();
                return 0;
            }

            document = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(AnnouncementWriter.Render(measure, options));
        }

        return WriteOutput(console, request.Output, document);
    }

    private static AnnouncementFont ParseFont(string text)
    {
        var parsed = AnnouncementFonts.Parse(text);
        return parsed.Success ? parsed.Value : throw new UsageException("--font: " + parsed.Message);
    }

    /// <summary>The emblem image; null, after one line on standard error, when the file cannot be read or is not a PNG or JPEG image.</summary>
    private static AnnouncementEmblem? ReadEmblem(CliConsole console, string path)
    {
        using var stream = InputFiles.OpenStream(console, path);
        if (stream is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        try
        {
            stream.CopyTo(bytes);
        }
        catch (Exception e) when (InputFiles.IsUnreadable(e))
        {
            InputFiles.ReportUnreadable(console, path, e);
            return null;
        }

        var emblem = AnnouncementEmblem.FromImage(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        if (!emblem.Success)
        {
            console.Error.WriteLine($"error: {path}: {emblem.Message}");
            return null;
        }

        return emblem.Value;
    }

    /// <summary>Writes the finished document to the output file, or to standard output's bytes.</summary>
    private static int WriteOutput(CliConsole console, string? output, byte[] document)
    {
        if (output is null or "-")
        {
            console.Out.Flush();
            console.OutputBytes.Write(document, 0, document.Length);
            console.OutputBytes.Flush();
            return 0;
        }

        try
        {
            File.WriteAllBytes(output, document);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: {(output.Length == 0 ? "''" : output)}: cannot write: {e.Message}");
            return 2;
        }
    }

    /// <summary>What the command line asks for.</summary>
    private sealed record Request(string Format, string? Output, DigitStyle Digits, string? Signatory, string? Position, string? Font, string? Emblem);
}
