using BenchmarkDotNet.Attributes;
using Participation.Governance.Assessment;

namespace Participation.Governance.Benchmarks.Assessment;

/// <summary>
/// Survey aggregation throughput: summarizing 1,000,000 five-point answers (count per level, mean, sample sd,
/// percent satisfied) with <see cref="SatisfactionAccumulator"/> against the naive LINQ way over the same list.
/// Responses per second = 1,000,000 / mean time.
/// </summary>
[MemoryDiagnoser]
public class SatisfactionAccumulatorBenchmarks
{
    private const int Responses = 1_000_000;

    private List<int> _answers = [];

    [GlobalSetup]
    public void Setup()
    {
        // Skewed towards satisfied, as real surveys are; fixed seed so every run sees the same answers.
        var random = new Random(20200424);
        int[] weights = [1, 1, 2, 4, 4, 4, 5, 5, 5, 5];
        _answers = new List<int>(Responses);
        for (var i = 0; i < Responses; i++)
        {
            _answers.Add(weights[random.Next(weights.Length)]);
        }
    }

    /// <summary>The anchor: Average, then Select + Sum for the squared deviations, then Count per level.</summary>
    [Benchmark(Baseline = true)]
    public (double Mean, double StandardDeviation, int[] Counts, double PercentSatisfied) NaiveLinq()
    {
        var mean = _answers.Average();
        var sumOfSquares = _answers.Select(a => (a - mean) * (a - mean)).Sum();
        var sd = Math.Sqrt(sumOfSquares / (_answers.Count - 1));
        var counts = Enumerable.Range(1, 5).Select(level => _answers.Count(a => a == level)).ToArray();
        var satisfied = 100.0 * (counts[3] + counts[4]) / _answers.Count;
        return (mean, sd, counts, satisfied);
    }

    /// <summary>Ours: one pass, five counters, exact decimal statistics at the end.</summary>
    [Benchmark]
    public SurveySummary Accumulator()
    {
        var accumulator = default(SatisfactionAccumulator);
        foreach (var answer in _answers)
        {
            accumulator.Add(answer);
        }

        return accumulator.Summarize("Q", SatisfactionBandScheme.HalfPoint);
    }
}
