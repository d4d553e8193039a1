using System.CommandLine;
using Participation.Governance.Assessment;
using Participation.Governance.Cli.Text;
using Participation.Governance.Surveys;
using Participation.Governance.Text;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance survey FILE [--bands 0.5|0.8] [--questions COLS] [--by COL] [--reverse COLS] [--sheet S] [--format text|json|html|csv]</c>:
/// the satisfaction summary of a response file (CSV in any common Thai encoding, or .xlsx), as Google Forms, Microsoft
/// Forms or Excel wrote it.
/// </summary>
/// <remarks>
/// Reading, recognising the questions and writing the report are <see cref="SurveyResponseFile"/> and its writers; this
/// verb parses flags and passes things on. Each warning is one line on standard error, <c>warning: FILE: message</c>.
/// Exit code 0 when everything in the file was counted, 1 when a warning says answers or rows were left out, 2 when the
/// file cannot be read or is not a survey (one <c>error: FILE: message</c> line).
/// </remarks>
internal static class SurveyCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "The response file: CSV (UTF-8, UTF-16 or Windows-874) or .xlsx, e.g. a Google Forms or Microsoft Forms export; a folder or a wildcard that names one such file; '-' reads standard input.",
        };
        var bands = new Option<string>("--bands")
        {
            Description = "The band scheme to read means through: 0.5 (4.51–5.00 มากที่สุด, …) or 0.8 (4.21–5.00 มากที่สุด, …).",
            DefaultValueFactory = _ => "0.5",
        };
        bands.OneOf("0.5", "0.8");
        var questions = new Option<string[]>("--questions")
        {
            Description = "The question columns, instead of recognising them: numbers and ranges (5-14, 3,5,7-9) or a header text; may be repeated.",
            AllowMultipleArgumentsPerToken = false,
        };
        var by = new Option<string?>("--by")
        {
            Description = "Break every figure down by this column (a number or header text), e.g. --by เพศ.",
        };
        var reverse = new Option<string[]>("--reverse")
        {
            Description = "Reversed items among the questions (numbers, ranges or a header text), scored 6 − the answer; may be repeated.",
        };
        var sheet = new Option<string?>("--sheet")
        {
            Description = "The worksheet of an .xlsx workbook, by name or number (default: the first).",
        };
        var format = new Option<string>("--format")
        {
            Description = "text (a table), json, csv (UTF-8 with BOM, for Excel) or html (a printable Thai report with charts).",
            DefaultValueFactory = _ => "text",
        };
        format.OneOf("text", "json", "html", "csv");
        var json = new Option<bool>("--json")
        {
            Description = "The same as --format json: {\"respondents\":N,\"questions\":[…],\"overall\":{…}} and, with --by, \"breakdown\".",
        };

        var command = new Command("survey", "Summarize a satisfaction survey's responses: n, x̄, S.D., counts and percentages per level, % satisfied (4–5) and the band, per question, overall and per group.");
        command.Arguments.Add(file);
        command.Options.Add(bands);
        command.Options.Add(questions);
        command.Options.Add(by);
        command.Options.Add(reverse);
        command.Options.Add(sheet);
        command.Options.Add(format);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var mapping = Mapping(parseResult.GetValue(questions), parseResult.GetValue(by), parseResult.GetValue(reverse), console.Language);
            var options = new SurveyReadOptions
            {
                Scheme = parseResult.GetValue(bands) == "0.8" ? SatisfactionBandScheme.EightTenths : SatisfactionBandScheme.HalfPoint,
                Sheet = parseResult.GetValue(sheet),
            };
            return OneFile(console, parseResult.GetValue(file)!) is { } path
                ? Run(console, path, mapping, options, parseResult.GetValue(json) ? "json" : parseResult.GetValue(format)!)
                : 2;
        });
        return command;
    }

    /// <summary>The kinds of file a folder is searched for.</summary>
    private static readonly string[] Extensions = [".csv", ".xlsx", ".txt", ".tsv"];

    /// <summary>
    /// The one file an argument names: a file, or a folder or wildcard (expanded by the tool, as on every OS) that holds
    /// exactly one response file; null, after one line on standard error, when it names none.
    /// </summary>
    /// <exception cref="UsageException">It names several files.</exception>
    private static string? OneFile(CliConsole console, string argument)
    {
        var files = InputFiles.Expand([argument], Extensions, _ => { }).Take(2).ToList();
        switch (files.Count)
        {
            case 1:
                return files[0];
            case 0:
                console.ReportError(CliText.Get(console.Language, CliTextKey.NoFilesMatched, argument));
                return null;
            default:
                throw new UsageException(CliText.Get(console.Language, CliTextKey.SurveyOneFile, argument));
        }
    }

    private static SurveyColumnMapping Mapping(string[]? questions, string? by, string[]? reverse, CliLanguage language)
    {
        var mapping = SurveyColumnMapping.Recognised
            .WithQuestions((questions ?? []).SelectMany(q => Selectors(q, "--questions")))
            .WithReversed((reverse ?? []).SelectMany(r => Selectors(r, "--reverse")));
        if (by is null)
        {
            return mapping;
        }

        var column = Selectors(by, "--by");
        return column.Count == 1 ? mapping.WithBreakdown(column[0]) : throw new UsageException(CliText.Get(language, CliTextKey.SurveyColumnOne, by));
    }

    private static IReadOnlyList<SurveyColumnSelector> Selectors(string text, string option)
    {
        var parsed = SurveyColumnSelector.Parse(text);
        return parsed.Success ? parsed.Value : throw new UsageException($"{option} {text}: {parsed.Message}");
    }

    private static int Run(CliConsole console, string path, SurveyColumnMapping mapping, SurveyReadOptions options, string format)
    {
        var leftOut = false;
        ParseOutcome<SurveyReport> outcome;
        using (var stream = InputFiles.OpenStream(console, path))
        {
            if (stream is null)
            {
                return 2;
            }

            try
            {
                outcome = SurveyResponseFile.Read(stream, mapping, options, warning =>
                {
                    leftOut |= warning.LeavesOutAnswers;
                    console.Error.WriteLine(CliText.Get(console.Language, CliTextKey.WarningPrefix) + ": " + CliConsole.OneLine($"{path}: {warning.Message}"));
                });
            }
            catch (Exception e) when (InputFiles.IsUnreadable(e))
            {
                InputFiles.ReportUnreadable(console, path, e);
                return 2;
            }
        }

        if (!outcome.Success)
        {
            console.ReportError(CliText.Get(console.Language, CliTextKey.NotASurvey, path, outcome.Message));
            return 2;
        }

        var report = outcome.Value;
        switch (format)
        {
            case "json":
                SurveyJsonReport.Write(console.Out, report);
                break;
            case "csv":
                SurveyCsvReport.Write(console.Out, report);
                break;
            case "html":
                SurveyHtmlReport.Write(console.Out, report, Path.GetFileName(path));
                break;
            default:
                SurveyTextReport.Write(console.Out, report, path);
                break;
        }

        console.Out.Flush();
        return leftOut ? 1 : 0;
    }
}
