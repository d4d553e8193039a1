using System.CommandLine;
using System.Globalization;
using Participation.Governance.Announcements;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Cli.Text;
using Participation.Governance.Measures;
using Participation.Governance.Text;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance check [FILE|DIR|PATTERN...] [--format text|json|sarif] [--explain] [--lang th|en]</c>: reads each file,
/// hands it to <see cref="ComplianceChecker"/>, and writes the reports.
/// </summary>
/// <remarks>
/// Files come from the arguments (folders searched recursively, wildcards expanded by the tool) or, with none, one path
/// per line from standard input; <c>-</c> reads a document from standard input. Files are checked on all cores and
/// reported in input order. Exit code: 0 when every document is compliant (advice allowed), 1 when any has a finding of
/// severity warning or error, 2 when any file cannot be read or is not a participation measure (such a file gets one line
/// on standard error, and the other files are still checked).
/// </remarks>
internal static class CheckCommand
{
    /// <summary>The kinds of file a folder is searched for.</summary>
    private static readonly string[] Extensions = [".txt", ".md", ".text", ".json", ".pdf", ".docx"];

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Measures (JSON) or announcements (PDF with a text layer, Word .docx, text in UTF-8, UTF-16 or Windows-874), told apart by content; folders are searched recursively and wildcards expanded. With none, file paths are read one per line from standard input; '-' reads a document from standard input.",
        };
        var format = new Option<string>("--format")
        {
            Description = "text (for people), json (one object per file) or sarif (one SARIF 2.1.0 log, for CI code scanning).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        format.OneOf("text", "json", "sarif");
        var json = new Option<bool>("--json") { Description = "The same as --format json." };
        var explain = new Option<bool>("--explain")
        {
            Description = "Show, for each fact read, the line and the words it was read from, and for each finding why.",
        };
        var jobs = new Option<int?>("--jobs")
        {
            Description = "How many files to check at once (default: one per core).",
            HelpName = "N",
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError($"--jobs must be 1 or more; got {result.GetValueOrDefault<int?>()}.");
            }
        });

        var command = new Command("check", "Check participation measures (JSON) or announcements (Thai text) for the GOV rules: findings per file; exit 0 all compliant, 1 findings, 2 unusable input.");
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.Options.Add(json);
        command.Options.Add(explain);
        command.Options.Add(jobs);
        command.SetAction(parseResult => Run(
            console,
            parseResult.GetValue(files),
            parseResult.GetValue(json) ? "json" : parseResult.GetValue(format)!,
            parseResult.GetValue(explain),
            console.Language,
            parseResult.GetValue(jobs) ?? Environment.ProcessorCount));
        return command;
    }

    private static int Run(CliConsole console, string[]? arguments, string format, bool explain, CliLanguage language, int jobs)
    {
        var noMatch = false;
        var paths = InputFiles.Expand(InputFiles.Paths(console, arguments), Extensions, pattern =>
        {
            console.Error.WriteLine($"{CliText.Get(language, CliTextKey.ErrorPrefix)}: {CliConsole.OneLine(CliText.Get(language, CliTextKey.NoFilesMatched, pattern))}");
            noMatch = true;
        });

        var tally = new Tally();
        var results = OrderedParallel.Map(paths, path => (Path: path, Result: CheckFile(console, path)), jobs);
        var reports = Report(console, results, tally, language);
        if (format == "sarif")
        {
            using var writer = new System.Text.Json.Utf8JsonWriter(new TextWriterStream(console.Out));
            ComplianceSarif.Write(writer, reports);
            writer.Flush();
            console.Out.WriteLine();
        }
        else
        {
            foreach (var report in reports)
            {
                if (format == "json")
                {
                    console.Out.WriteLine(ComplianceReportJson.Serialize(report, includeFacts: explain));
                }
                else
                {
                    WriteText(console.Out, report, explain, language);
                }
            }

            if (format == "text" && tally.Files > 1)
            {
                console.Out.WriteLine(CliText.Get(language, CliTextKey.Summary, tally.Files, tally.Compliant, tally.WithFindings, tally.NotMeasures, tally.Unusable));
            }
        }

        console.Progress.Clear();
        console.Out.Flush();
        return tally.Unusable > 0 || noMatch || tally.NotParticipationMeasures > 0 ? 2 : tally.WithFindings > 0 ? 1 : 0;
    }

    /// <summary>Reads and checks one file; the failure message when it cannot be used.</summary>
    private static ParseOutcome<ComplianceReport> CheckFile(CliConsole console, string path)
    {
        var text = InputFiles.ReadDocument(console, path, out var error);
        return text is null ? ParseOutcome<ComplianceReport>.ForFailure(error!, -1) : ComplianceChecker.Check(path, text);
    }

    /// <summary>Passes the usable reports on, in order, writing one error line for each file that is not usable and counting.</summary>
    private static IEnumerable<ComplianceReport> Report(CliConsole console, IEnumerable<(string Path, ParseOutcome<ComplianceReport> Result)> results, Tally tally, CliLanguage language)
    {
        foreach (var (path, result) in results)
        {
            tally.Files++;
            console.Progress.Show(CliText.Get(language, CliTextKey.Progress, tally.Files));
            if (!result.Success)
            {
                tally.Unusable++;
                console.Error.WriteLine($"{CliText.Get(language, CliTextKey.ErrorPrefix)}: {CliConsole.OneLine(path + ": " + result.Message)}");
                continue;
            }

            var report = result.Value;
            if (report.HasBlockingFindings)
            {
                tally.WithFindings++;
            }
            else if (report.HasMeasure)
            {
                tally.Compliant++;
            }
            else
            {
                tally.NotMeasures++;
                tally.NotParticipationMeasures += report.Documents.Any(d => d.Kind == CheckedDocumentKind.Other) ? 1 : 0;
            }

            yield return report;
        }
    }

    /// <summary>
    /// One line per finding, <c>FILE[:LINE]: GOV002 warning: message</c> (<c>FILE:PAGE:LINE</c> for a PDF), then a verdict
    /// line per document; with --explain, why and what was read.
    /// </summary>
    private static void WriteText(TextWriter output, ComplianceReport report, bool explain, CliLanguage language)
    {
        foreach (var document in report.Documents)
        {
            for (var i = 0; i < document.Findings.Count; i++)
            {
                var finding = document.Findings[i];
                var place = document.DescribeLine(finding.Line) is { } location ? report.Source + ":" + location : report.Source;
                var message = language == CliLanguage.Thai ? finding.ThaiMessage : finding.Message;
                output.WriteLine($"{place}: {finding.Id} {Severity(finding.Severity, language)}: {message}");
                if (explain)
                {
                    var reason = document.Reasons[i];
                    output.WriteLine($"    {CliText.Get(language, CliTextKey.Why)}: {(language == CliLanguage.Thai ? reason.Thai : reason.English)}");
                }
            }

            var blocking = document.Findings.Count(f => f.IsBlocking);
            var verdict = document.Verdict switch
            {
                ComplianceVerdict.NoMeasure => CliText.Get(language, CliTextKey.MemoNoMeasure),
                ComplianceVerdict.NotAMeasure => CliText.Get(language, CliTextKey.NotAMeasure),
                ComplianceVerdict.Compliant => CliText.Get(language, CliTextKey.Compliant),
                _ => CliText.Get(language, CliTextKey.NotCompliant, blocking),
            };
            output.WriteLine($"{report.Source}: {Kind(document.Kind, language)} \"{document.Title ?? "-"}\" ({document.Agency ?? "-"}): {verdict}");
            if (explain && document.Facts.Count > 0)
            {
                output.WriteLine($"    {CliText.Get(language, CliTextKey.FactsHeading)}:");
                foreach (var fact in document.Facts)
                {
                    var how = Reading(fact, language);
                    output.WriteLine($"    {CliText.Get(language, CliTextKey.Line)} {document.DescribeLine(fact.Line)}: {Fact(fact.Kind, language)} {fact.Value} ← \"{fact.Phrase}\"{(how.Length > 0 ? " (" + how + ")" : string.Empty)}");
                }
            }
        }
    }

    private static string Severity(FindingSeverity severity, CliLanguage language) => CliText.Get(language, severity switch
    {
        FindingSeverity.Info => CliTextKey.SeverityInfo,
        FindingSeverity.Warning => CliTextKey.SeverityWarning,
        _ => CliTextKey.SeverityError,
    });

    private static string Kind(CheckedDocumentKind kind, CliLanguage language) => CliText.Get(language, kind switch
    {
        CheckedDocumentKind.Measure => CliTextKey.KindMeasure,
        CheckedDocumentKind.Announcement => CliTextKey.KindAnnouncement,
        CheckedDocumentKind.Memo => CliTextKey.KindMemo,
        _ => CliTextKey.KindOther,
    });

    private static string Fact(FactKind kind, CliLanguage language) => CliText.Get(language, kind switch
    {
        FactKind.Agency => CliTextKey.FactAgency,
        FactKind.Title => CliTextKey.FactTitle,
        FactKind.IssuedOn => CliTextKey.FactIssuedOn,
        FactKind.FiscalYear => CliTextKey.FactFiscalYear,
        FactKind.Level => CliTextKey.FactLevel,
        FactKind.FeedbackChannel => CliTextKey.FactFeedbackChannel,
        FactKind.PublishingChannel => CliTextKey.FactPublishingChannel,
        FactKind.Step => CliTextKey.FactStep,
        FactKind.Phase => CliTextKey.FactPhase,
        FactKind.ReportingQuarter => CliTextKey.FactReportingQuarter,
        _ => CliTextKey.FactLegalBasis,
    });

    private static string Reading(DocumentFact fact, CliLanguage language)
    {
        var parts = new List<string>();
        void Add(FactReading flag, CliTextKey key, params object[] values)
        {
            if ((fact.Reading & flag) != 0)
            {
                parts.Add(CliText.Get(language, key, values));
            }
        }

        Add(FactReading.TypingSlip, CliTextKey.ReadingTypingSlip, fact.ReadAs ?? string.Empty);
        Add(FactReading.DirectionFromHeading, CliTextKey.ReadingDirectionFromHeading);
        Add(FactReading.DirectionFromClauseAbove, CliTextKey.ReadingDirectionFromClauseAbove);
        Add(FactReading.DirectionFromMedium, CliTextKey.ReadingDirectionFromMedium);
        Add(FactReading.ChannelsNotNamed, CliTextKey.ReadingChannelsNotNamed);
        Add(FactReading.PromiseToHear, CliTextKey.ReadingPromiseToHear);
        return string.Join("; ", parts);
    }

    /// <summary>What the closing summary counts.</summary>
    private sealed class Tally
    {
        public int Files { get; set; }

        public int Compliant { get; set; }

        public int WithFindings { get; set; }

        public int NotMeasures { get; set; }

        /// <summary>Gets or sets the files holding a document that is not a participation measure: unusable input, exit 2.</summary>
        public int NotParticipationMeasures { get; set; }

        public int Unusable { get; set; }
    }
}
