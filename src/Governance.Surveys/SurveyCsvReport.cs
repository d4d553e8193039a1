using Participation.Governance.Assessment;

namespace Participation.Governance.Surveys;

/// <summary>
/// Writes a <see cref="SurveyReport"/> as CSV for a spreadsheet: one row per question and one for all answers, then the
/// same rows for each group of a breakdown, with the columns
/// <c>group,question,n,mean,sd,count_1…count_5,percent_1…percent_5,percent_satisfied,band,reversed</c>.
/// </summary>
/// <remarks>
/// The text starts with a byte-order mark and rows end with CRLF (RFC 4180), because that is what makes Excel open Thai
/// text in UTF-8 correctly. <c>group</c> is empty for the whole survey's rows; figures have two decimals, an undefined one
/// is an empty cell.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class SurveyCsvReport
{
    /// <summary>The header row.</summary>
    public const string Header = "group,question,n,mean,sd,count_1,count_2,count_3,count_4,count_5,percent_1,percent_2,percent_3,percent_4,percent_5,percent_satisfied,band,reversed";

    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write; the byte-order mark is written as U+FEFF, which a UTF-8 writer encodes as EF BB BF.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, SurveyReport report)
    {
        Preconditions.CheckNotNull(output);
        Preconditions.CheckNotNull(report);
        output.Write('\uFEFF');
        output.Write(Header);
        output.Write("\r\n");
        WriteRows(output, string.Empty, report);
        if (report.Breakdown is { } breakdown)
        {
            foreach (var group in breakdown.Groups)
            {
                WriteRows(output, SurveyFigures.GroupName(group, "(blank)"), group.Report);
            }
        }
    }

    private static void WriteRows(TextWriter output, string group, SurveyReport report)
    {
        foreach (var question in report.Questions)
        {
            WriteRow(output, group, question);
        }

        WriteRow(output, group, report.Overall);
    }

    private static void WriteRow(TextWriter output, string group, SurveySummary summary)
    {
        var cells = new List<string> { group, summary.Name, SurveyFigures.Count(summary.Count), SurveyFigures.Figure(summary.Mean, string.Empty), SurveyFigures.Figure(summary.StandardDeviation, string.Empty) };
        cells.AddRange(summary.Counts.Select(SurveyFigures.Count));
        cells.AddRange(summary.Percentages.Select(p => SurveyFigures.Figure(summary.Count == 0 ? null : p, string.Empty)));
        cells.Add(SurveyFigures.Figure(summary.PercentSatisfied, string.Empty));
        cells.Add(summary.Band?.ThaiLabel ?? string.Empty);
        cells.Add(summary.IsReversed ? "true" : string.Empty);
        output.Write(string.Join(",", cells.Select(Quoted)));
        output.Write("\r\n");
    }

    private static string Quoted(string cell)
        => cell.IndexOfAny([',', '"', '\r', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}
