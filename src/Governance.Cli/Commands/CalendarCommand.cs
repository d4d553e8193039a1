using System.CommandLine;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Participation.Governance.Calendar;
using Participation.Governance.Cli.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance calendar [FY_BE] [--schedule quarterly|semiannual|annual] [--digits thai|arabic] [--historical] [--json]</c>:
/// a fiscal year as agency staff write it — official Thai dates with the BE year — its quarters, both six-month rounds,
/// the report due dates of a schedule, and where today falls.
/// </summary>
internal static class CalendarCommand
{
    public static Command Create(CliConsole console)
    {
        var fiscalYear = new Argument<string?>("fiscal-year")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The fiscal year as a Buddhist-Era year, such as 2563 or ๒๕๖๓ (default: the fiscal year containing today in Thailand).",
        };
        var schedule = new Option<string>("--schedule")
        {
            Description = "When reports are due: quarterly (end of every quarter), semiannual (end of Q2 and Q4, the default) or annual (end of Q4).",
            DefaultValueFactory = _ => "semiannual",
        }.OneOf("quarterly", "semiannual", "annual");
        var command = new Command("calendar", "Show a Thai government fiscal year (ปีงบประมาณ, 1 October – 30 September) in official Thai dates: quarters, both six-month rounds, report due dates and where today falls.");
        command.Arguments.Add(fiscalYear);
        command.Options.Add(schedule);
        var common = CommonOptions.AddTo(
            command,
            CommonFlags.Digits | CommonFlags.Historical | CommonFlags.Json,
            json: "Print one JSON object: fiscalYear, start, end, quarters (number, start, end), reportsDue, firstHalf and secondHalf (start, end), schedule, today, currentQuarter, currentHalf, nextReportDue; dates as yyyy-MM-dd.");
        command.SetAction(parseResult =>
        {
            var settings = common.Read(parseResult);
            var view = new CalendarView(
                ReadFiscalYear(parseResult.GetValue(fiscalYear), console),
                parseResult.GetValue(schedule)!,
                console.Today);
            if (settings.Json)
            {
                WriteJson(console.Out, view);
            }
            else
            {
                WriteText(console.Out, view, settings, console.Language);
            }

            console.Out.Flush();
            return 0;
        });
        return command;
    }

    private static ThaiFiscalYear ReadFiscalYear(string? text, CliConsole console)
    {
        if (text is null)
        {
            return ThaiFiscalYear.TryFromDate(console.Today, out var current)
                ? current
                : throw new UsageException(CliText.Get(console.Language, CliTextKey.TodayOutsideFiscalYears, Iso(console.Today)));
        }

        var parsed = ThaiFiscalYear.Parse(ThaiDigits.ToArabic(text.Trim()));
        return parsed.Success ? parsed.Value : throw new UsageException(CliText.Get(console.Language, CliTextKey.NotAFiscalYear, TextExcerpt.Quote(text, '\''), parsed.Message));
    }

    private static ReportingSchedule Schedule(string name) => name switch
    {
        "quarterly" => ReportingSchedule.Quarterly,
        "annual" => ReportingSchedule.ForQuarters(4),
        _ => ReportingSchedule.SemiAnnual,
    };

    /// <summary>
    /// One line per period, each in official Thai dates (<c>1 ตุลาคม พ.ศ. 2562 – 31 ธันวาคม พ.ศ. 2562</c>), the period that
    /// holds today marked, the next due date marked and past ones said to be past, then a line on today.
    /// </summary>
    private static void WriteText(TextWriter output, CalendarView view, CommonSettings settings, CliLanguage language)
    {
        var pattern = ThaiDatePattern.Official.WithDigits(settings.Digits).WithEraRule(settings.EraRule);
        string Text(CliTextKey key, params object[] values) => CliText.Format(language, settings.Digits, key, values);
        string Span(LocalDate start, LocalDate end) => $"{pattern.Format(start)} – {pattern.Format(end)}";
        string Mark(bool now) => now ? "  ← " + Text(CliTextKey.CalendarNow) : string.Empty;

        var year = view.FiscalYear;
        output.WriteLine($"{Text(CliTextKey.CalendarFiscalYear, year.BuddhistYear)}: {Span(year.Start, year.End)}{Mark(year.Contains(view.Today))}");
        foreach (var quarter in year.Quarters)
        {
            output.WriteLine($"  {Text(CliTextKey.CalendarQuarter, quarter.Number)}: {Span(quarter.Start, quarter.End)}{Mark(quarter.Contains(view.Today))}");
        }

        foreach (var (half, key) in new[] { (year.FirstHalf, CliTextKey.CalendarFirstHalf), (year.SecondHalf, CliTextKey.CalendarSecondHalf) })
        {
            output.WriteLine($"  {Text(key, 6)}: {Span(half.Start, half.End)}{Mark(half.Contains(view.Today))}");
        }

        var dueDates = view.DueDates.Select(due => pattern.Format(due) + (due == view.NextDue ? $" ({Text(CliTextKey.CalendarNext)})" : due < view.Today ? $" ({Text(CliTextKey.CalendarPast)})" : string.Empty));
        output.WriteLine($"{Text(CliTextKey.CalendarReportsDue, Text(ScheduleKey(view.ScheduleName)))}: {string.Join(", ", dueDates)}");

        var today = pattern.Format(view.Today);
        if (year.Contains(view.Today))
        {
            // Every schedule has a report due on the year's last day, so a day in the year always has one ahead.
            var next = view.NextDue!.Value;
            output.WriteLine(next == view.Today
                ? Text(CliTextKey.CalendarTodayNextReport, today)
                : Text(CliTextKey.CalendarToday, today, pattern.Format(next), Period.DaysBetween(view.Today, next)));
        }
        else if (ThaiFiscalYear.TryFromDate(view.Today, out var current))
        {
            output.WriteLine(Text(CliTextKey.CalendarTodayOtherYear, today, current.BuddhistYear));
        }
    }

    private static CliTextKey ScheduleKey(string name) => name switch
    {
        "quarterly" => CliTextKey.ScheduleQuarterly,
        "annual" => CliTextKey.ScheduleAnnual,
        _ => CliTextKey.ScheduleSemiAnnual,
    };

    private static void WriteJson(TextWriter output, CalendarView view)
    {
        // Utf8JsonWriter rather than a serializer: the shape is fixed by the issue, and the tool stays trimmable. The first
        // fields are those of earlier versions, in their order; later ones only add.
        var year = view.FiscalYear;
        new CliJson().WriteLine(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("fiscalYear", year.BuddhistYear);
            writer.WriteString("start", Iso(year.Start));
            writer.WriteString("end", Iso(year.End));
            writer.WriteStartArray("quarters");
            foreach (var quarter in year.Quarters)
            {
                writer.WriteStartObject();
                writer.WriteNumber("number", quarter.Number);
                writer.WriteString("start", Iso(quarter.Start));
                writer.WriteString("end", Iso(quarter.End));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("reportsDue");
            foreach (var due in view.DueDates)
            {
                writer.WriteStringValue(Iso(due));
            }

            writer.WriteEndArray();
            foreach (var (name, half) in new[] { ("firstHalf", year.FirstHalf), ("secondHalf", year.SecondHalf) })
            {
                writer.WriteStartObject(name);
                writer.WriteString("start", Iso(half.Start));
                writer.WriteString("end", Iso(half.End));
                writer.WriteEndObject();
            }

            writer.WriteString("schedule", view.ScheduleName);
            writer.WriteString("today", Iso(view.Today));
            var inYear = year.Contains(view.Today);
            WriteNumberOrNull(writer, "currentQuarter", inYear ? year.Quarters.First(q => q.Contains(view.Today)).Number : null);
            WriteNumberOrNull(writer, "currentHalf", inYear ? (year.FirstHalf.Contains(view.Today) ? 1 : 2) : null);
            if (view.NextDue is { } next)
            {
                writer.WriteString("nextReportDue", Iso(next));
            }
            else
            {
                writer.WriteNull("nextReportDue");
            }

            writer.WriteEndObject();
        });
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>What the calendar shows: a fiscal year, a schedule's due dates in it, today, and the first due date not past.</summary>
    private sealed class CalendarView
    {
        public CalendarView(ThaiFiscalYear fiscalYear, string scheduleName, LocalDate today)
        {
            FiscalYear = fiscalYear;
            ScheduleName = scheduleName;
            Today = today;
            DueDates = Schedule(scheduleName).GetDueDates(fiscalYear);
            NextDue = DueDates.Where(due => due >= today).Select(due => (LocalDate?)due).FirstOrDefault();
        }

        public ThaiFiscalYear FiscalYear { get; }

        public string ScheduleName { get; }

        public LocalDate Today { get; }

        public IReadOnlyList<LocalDate> DueDates { get; }

        /// <summary>Gets the first due date of the year on or after today, or null when all are past.</summary>
        public LocalDate? NextDue { get; }
    }
}
