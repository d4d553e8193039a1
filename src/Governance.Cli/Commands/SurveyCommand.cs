using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Participation.Governance.Assessment;
using Participation.Governance.ThaiFormatting.Text;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance survey FILE.csv [--bands 0.5|0.8] [--json]</c>: the satisfaction summary of a response file.
/// </summary>
/// <remarks>
/// The file is streamed, so its size does not matter. Malformed rows are left out of the summary and reported on
/// standard error as <c>error: FILE:LINE: message</c>, and the exit code is 1; an unreadable file or one without a
/// usable header row gives exit code 2. Printed figures (mean, sd, percentages) are rounded to two decimals, half
/// away from zero, the same rounding the band is read from; a figure that is undefined (no answers, or sd of a
/// single answer) is printed as <c>-</c> in the table and <c>null</c> in JSON.
/// </remarks>
internal static class SurveyCommand
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Thai stays readable in the output; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai),
    };

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "The response file (CSV, UTF-8): a header row of question names, then one row per respondent with answers 1–5; an empty cell is no answer. '-' reads standard input.",
        };
        var bands = new Option<string>("--bands")
        {
            Description = "The band scheme to read means through: 0.5 (4.51–5.00 มากที่สุด, …) or 0.8 (4.21–5.00 มากที่สุด, …).",
            DefaultValueFactory = _ => "0.5",
        };
        bands.OneOf("0.5", "0.8");
        var json = new Option<bool>("--json")
        {
            Description = "Write one JSON object: {\"respondents\":N,\"questions\":[…],\"overall\":{…}}.",
        };

        var command = new Command("survey", "Summarize a satisfaction-survey response file: n, mean, sd, counts per level, % satisfied (4–5) and the band, per question and overall.");
        command.Arguments.Add(file);
        command.Options.Add(bands);
        command.Options.Add(json);
        command.SetAction(parseResult => Run(
            console,
            parseResult.GetValue(file)!,
            parseResult.GetValue(bands) == "0.8" ? SatisfactionBandScheme.EightTenths : SatisfactionBandScheme.HalfPoint,
            parseResult.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string path, SatisfactionBandScheme scheme, bool json)
    {
        var malformedRows = 0L;
        SurveyReport report;
        var input = InputFiles.OpenText(console, path);
        if (input is null)
        {
            return 2;
        }

        try
        {
            var tally = SurveyTally.Read(input, problem =>
            {
                malformedRows++;
                console.ReportError($"{path}:{problem.LineNumber}: {problem.Message}");
            });
            if (!tally.Success)
            {
                console.ReportError($"{path}: not a survey response file: {tally.Message}");
                return 2;
            }

            report = tally.Value.Summarize(scheme);
        }
        catch (Exception e) when (InputFiles.IsUnreadable(e))
        {
            InputFiles.ReportUnreadable(console, path, e);
            return 2;
        }
        finally
        {
            if (!ReferenceEquals(input, console.In))
            {
                input.Dispose();
            }
        }

        if (json)
        {
            WriteJson(console.Out, report);
        }
        else
        {
            WriteTable(console.Out, path, report);
        }

        console.Out.Flush();
        return malformedRows > 0 ? 1 : 0;
    }

    private static void WriteJson(TextWriter output, SurveyReport report)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("respondents", report.Respondents);
            writer.WriteStartArray("questions");
            foreach (var question in report.Questions)
            {
                WriteSummary(writer, question);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("overall");
            WriteSummary(writer, report.Overall);
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteSummary(Utf8JsonWriter writer, SurveySummary summary)
    {
        writer.WriteStartObject();
        writer.WriteString("name", summary.Name);
        writer.WriteNumber("n", summary.Count);
        WriteNumberOrNull(writer, "mean", ScoreRounding.ToHundredths(summary.Mean));
        WriteNumberOrNull(writer, "sd", ScoreRounding.ToHundredths(summary.StandardDeviation));
        writer.WriteStartArray("counts");
        foreach (var count in summary.Counts)
        {
            writer.WriteNumberValue(count);
        }

        writer.WriteEndArray();
        WriteNumberOrNull(writer, "percentSatisfied", ScoreRounding.ToHundredths(summary.PercentSatisfied));
        if (summary.Band is { } band)
        {
            writer.WriteString("band", band.ThaiLabel);
        }
        else
        {
            writer.WriteNull("band");
        }

        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteTable(TextWriter output, string path, SurveyReport report)
    {
        output.WriteLine($"{path}: {report.Respondents.ToString(CultureInfo.InvariantCulture)} respondents; bands {report.Scheme}");
        var nameWidth = Math.Max(ThaiTextLayout.GetDisplayWidth("question"), report.Questions.Select(q => ThaiTextLayout.GetDisplayWidth(q.Name)).DefaultIfEmpty(0).Max());
        nameWidth = Math.Max(nameWidth, ThaiTextLayout.GetDisplayWidth(report.Overall.Name));
        output.WriteLine(ThaiTextLayout.PadRight("question", nameWidth) + string.Format(CultureInfo.InvariantCulture, "{0,8} {1,6} {2,6} {3,7} {4,7} {5,7} {6,7} {7,7} {8,7}  band", "n", "mean", "sd", "1", "2", "3", "4", "5", "%4-5"));
        foreach (var question in report.Questions)
        {
            WriteRow(output, question, nameWidth);
        }

        WriteRow(output, report.Overall, nameWidth);
    }

    private static void WriteRow(TextWriter output, SurveySummary summary, int nameWidth)
    {
        var counts = summary.Counts;
        output.WriteLine(ThaiTextLayout.PadRight(summary.Name, nameWidth) + string.Format(
            CultureInfo.InvariantCulture,
            "{0,8} {1,6} {2,6} {3,7} {4,7} {5,7} {6,7} {7,7} {8,7}  {9}",
            summary.Count,
            Figure(summary.Mean),
            Figure(summary.StandardDeviation),
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            counts[4],
            Figure(summary.PercentSatisfied),
            summary.Band is { } band ? $"{band.ThaiLabel} ({band.EnglishLabel})" : "-"));
    }

    private static string Figure(decimal? value)
        => ScoreRounding.ToHundredths(value) is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
