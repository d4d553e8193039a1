using System.Globalization;
using System.Net;
using Participation.Governance.Assessment;

namespace Participation.Governance.Surveys;

/// <summary>
/// Writes a <see cref="SurveyReport"/> as one self-contained HTML page in Thai, the way agencies put satisfaction results
/// in their evidence: the table (ข้อ, รายการ, จำนวนและร้อยละในแต่ละระดับ, x̄, S.D., ระดับ, n), a bar chart of the mean of every
/// question and the overall one, a bar chart of the answers at each level overall and for every question, and, when the
/// report is broken down, x̄ (S.D.) of each group side by side with a chart of the groups' overall means.
/// </summary>
/// <remarks>
/// Charts are inline SVG, well-formed XML; the page has no script and loads nothing from the network (fonts are the
/// reader's own Thai fonts). It prints on A4 portrait: page margins are set, table headers repeat on every page, and no
/// chart or table row is split across pages. Figures are rounded once, as every report rounds them (<see cref="ScoreRounding"/>).
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class SurveyHtmlReport
{
    // Level 1 (index 0) to 5: red to green, dark enough to read on paper and distinct in grey.
    private static readonly string[] LevelColors = ["#c0392b", "#e67e22", "#f1c40f", "#7dbb42", "#1e8449"];

    private const string Style = """
        @page { size: A4 portrait; margin: 15mm 15mm 15mm 20mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "TH Sarabun New", "TH SarabunPSK", Sarabun, "Noto Sans Thai", "Noto Sans Thai UI", Garuda, Loma, "Leelawadee UI", Tahoma, sans-serif;
               font-size: 12pt; line-height: 1.35; color: #000; background: #fff; max-width: 175mm; margin: 8mm auto; }
        h1 { font-size: 18pt; margin: 0 0 2mm; }
        h2 { font-size: 15pt; margin: 6mm 0 2mm; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 12pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
        p.meta { margin: 0 0 3mm; }
        table { border-collapse: collapse; width: 100%; font-size: 10pt; }
        th, td { border: 0.5pt solid #555; padding: 1mm 1.2mm; vertical-align: top; }
        th { background: #eef2f5; font-weight: bold; text-align: center; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.no { text-align: center; }
        table.summary td:nth-child(2) { width: 34%; }
        tr.overall td { font-weight: bold; background: #f7f7f7; }
        thead { display: table-header-group; }
        tr, figure { break-inside: avoid; page-break-inside: avoid; }
        figure { margin: 2mm 0 4mm; }
        figcaption { font-size: 11pt; font-weight: bold; margin-bottom: 1mm; }
        svg { display: block; width: 100%; height: auto; }
        .legend { font-size: 10pt; }
        """;

    /// <summary>Writes the page.</summary>
    /// <param name="output">Where to write (the page declares UTF-8; write it with a UTF-8 writer).</param>
    /// <param name="report">The report.</param>
    /// <param name="title">What the report is of, e.g. the survey's or the file's name; shown under the heading.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, SurveyReport report, string title)
    {
        Preconditions.CheckNotNull(output);
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(title);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"th\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>ผลการประเมินความพึงพอใจ – {Escape(title)}</title>");
        output.WriteLine("<style>");
        output.WriteLine(Style);
        output.WriteLine("</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<h1>ผลการประเมินความพึงพอใจ</h1>");
        output.WriteLine($"<p class=\"meta\">ข้อมูลจาก {Escape(title)} · ผู้ตอบแบบสอบถาม {SurveyFigures.Count(report.Respondents)} คน · เกณฑ์การแปลผลค่าเฉลี่ย: {Escape(Criteria(report.Scheme))}</p>");

        output.WriteLine("<section id=\"summary\">");
        output.WriteLine("<h2>ตารางสรุปผลการประเมิน</h2>");
        WriteSummaryTable(output, report);
        output.WriteLine("</section>");

        output.WriteLine("<section id=\"overall\">");
        output.WriteLine("<h2>ภาพรวม</h2>");
        WriteFigure(output, "ค่าเฉลี่ยความพึงพอใจรายข้อและภาพรวม (x̄, เต็ม 5)", MeansChart(report.Questions.Select((q, i) => ("ข้อ " + (i + 1).ToString(CultureInfo.InvariantCulture), q)).Append(("ภาพรวม", report.Overall)).ToList(), report.Scheme));
        WriteFigure(output, $"ร้อยละของคำตอบในแต่ละระดับ ภาพรวม (n = {SurveyFigures.Count(report.Overall.Count)})", LevelsChart(report.Overall));
        output.WriteLine("</section>");

        output.WriteLine("<section id=\"questions\">");
        output.WriteLine("<h2>รายข้อ</h2>");
        for (var i = 0; i < report.Questions.Count; i++)
        {
            var question = report.Questions[i];
            WriteFigure(output, $"ข้อ {i + 1}. {question.Name}{(question.IsReversed ? " (ข้อคำถามเชิงลบ คิดคะแนนกลับ)" : string.Empty)} (n = {SurveyFigures.Count(question.Count)})", LevelsChart(question));
        }

        output.WriteLine("</section>");
        if (report.Breakdown is { } breakdown)
        {
            WriteBreakdown(output, report, breakdown);
        }

        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteSummaryTable(TextWriter output, SurveyReport report)
    {
        output.WriteLine("<table class=\"summary\">");
        output.WriteLine("<thead>");
        output.WriteLine("<tr><th rowspan=\"2\">ข้อ</th><th rowspan=\"2\">รายการ</th><th colspan=\"5\">จำนวน (ร้อยละ) ในแต่ละระดับ</th><th rowspan=\"2\">x̄</th><th rowspan=\"2\">S.D.</th><th rowspan=\"2\">ระดับ</th><th rowspan=\"2\">n</th></tr>");
        output.Write("<tr>");
        for (var level = 5; level >= 1; level--)
        {
            output.Write($"<th>{SurveyFigures.LevelLabels[level - 1]}<br>({level})</th>");
        }

        output.WriteLine("</tr>");
        output.WriteLine("</thead>");
        output.WriteLine("<tbody>");
        for (var i = 0; i < report.Questions.Count; i++)
        {
            var question = report.Questions[i];
            WriteSummaryRow(output, (i + 1).ToString(CultureInfo.InvariantCulture), question.Name + (question.IsReversed ? " (คิดคะแนนกลับ)" : string.Empty), question, overall: false);
        }

        WriteSummaryRow(output, string.Empty, "ภาพรวม", report.Overall, overall: true);
        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
    }

    private static void WriteSummaryRow(TextWriter output, string number, string name, SurveySummary summary, bool overall)
    {
        output.Write(overall ? "<tr class=\"overall\">" : "<tr>");
        output.Write($"<td class=\"no\">{number}</td><td>{Escape(name)}</td>");
        for (var level = 5; level >= 1; level--)
        {
            var percent = summary.Count == 0 ? "-" : SurveyFigures.Figure(summary.Percentages[level - 1]);
            output.Write($"<td class=\"num\">{SurveyFigures.Count(summary.Counts[level - 1])} ({percent})</td>");
        }

        output.Write($"<td class=\"num\">{SurveyFigures.Figure(summary.Mean)}</td><td class=\"num\">{SurveyFigures.Figure(summary.StandardDeviation)}</td>");
        output.Write($"<td class=\"no\">{Escape(summary.Band?.ThaiLabel ?? "-")}</td><td class=\"num\">{SurveyFigures.Count(summary.Count)}</td>");
        output.WriteLine("</tr>");
    }

    private static void WriteBreakdown(TextWriter output, SurveyReport report, SurveyBreakdown breakdown)
    {
        output.WriteLine("<section id=\"breakdown\">");
        output.WriteLine($"<h2>จำแนกตาม{Escape(breakdown.Column)}</h2>");
        output.WriteLine("<table class=\"breakdown\">");
        output.WriteLine("<thead>");
        output.Write("<tr><th rowspan=\"2\">ข้อ</th><th rowspan=\"2\">รายการ</th>");
        foreach (var group in breakdown.Groups)
        {
            output.Write($"<th colspan=\"2\">{Escape(SurveyFigures.GroupName(group, "ไม่ระบุ"))}<br>(n = {SurveyFigures.Count(group.Report.Respondents)} คน)</th>");
        }

        output.WriteLine("</tr>");
        output.Write("<tr>");
        foreach (var unused in breakdown.Groups)
        {
            output.Write("<th>x̄</th><th>S.D.</th>");
        }

        output.WriteLine("</tr>");
        output.WriteLine("</thead>");
        output.WriteLine("<tbody>");
        for (var i = 0; i <= report.Questions.Count; i++)
        {
            var overall = i == report.Questions.Count;
            output.Write(overall ? "<tr class=\"overall\"><td class=\"no\"></td><td>ภาพรวม</td>" : $"<tr><td class=\"no\">{i + 1}</td><td>{Escape(report.Questions[i].Name)}</td>");
            foreach (var group in breakdown.Groups)
            {
                var summary = overall ? group.Report.Overall : group.Report.Questions[i];
                output.Write($"<td class=\"num\">{SurveyFigures.Figure(summary.Mean)}</td><td class=\"num\">{SurveyFigures.Figure(summary.StandardDeviation)}</td>");
            }

            output.WriteLine("</tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
        WriteFigure(output, $"ค่าเฉลี่ยความพึงพอใจภาพรวม จำแนกตาม{breakdown.Column}", MeansChart(breakdown.Groups.Select(g => (SurveyFigures.GroupName(g, "ไม่ระบุ"), g.Report.Overall)).ToList(), report.Scheme));
        output.WriteLine("</section>");
    }

    private static void WriteFigure(TextWriter output, string caption, string svg)
    {
        output.WriteLine("<figure>");
        output.WriteLine($"<figcaption>{Escape(caption)}</figcaption>");
        output.WriteLine(svg);
        output.WriteLine("</figure>");
    }

    /// <summary>One horizontal bar per row, its length the mean on a 0–5 axis, coloured by the band the mean reads as.</summary>
    private static string MeansChart(IReadOnlyList<(string Label, SurveySummary Summary)> rows, SatisfactionBandScheme scheme)
    {
        const int Width = 640, Left = 150, Right = 70, Top = 22, Bar = 18, Gap = 8;
        var plot = Width - Left - Right;
        var height = Top + (rows.Count * (Bar + Gap)) + 6;
        var svg = new SvgBuilder(Width, height, "ค่าเฉลี่ยความพึงพอใจ");
        for (var tick = 0; tick <= 5; tick++)
        {
            var x = Left + (plot * tick / 5.0);
            svg.Line(x, Top - 4, x, height - 6, "#cccccc");
            svg.Text(x, Top - 8, tick.ToString(CultureInfo.InvariantCulture), "middle", 11);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (label, summary) = rows[i];
            var y = Top + (i * (Bar + Gap));
            svg.Text(Left - 6, y + (Bar * 0.75), Shorten(label, 24), "end", 12);
            if (summary.Mean is { } mean)
            {
                var level = scheme.Bands.ToList().IndexOf(summary.Band!);
                svg.Rect(Left, y, plot * (double)ScoreRounding.ToHundredths(mean) / 5.0, Bar, LevelColors[Math.Max(0, Math.Min(4, level))], $"{label}: x̄ {SurveyFigures.Figure(mean)} {summary.Band!.ThaiLabel}");
                svg.Text(Left + (plot * (double)ScoreRounding.ToHundredths(mean) / 5.0) + 4, y + (Bar * 0.75), $"{SurveyFigures.Figure(mean)} {summary.Band.ThaiLabel}", "start", 11);
            }
            else
            {
                svg.Text(Left + 4, y + (Bar * 0.75), "ไม่มีคำตอบ", "start", 11);
            }
        }

        return svg.ToString();
    }

    /// <summary>Five horizontal bars, มากที่สุด (5) first, each the percentage of answers at that level, with the count.</summary>
    private static string LevelsChart(SurveySummary summary)
    {
        const int Width = 640, Left = 110, Right = 110, Top = 6, Bar = 16, Gap = 6;
        var plot = Width - Left - Right;
        var height = Top + (5 * (Bar + Gap)) + 4;
        var svg = new SvgBuilder(Width, height, "ร้อยละของคำตอบในแต่ละระดับ");
        svg.Line(Left, Top - 2, Left, height - 4, "#888888");
        for (var level = 5; level >= 1; level--)
        {
            var y = Top + ((5 - level) * (Bar + Gap));
            var percent = summary.Count == 0 ? 0m : summary.Percentages[level - 1];
            var length = plot * (double)percent / 100.0;
            svg.Text(Left - 6, y + (Bar * 0.8), $"{SurveyFigures.LevelLabels[level - 1]} ({level})", "end", 12);
            svg.Rect(Left, y, length, Bar, LevelColors[level - 1], $"{SurveyFigures.LevelLabels[level - 1]}: ร้อยละ {SurveyFigures.Figure(percent)} ({SurveyFigures.Count(summary.Counts[level - 1])})");
            svg.Text(Left + length + 4, y + (Bar * 0.8), $"{SurveyFigures.Figure(percent)}% ({SurveyFigures.Count(summary.Counts[level - 1])})", "start", 11);
        }

        return svg.ToString();
    }

    private static string Criteria(SatisfactionBandScheme scheme)
        => string.Join(", ", scheme.Bands.Reverse().Select(b => string.Format(CultureInfo.InvariantCulture, "{0:0.00}–{1:0.00} {2}", b.Minimum, b.Maximum, b.ThaiLabel)));

    private static string Shorten(string text, int length) => text.Length > length ? text.Substring(0, length) + "…" : text;

    /// <summary>Escapes text for HTML and for the XML of inline SVG alike (only the five entities XML knows).</summary>
    internal static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Builds one inline SVG element; every coordinate is written with invariant digits.</summary>
    private sealed class SvgBuilder
    {
        private readonly System.Text.StringBuilder _svg = new();

        public SvgBuilder(int width, int height, string label)
        {
            _svg.Append(FormattableString.Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Escape(label)}\" font-size=\"12\">"));
            _svg.Append("<title>").Append(Escape(label)).Append("</title>");
        }

        public void Rect(double x, double y, double width, double height, string fill, string title)
            => _svg.Append(FormattableString.Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(0, width):0.#}\" height=\"{height:0.#}\" fill=\"{fill}\"><title>{Escape(title)}</title></rect>"));

        public void Line(double x1, double y1, double x2, double y2, string stroke)
            => _svg.Append(FormattableString.Invariant($"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{stroke}\" stroke-width=\"1\"/>"));

        public void Text(double x, double y, string text, string anchor, int size)
            => _svg.Append(FormattableString.Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" font-size=\"{size}\">{Escape(text)}</text>"));

        public override string ToString() => _svg.ToString() + "</svg>";
    }
}
