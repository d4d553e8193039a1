using BenchmarkDotNet.Attributes;
using Participation.Governance.Assessment;

namespace Participation.Governance.Benchmarks.Assessment;

/// <summary>
/// End-to-end survey throughput: reading a CSV of 100,000 respondents × 10 questions (1,000,000 answers) from
/// memory and summarizing it, against the anchor of splitting lines and parsing cells with string.Split + int.Parse
/// into per-question lists and summarizing those with LINQ.
/// </summary>
[MemoryDiagnoser]
public class SurveyTallyBenchmarks
{
    private const int Respondents = 100_000;
    private const int Questions = 10;

    private string _csv = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20200424);
        var builder = new System.Text.StringBuilder();
        builder.Append(string.Join(",", Enumerable.Range(1, Questions).Select(q => "ข้อ " + q))).Append("\r\n");
        for (var r = 0; r < Respondents; r++)
        {
            for (var q = 0; q < Questions; q++)
            {
                if (q > 0)
                {
                    builder.Append(',');
                }

                var answer = random.Next(0, 6);
                if (answer > 0)
                {
                    builder.Append((char)('0' + answer));
                }
            }

            builder.Append("\r\n");
        }

        _csv = builder.ToString();
    }

    /// <summary>The anchor: ReadLine, Split, int.Parse into lists, then Average and Count per question.</summary>
    [Benchmark(Baseline = true)]
    public double[] SplitAndLinq()
    {
        using var reader = new StringReader(_csv);
        var header = reader.ReadLine()!.Split(',');
        var answers = header.Select(_ => new List<int>()).ToArray();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            for (var q = 0; q < cells.Length; q++)
            {
                if (cells[q].Length > 0)
                {
                    answers[q].Add(int.Parse(cells[q], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return answers.Select(a =>
        {
            var mean = a.Average();
            var sd = Math.Sqrt(a.Select(x => (x - mean) * (x - mean)).Sum() / (a.Count - 1));
            return mean + sd + Enumerable.Range(1, 5).Sum(level => a.Count(x => x == level));
        }).ToArray();
    }

    /// <summary>Ours: the streaming reader into a tally, then the report.</summary>
    [Benchmark]
    public SurveyReport ReadAndSummarize()
        => SurveyTally.Read(new StringReader(_csv)).Value.Summarize(SatisfactionBandScheme.HalfPoint);
}
