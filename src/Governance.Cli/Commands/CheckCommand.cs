using System.CommandLine;
using System.Globalization;
using Participation.Governance.Announcements;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Cli.Text;
using Participation.Governance.Measures;
using Participation.Governance.Text;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance check [FILE|DIR|PATTERN...] [--format text|json|sarif] [--explain] [--lang th|en] [--ocr] [--tesseract PATH]</c>:
/// reads each file, hands it to <see cref="ComplianceChecker"/>, and writes the reports.
/// </summary>
/// <remarks>
/// <para>
/// With <c>--ocr</c>, a scan (a PDF without a text layer, an image of a page) is read through OCR
/// (<see cref="OcrTextReader"/>), folders are searched for images too, and a terminal shows each page as it is read; at
/// most as many pages are recognised at a time as there are cores, however many files are checked at once. Without it a
/// scan is unusable input whose message names <c>--ocr</c>.
/// </para>
/// <para>
/// Files come from the arguments (folders searched recursively, wildcards expanded by the tool) or, with none, one path
/// per line from standard input; <c>-</c> reads a document from standard input. Files are checked on all cores and
/// reported in input order. Exit code: 0 when every document is compliant (advice allowed), 1 when any has a finding of
/// severity warning or error, 2 when any file cannot be read or is not a participation measure (such a file gets one line
/// on standard error, and the other files are still checked).
/// </para>
/// </remarks>
internal static class CheckCommand
{
    /// <summary>The kinds of file a folder is searched for.</summary>
    private static readonly string[] Extensions = [".txt", ".md", ".text", ".json", ".pdf", ".docx"];

    /// <summary>The kinds of file a folder is searched for with --ocr: images of pages as well.</summary>
    private static readonly string[] ExtensionsWithImages = [.. Extensions, ".png", ".jpg", ".jpeg", ".tif", ".tiff"];

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
        var ocr = new Option<bool>("--ocr")
        {
            Description = "Read scans — PDFs without a text layer and images of pages (.png, .jpg, .tif) — through OCR: Tesseract with its Thai data, and pdftoppm (Poppler) for PDFs.",
        };
        var tesseract = new Option<string?>("--tesseract")
        {
            Description = "The tesseract program, or the folder that holds it, when it is not on PATH (implies --ocr).",
            HelpName = "PATH",
        };

        var command = new Command("check", "Check participation measures (JSON) or announcements (Thai text) for the GOV rules: findings per file; exit 0 all compliant, 1 findings, 2 unusable input.");
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.Options.Add(json);
        command.Options.Add(explain);
        command.Options.Add(jobs);
        command.Options.Add(ocr);
        command.Options.Add(tesseract);
        command.SetAction(parseResult => Run(
            console,
            parseResult.GetValue(files),
            parseResult.GetValue(json) ? "json" : parseResult.GetValue(format)!,
            parseResult.GetValue(explain),
            console.Language,
            parseResult.GetValue(jobs) ?? Environment.ProcessorCount,
            parseResult.GetValue(ocr) || parseResult.GetValue(tesseract) is not null ? new TesseractOcrEngine(parseResult.GetValue(tesseract)) : null));
        return command;
    }

    private static int Run(CliConsole console, string[]? arguments, string format, bool explain, CliLanguage language, int jobs, IOcrEngine? ocr)
    {
        var noMatch = false;
        var progress = new ProgressLine(console.Progress);
        var pages = ocr is null ? null : new PageSlots(ocr, Environment.ProcessorCount);
        var paths = InputFiles.Expand(InputFiles.Paths(console, arguments), ocr is null ? Extensions : ExtensionsWithImages, pattern =>
        {
            console.Error.WriteLine($"{CliText.Get(language, CliTextKey.ErrorPrefix)}: {CliConsole.OneLine(CliText.Get(language, CliTextKey.NoFilesMatched, pattern))}");
            noMatch = true;
        });

        // Each file is read, checked and formatted (as text or a JSON line) on a worker, and the outputs are written in
        // input order by whichever worker completes the one due next. SARIF is one document of every report, written
        // on this thread as the reports come.
        var tally = new Tally();
        Func<string, CheckedFile> check = path => CheckAndFormat(console, path, OcrOptionsFor(path, pages, progress, language), format, explain, language);
        if (format == "sarif")
        {
            var reports = OrderedParallel.Map(paths, check, jobs)
                .Select(file => Count(console, file, tally, language, progress))
                .OfType<ComplianceReport>();
            using var writer = new System.Text.Json.Utf8JsonWriter(new TextWriterStream(console.Out));
            ComplianceSarif.Write(writer, reports);
            writer.Flush();
            console.Out.WriteLine();
        }
        else
        {
            OrderedParallel.ForEach(
                paths,
                check,
                file =>
                {
                    if (Count(console, file, tally, language, progress) is not null)
                    {
                        console.WriteOutput(file.Output!);
                    }
                },
                jobs);
            if (format == "text" && tally.Files > 1)
            {
                console.Out.WriteLine(CliText.Get(language, CliTextKey.Summary, tally.Files, tally.Compliant, tally.WithFindings, tally.NotMeasures, tally.Unusable));
            }
        }

        progress.Clear();
        console.Out.Flush();
        return tally.Unusable > 0 || noMatch || tally.NotParticipationMeasures > 0 ? 2 : tally.WithFindings > 0 ? 1 : 0;
    }

    /// <summary>Reads and checks one file and, but for SARIF, writes what is to be printed of it.</summary>
    private static CheckedFile CheckAndFormat(CliConsole console, string path, OcrOptions? ocr, string format, bool explain, CliLanguage language)
    {
        var result = CheckFile(console, path, ocr);
        if (!result.Success || format == "sarif")
        {
            return new CheckedFile(path, result, null);
        }

        if (format == "json")
        {
            return new CheckedFile(path, result, ComplianceReportJson.Serialize(result.Value, includeFacts: explain) + console.Out.NewLine);
        }

        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = console.Out.NewLine };
        WriteText(output, result.Value, explain, language);
        return new CheckedFile(path, result, output.ToString());
    }

    /// <summary>Reads and checks one file; the failure message when it cannot be used.</summary>
    private static ParseOutcome<ComplianceReport> CheckFile(CliConsole console, string path, OcrOptions? ocr)
    {
        var text = InputFiles.ReadDocument(console, path, ocr, out var error);
        return text is null ? ParseOutcome<ComplianceReport>.ForFailure(error!, -1) : ComplianceChecker.Check(path, text);
    }

    /// <summary>How one file's scan is read with --ocr: through the shared page slots, each page shown on the progress line.</summary>
    private static OcrOptions? OcrOptionsFor(string path, PageSlots? pages, ProgressLine progress, CliLanguage language)
        => pages is null ? null : new OcrOptions
        {
            Engine = pages,
            Progress = new OcrProgressLine(p => progress.Show(CliText.Get(language, CliTextKey.OcrProgress, path, p.PagesDone, p.PageCount))),
        };

    /// <summary>The message for a file that cannot be used: a scan read without --ocr is told to use it.</summary>
    private static string Unusable(string message, CliLanguage language) => message switch
    {
        PdfTextReader.NoTextLayerMessage => CliText.Get(language, CliTextKey.ScanNeedsOcr),
        DocumentTextReader.ImageWithoutOcrMessage => CliText.Get(language, CliTextKey.ImageNeedsOcr),
        _ => message,
    };

    /// <summary>
    /// Counts one checked file, in input order, and shows the count on the progress line; for a file that is not usable,
    /// writes its one error line and returns null, else returns its report.
    /// </summary>
    private static ComplianceReport? Count(CliConsole console, CheckedFile file, Tally tally, CliLanguage language, ProgressLine progress)
    {
        tally.Files++;
        if (progress.Enabled)
        {
            progress.Show(CliText.Get(language, CliTextKey.Progress, tally.Files));
        }

        if (!file.Result.Success)
        {
            tally.Unusable++;
            progress.WriteLine(console.Error, $"{CliText.Get(language, CliTextKey.ErrorPrefix)}: {CliConsole.OneLine(file.Path + ": " + Unusable(file.Result.Message!, language))}");
            return null;
        }

        var report = file.Result.Value;
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

        return report;
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
                    var value = fact.Value.Length > 0 ? " " + fact.Value : string.Empty;
                    output.WriteLine($"    {CliText.Get(language, CliTextKey.Line)} {document.DescribeLine(fact.Line)}: {Fact(fact.Kind, language)}{value} ← \"{fact.Phrase}\"{(how.Length > 0 ? " (" + how + ")" : string.Empty)}");
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
        Add(FactReading.Unreadable, CliTextKey.ReadingUnreadable);
        Add(FactReading.FromOcr, CliTextKey.ReadingFromOcr);
        return string.Join("; ", parts);
    }

    /// <summary>The progress line and the error lines on standard error, shared by the workers reading files and the one writing reports.</summary>
    private sealed class ProgressLine(CliProgress progress)
    {
        private readonly object _gate = new();

        public bool Enabled => progress.Enabled;

        public void Show(string text)
        {
            lock (_gate)
            {
                progress.Show(text);
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                progress.Clear();
            }
        }

        /// <summary>Writes a line on standard error, never in the middle of a progress line another thread is writing.</summary>
        public void WriteLine(TextWriter error, string line)
        {
            lock (_gate)
            {
                error.WriteLine(line);
            }
        }
    }

    /// <summary>Shows OCR progress as it is reported, on whichever thread reads the page.</summary>
    private sealed class OcrProgressLine(Action<OcrProgress> show) : IProgress<OcrProgress>
    {
        public void Report(OcrProgress value) => show(value);
    }

    /// <summary>
    /// An engine that lets no more pages be recognised at once than there are cores, whichever files they belong to:
    /// files and their pages are both read in parallel, and OCR is what the cores are for.
    /// </summary>
    private sealed class PageSlots(IOcrEngine engine, int slots) : IOcrEngine
    {
        private readonly SemaphoreSlim _slots = new(slots, slots);

        public ParseOutcome<IReadOnlyList<OcrPage>> Recognize(string imagePath, int? dotsPerInch, CancellationToken cancellationToken)
        {
            _slots.Wait(cancellationToken);
            try
            {
                return engine.Recognize(imagePath, dotsPerInch, cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
    }

    /// <summary>One file read and checked: its report, or why it cannot be used, and what is to be printed of it.</summary>
    private sealed record CheckedFile(string Path, ParseOutcome<ComplianceReport> Result, string? Output);

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
