using System.Globalization;
using BenchmarkDotNet.Attributes;
using Humanizer;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Benchmarks.Words;

/// <summary>
/// <see cref="ThaiNumberWords.ToWords(long, ThaiNumberStyle)"/> against Humanizer's <c>ToWords(new CultureInfo("th"))</c>
/// (the anchor) over a fixed set of sixteen numbers from 0 to 10^18; each operation converts one number.
/// </summary>
/// <remarks>
/// Humanizer 2.14.1 has no Thai converter, so its <c>th</c> lookup falls back to the English converter: the anchor
/// measures what an application calling Humanizer for Thai actually runs today. Humanizer's registry is left untouched
/// here so that the anchor stays Humanizer's own code.
/// </remarks>
[MemoryDiagnoser]
public class ThaiNumberWordsBenchmarks
{
    private static readonly long[] Numbers =
    [
        0, 8, 11, 21, 101, 121, 1_100, 2_569, 21_000_000, 101_000_000, 1_000_001, 999_999,
        1_250_000, 987_654_321, 1_000_000_000_001, -1_234_567_890_123_456_789,
    ];

    private readonly CultureInfo _thai = new("th");

    /// <summary>The anchor: Humanizer's words for the Thai culture.</summary>
    /// <returns>The total length of the words, so that none of the results is dead code.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 16)]
    public int HumanizerToWords()
    {
        var length = 0;
        foreach (var number in Numbers)
        {
            length += number.ToWords(_thai).Length;
        }

        return length;
    }

    /// <summary>Ours, common style: one string per number.</summary>
    /// <returns>The total length of the words.</returns>
    [Benchmark(OperationsPerInvoke = 16)]
    public int ThaiNumberWordsToWords()
    {
        var length = 0;
        foreach (var number in Numbers)
        {
            length += ThaiNumberWords.ToWords(number).Length;
        }

        return length;
    }

    /// <summary>Ours, Royal Institute style.</summary>
    /// <returns>The total length of the words.</returns>
    [Benchmark(OperationsPerInvoke = 16)]
    public int ThaiNumberWordsToWordsRoyal()
    {
        var length = 0;
        foreach (var number in Numbers)
        {
            length += ThaiNumberWords.ToWords(number, ThaiNumberStyle.RoyalInstitute).Length;
        }

        return length;
    }
}
