using System.Globalization;
using Participation.Governance.Assessment;
using Participation.Governance.ThaiFormatting.Text;

namespace Participation.Governance.Surveys;

/// <summary>
/// Writes a <see cref="SurveyReport"/> as a fixed-width table for a terminal: per question and overall, n, mean, S.D.,
/// the count at each level, the percentage satisfied (4–5) and the band; then the same table for each group of a
/// breakdown. Thai question names are aligned by their display width (<see cref="ThaiTextLayout"/>).
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class SurveyTextReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="title">What the report is of, e.g. the file name; it starts the first line.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, SurveyReport report, string title)
    {
        Preconditions.CheckNotNull(output);
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(title);
        output.WriteLine($"{title}: {SurveyFigures.Count(report.Respondents)} respondents; bands {report.Scheme}");
        WriteTable(output, report);
        if (report.Breakdown is { } breakdown)
        {
            foreach (var group in breakdown.Groups)
            {
                output.WriteLine();
                output.WriteLine($"{breakdown.Column} = {SurveyFigures.GroupName(group, "(blank)")}: {SurveyFigures.Count(group.Report.Respondents)} respondents");
                WriteTable(output, group.Report);
            }
        }
    }

    private static void WriteTable(TextWriter output, SurveyReport report)
    {
        var names = report.Questions.Select(Name).Append(report.Overall.Name).ToList();
        var nameWidth = Math.Max(ThaiTextLayout.GetDisplayWidth("question"), names.Max(ThaiTextLayout.GetDisplayWidth));
        output.WriteLine(ThaiTextLayout.PadRight("question", nameWidth) + string.Format(CultureInfo.InvariantCulture, "{0,8} {1,6} {2,6} {3,7} {4,7} {5,7} {6,7} {7,7} {8,7}  band", "n", "mean", "sd", "1", "2", "3", "4", "5", "%4-5"));
        for (var i = 0; i < report.Questions.Count; i++)
        {
            WriteRow(output, names[i], report.Questions[i], nameWidth);
        }

        WriteRow(output, report.Overall.Name, report.Overall, nameWidth);
    }

    private static string Name(SurveySummary question) => question.IsReversed ? question.Name + " (reversed)" : question.Name;

    private static void WriteRow(TextWriter output, string name, SurveySummary summary, int nameWidth)
    {
        var counts = summary.Counts;
        output.WriteLine(ThaiTextLayout.PadRight(name, nameWidth) + string.Format(
            CultureInfo.InvariantCulture,
            "{0,8} {1,6} {2,6} {3,7} {4,7} {5,7} {6,7} {7,7} {8,7}  {9}",
            summary.Count,
            SurveyFigures.Figure(summary.Mean),
            SurveyFigures.Figure(summary.StandardDeviation),
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            counts[4],
            SurveyFigures.Figure(summary.PercentSatisfied),
            summary.Band is { } band ? $"{band.ThaiLabel} ({band.EnglishLabel})" : "-"));
    }
}
