using Participation.Governance.Assessment;
using Xunit.Abstractions;

namespace Participation.Governance.Surveys.Tests;

/// <summary>
/// A million generated rows read through the whole reader agree with a computation written independently here (double
/// sums, the textbook formulas, the bands as the domain lists them), and reading them allocates no more than reading a
/// tenth of them: memory does not grow with the file.
/// </summary>
public sealed class MillionRowTests(ITestOutputHelper output)
{
    [Fact]
    public void AMillionRows_AgreeWithAnIndependentComputation_InConstantMemory()
    {
        var small = new GeneratedResponses(100_000);
        var large = new GeneratedResponses(1_000_000);

        var (smallReport, smallBytes) = ReadMeasured(small);
        var (largeReport, largeBytes) = ReadMeasured(large);

        output.WriteLine($"allocated: {smallBytes:N0} bytes for 100,000 rows, {largeBytes:N0} bytes for 1,000,000 rows");
        AssertAgrees(small, smallReport);
        AssertAgrees(large, largeReport);

        // Ten times the rows, and the same allocation give or take the reader's per-buffer work (measured: well under
        // 100 KB apart); a reader that allocated per row would differ by tens of megabytes.
        Assert.True(largeBytes - smallBytes < 512 * 1024, $"reading 1,000,000 rows allocated {largeBytes:N0} bytes; 100,000 rows {smallBytes:N0} bytes");
        Assert.True(largeBytes < 16 * 1024 * 1024, $"reading 1,000,000 rows allocated {largeBytes:N0} bytes");
    }

    [Fact]
    public void ABreakdownOfAMillionRows_PartitionsEveryFigure()
    {
        var responses = new GeneratedResponses(1_000_000, seed: 7);
        var report = SurveyResponseFile.Read(responses.Open(), SurveyColumnMapping.Recognised.WithBreakdown(SurveyColumnSelector.Header("เพศ"))).Value;

        var groups = report.Breakdown!.Groups;
        Assert.Equal(["ชาย", "หญิง"], groups.Select(g => g.Value).OrderBy(v => v, StringComparer.Ordinal));
        Assert.Equal(report.Respondents, groups.Sum(g => g.Report.Respondents));
        for (var q = 0; q < GeneratedResponses.Questions; q++)
        {
            Assert.Equal(report.Questions[q].Answers, groups[0].Report.Questions[q].Answers.Merge(groups[1].Report.Questions[q].Answers));
        }

        var men = Enumerable.Range(0, responses.Rows).Count(r => responses.Gender(r) == "ชาย" && Enumerable.Range(0, GeneratedResponses.Questions).Any(q => responses.Answer(r, q) > 0));
        Assert.Equal(men, groups.Single(g => g.Value == "ชาย").Report.Respondents);
    }

    [Fact]
    public void AFiftyThousandRowWorkbook_AgreesWithTheSameComputation()
    {
        var responses = new GeneratedResponses(50_000, seed: 11);
        var rows = new List<string[]> { GeneratedResponses.Header.TrimEnd().Split(',') };
        for (var r = 0; r < responses.Rows; r++)
        {
            rows.Add(responses.Line(r).TrimEnd().Split(','));
        }

        var report = SurveyResponseFile.Read(new MemoryStream(ExportFiles.Xlsx(rows)), SurveyColumnMapping.Recognised).Value;

        AssertAgrees(responses, report);
    }

    private static (SurveyReport Report, long Allocated) ReadMeasured(GeneratedResponses responses)
    {
        using var stream = responses.Open();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcome = SurveyResponseFile.Read(stream, SurveyColumnMapping.Recognised);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(outcome.Success, outcome.Message);
        return (outcome.Value, allocated);
    }

    private static void AssertAgrees(GeneratedResponses responses, SurveyReport report)
    {
        var counts = new long[GeneratedResponses.Questions + 1, 6];
        long respondents = 0;
        for (var r = 0; r < responses.Rows; r++)
        {
            var any = false;
            for (var q = 0; q < GeneratedResponses.Questions; q++)
            {
                var answer = responses.Answer(r, q);
                if (answer > 0)
                {
                    counts[q, answer]++;
                    counts[GeneratedResponses.Questions, answer]++;
                    any = true;
                }
            }

            respondents += any ? 1 : 0;
        }

        Assert.Equal(respondents, report.Respondents);
        Assert.Equal(GeneratedResponses.Questions, report.Questions.Count);
        for (var q = 0; q <= GeneratedResponses.Questions; q++)
        {
            var summary = q < GeneratedResponses.Questions ? report.Questions[q] : report.Overall;
            double n = 0, sum = 0, squares = 0;
            for (var level = 1; level <= 5; level++)
            {
                n += counts[q, level];
                sum += counts[q, level] * level;
                squares += counts[q, level] * level * level;
                Assert.Equal(counts[q, level], summary.Counts[level - 1]);
                Assert.Equal(counts[q, level] * 100.0 / Total(counts, q), (double)summary.Percentages[level - 1], 9);
            }

            var mean = sum / n;
            var sd = Math.Sqrt((squares - (sum * sum / n)) / (n - 1));
            Assert.Equal((long)n, summary.Count);
            Assert.Equal(mean, (double)summary.Mean!.Value, 9);
            Assert.Equal(sd, (double)summary.StandardDeviation!.Value, 9);
            Assert.Equal((counts[q, 4] + counts[q, 5]) * 100.0 / n, (double)summary.PercentSatisfied!.Value, 9);
            Assert.Equal(HalfPointBand(mean), summary.Band!.ThaiLabel);
        }
    }

    private static double Total(long[,] counts, int q)
    {
        double total = 0;
        for (var level = 1; level <= 5; level++)
        {
            total += counts[q, level];
        }

        return total;
    }

    /// <summary>The 0.5-wide bands as DOMAIN.md lists them, read from the mean rounded to two decimals as reports print it.</summary>
    private static string HalfPointBand(double mean)
    {
        var printed = Math.Round(mean, 2, MidpointRounding.AwayFromZero);
        return printed switch
        {
            <= 1.50 => "น้อยที่สุด",
            <= 2.50 => "น้อย",
            <= 3.50 => "ปานกลาง",
            <= 4.50 => "มาก",
            _ => "มากที่สุด",
        };
    }
}
