using System.CommandLine;
using System.Text.Json;
using Participation.Governance.Serialization;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance check [FILE...] [--json]</c>: checks participation measures and prints the findings per file.
/// </summary>
/// <remarks>
/// <para>
/// Files come from the arguments or, with none, one path per line from standard input; <c>-</c> reads a document from
/// standard input. A file holding a JSON measure document (docs/measure.schema.json) is read with
/// <see cref="MeasureJson"/> and checked against the GOV rules; any other file is read as the text of announcements
/// and memos (<see cref="CheckAnnouncement"/>), one document each, findings with the line they concern.
/// </para>
/// <para>
/// Exit code: 0 when every document is compliant (info findings allowed), 1 when any document has a finding of
/// severity warning or error, 2 when any file cannot be read or is not a measure; that file gets one line on standard
/// error naming it and, for bad JSON, the JSON path, and the other files are still checked.
/// </para>
/// </remarks>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Measure files (JSON) or announcement text (UTF-8), told apart by content. With none, file paths are read one per line from standard input; '-' reads a document from standard input.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Write one JSON object per file: {\"file\":…,\"documents\":[{\"kind\":\"measure\",…,\"findings\":[…]}]}.",
        };

        var command = new Command("check", "Check participation measures (JSON) or announcements (Thai text) for the GOV rules: findings per file; exit 0 all compliant, 1 findings, 2 unreadable input.");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.SetAction(parseResult => Run(console, parseResult.GetValue(files), parseResult.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string[]? files, bool json)
    {
        var exitCode = 0;
        foreach (var file in Paths(console, files))
        {
            var report = Check(console, file);
            if (report is null)
            {
                exitCode = 2;
                continue;
            }

            if (json)
            {
                report.WriteJson(console.Out);
            }
            else
            {
                report.WriteText(console.Out);
            }

            if (report.HasBlockingFindings)
            {
                exitCode = Math.Max(exitCode, 1);
            }
        }

        console.Out.Flush();
        return exitCode;
    }

    private static IEnumerable<string> Paths(CliConsole console, string[]? files)
    {
        if (files is { Length: > 0 })
        {
            return files;
        }

        return ReadLines(console.In).Where(line => line.Trim().Length > 0);
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Reads and checks one file; null (after one line on standard error) when it cannot be read or is not a measure.</summary>
    private static CheckReport? Check(CliConsole console, string file)
    {
        string text;
        try
        {
            text = file == "-" ? console.In.ReadToEnd() : File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: {file}: cannot read: {e.Message}");
            return null;
        }

        if (!CheckAnnouncement.IsJson(text))
        {
            return CheckAnnouncement.Check(console, file, text);
        }

        try
        {
            return new CheckReport(file, [CheckedDocument.FromMeasure(MeasureJson.Deserialize(text))]);
        }
        catch (JsonException e)
        {
            console.Error.WriteLine($"error: {file}: not a measure document: {e.Message}");
            return null;
        }
    }
}
