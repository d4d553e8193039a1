using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Participation.Governance.Calendar;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance calendar [FY_BE] [--json]</c>: a fiscal year's start and end, its quarters, the six-month
/// period and the semi-annual report due dates.
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
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object: fiscalYear, start, end, quarters (number, start, end) and reportsDue.",
        };
        var command = new Command("calendar", "Show a Thai government fiscal year (ปีงบประมาณ, 1 October – 30 September): quarters, the six-month period and report due dates.");
        command.Arguments.Add(fiscalYear);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var year = ReadFiscalYear(parseResult.GetValue(fiscalYear), console.Today);
            if (parseResult.GetValue(json))
            {
                WriteJson(console.Out, year);
            }
            else
            {
                WriteText(console.Out, year);
            }

            console.Out.Flush();
            return 0;
        });
        return command;
    }

    private static ThaiFiscalYear ReadFiscalYear(string? text, LocalDate today)
    {
        if (text is null)
        {
            return ThaiFiscalYear.TryFromDate(today, out var current)
                ? current
                : throw new UsageException($"today ({Iso(today)}) is outside the supported fiscal years; give the fiscal year, such as 2563.");
        }

        var parsed = ThaiFiscalYear.Parse(ThaiDigits.ToArabic(text.Trim()));
        return parsed.Success ? parsed.Value : throw new UsageException($"{TextExcerpt.Quote(text, '\'')} is not a fiscal year: {parsed.Message}");
    }

    private static void WriteText(TextWriter output, ThaiFiscalYear year)
    {
        output.WriteLine($"Fiscal year {year} (ปีงบประมาณ พ.ศ. {year}): {Span(year.Start, year.End)}");
        foreach (var quarter in year.Quarters)
        {
            output.WriteLine($"  Q{quarter.Number} (ไตรมาส {quarter.Number}): {Span(quarter.Start, quarter.End)}");
        }

        output.WriteLine($"Six-month period (รอบ 6 เดือน): {Span(year.FirstHalf.Start, year.FirstHalf.End)}");
        output.WriteLine($"Reports due, semi-annual (กำหนดรายงานผล): {string.Join(", ", ReportingSchedule.SemiAnnual.GetDueDates(year).Select(Iso))}");
    }

    private static void WriteJson(TextWriter output, ThaiFiscalYear year)
    {
        // Utf8JsonWriter rather than a serializer: the shape is fixed by the issue, and the tool stays trimmable.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
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
            foreach (var due in ReportingSchedule.SemiAnnual.GetDueDates(year))
            {
                writer.WriteStringValue(Iso(due));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static string Span(LocalDate start, LocalDate end) => $"{Iso(start)} – {Iso(end)}";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
