using BenchmarkDotNet.Attributes;
using Participation.Governance.ThaiFormatting.Dates;

namespace Participation.Governance.Benchmarks.Robustness;

/// <summary>
/// <see cref="ThaiDateReader.Find(string, ThaiDateReaderOptions?)"/> at 1×, 4× and 16× the length of a hostile line:
/// almost-dates one after another (a day and เดือน with no month, weekday words, digits split by zero-width spaces),
/// every one a place a date could start, and no date at all. The anchor is the 1× line.
/// </summary>
[MemoryDiagnoser]
public class ThaiDateReaderScalingBenchmarks
{
    private const int BaseRepetitions = 4_000;

    private readonly string[] _lines = new string[ScaledInput.Factors.Length];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _lines.Length; i++)
        {
            _lines[i] = ScaledInput.Repeat("ประกาศ ณ ", "วันที่ 1 เดือน วันศุกร์ ๒\u200B๔ เม ๒๕๖๓/๑๒/ ", BaseRepetitions * ScaledInput.Factors[i]);
        }

        if (OneTimes() != -1)
        {
            throw new InvalidOperationException("The hostile line holds a date after all.");
        }
    }

    /// <summary>The anchor: about 170,000 characters.</summary>
    [Benchmark(Baseline = true)]
    public int OneTimes() => Find(_lines[0]);

    /// <summary>Four times the base line.</summary>
    [Benchmark]
    public int FourTimes() => Find(_lines[1]);

    /// <summary>Sixteen times the base line (about 2.7 million characters).</summary>
    [Benchmark]
    public int SixteenTimes() => Find(_lines[2]);

    private static int Find(string line)
    {
        var found = ThaiDateReader.Find(line);
        return found.Success ? found.Value.Index : found.Position;
    }
}
