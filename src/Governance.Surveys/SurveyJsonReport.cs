using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Participation.Governance.Assessment;

namespace Participation.Governance.Surveys;

/// <summary>
/// Writes a <see cref="SurveyReport"/> as one JSON object:
/// <c>{"respondents":N,"questions":[{"name":…,"n":…,"mean":…,"sd":…,"counts":[c1,…,c5],"percentSatisfied":…,"band":"มาก"}],"overall":{…}}</c>,
/// with <c>"breakdown":{"column":…,"groups":[{"value":…,"respondents":…,"questions":[…],"overall":{…}}]}</c> when the
/// report is broken down, and <c>"reversed":true</c> on a reversed item.
/// </summary>
/// <remarks>
/// Figures are rounded once, to two decimals half away from zero (<see cref="ScoreRounding"/>); an undefined figure (the
/// mean of no answers, the S.D. of one) is <c>null</c>. Thai is written as it is, not as <c>\u</c> escapes.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class SurveyJsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Thai stays readable in the output; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Thai),
    };

    /// <summary>Writes the report as one line of JSON.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, SurveyReport report)
    {
        Preconditions.CheckNotNull(output);
        Preconditions.CheckNotNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, report);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Writes the report as a JSON object to a JSON writer, e.g. as a value inside a larger document.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, SurveyReport report)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(report);
        writer.WriteStartObject();
        WriteFigures(writer, report);
        if (report.Breakdown is { } breakdown)
        {
            writer.WriteStartObject("breakdown");
            writer.WriteString("column", breakdown.Column);
            writer.WriteStartArray("groups");
            foreach (var group in breakdown.Groups)
            {
                writer.WriteStartObject();
                writer.WriteString("value", group.Value);
                WriteFigures(writer, group.Report);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter writer, SurveyReport report)
    {
        writer.WriteNumber("respondents", report.Respondents);
        writer.WriteStartArray("questions");
        foreach (var question in report.Questions)
        {
            WriteSummary(writer, question);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("overall");
        WriteSummary(writer, report.Overall);
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

        if (summary.IsReversed)
        {
            writer.WriteBoolean("reversed", true);
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
}
