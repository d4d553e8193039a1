using System.CommandLine;
using System.Globalization;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Serialization;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance check [FILE...] [--json]</c>: reads each file, hands it to <see cref="ComplianceChecker"/>, and writes
/// the <see cref="ComplianceReport"/> for people or as JSON.
/// </summary>
/// <remarks>
/// Files come from the arguments or, with none, one path per line from standard input; <c>-</c> reads a document from
/// standard input. Exit code: 0 when every document is compliant (info findings allowed), 1 when any document has a
/// finding of severity warning or error, 2 when any file cannot be read or checked; that file gets one line on
/// standard error and the other files are still checked.
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
        foreach (var file in InputFiles.Paths(console, files))
        {
            if (InputFiles.ReadText(console, file) is not { } text)
            {
                exitCode = 2;
                continue;
            }

            var result = ComplianceChecker.Check(file, text);
            if (!result.Success)
            {
                console.ReportError($"{file}: {result.Message}");
                exitCode = 2;
                continue;
            }

            var report = result.Value;
            if (json)
            {
                console.Out.WriteLine(ComplianceReportJson.Serialize(report));
            }
            else
            {
                WriteText(console.Out, report);
            }

            if (report.HasBlockingFindings)
            {
                exitCode = Math.Max(exitCode, 1);
            }
        }

        console.Out.Flush();
        return exitCode;
    }

    /// <summary>One line per finding, <c>FILE[:LINE]: GOV002 warning: message</c>, then a verdict line per document.</summary>
    private static void WriteText(TextWriter output, ComplianceReport report)
    {
        foreach (var document in report.Documents)
        {
            foreach (var finding in document.Findings)
            {
                var place = finding.Line is { } line ? report.Source + ":" + line.ToString(CultureInfo.InvariantCulture) : report.Source;
                output.WriteLine($"{place}: {finding}");
            }

            var blocking = document.Findings.Count(f => f.IsBlocking);
            var verdict = document.Verdict switch
            {
                ComplianceVerdict.NoMeasure => "a memo, no measure to check",
                ComplianceVerdict.NotAMeasure => "not a stakeholder-participation measure",
                ComplianceVerdict.Compliant => "compliant",
                _ => string.Create(CultureInfo.InvariantCulture, $"not compliant ({blocking} {(blocking == 1 ? "finding" : "findings")})"),
            };
            var kind = CamelCaseEnumJsonConverter<CheckedDocumentKind>.GetName(document.Kind);
            output.WriteLine($"{report.Source}: {kind} \"{document.Title}\" ({document.Agency}): {verdict}");
        }
    }
}
