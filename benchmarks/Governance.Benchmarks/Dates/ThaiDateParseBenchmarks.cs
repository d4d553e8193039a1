using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Participation.Governance.ThaiFormatting.Dates;

namespace Participation.Governance.Benchmarks.Dates;

/// <summary>
/// Parsing the official-style date <c>d MMMM yyyy</c> (24 เมษายน 2563): ThaiDatePattern and the tolerant
/// ThaiDateReader against <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/> under th-TH. Arabic
/// digits, because ParseExact cannot read Thai ones.
/// </summary>
[MemoryDiagnoser]
public class ThaiDateParseBenchmarks
{
    private const string Text = "24 เมษายน 2563";
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly ThaiDatePattern Pattern = ThaiDatePattern.Create("d MMMM yyyy");

    private readonly string _text = Text;

    /// <summary>Checks that every benchmark reads the same date, and that th-TH really reads the BE year.</summary>
    [GlobalSetup]
    public void CheckSameResult()
    {
        var expected = new LocalDate(2020, 4, 24);
        if (LocalDate.FromDateTime(ParseExact()) != expected || ParseString() != expected || ParseSpan() != expected || ReadSpan() != expected)
        {
            throw new InvalidOperationException($"The benchmarks disagree (th-TH read {ParseExact():yyyy-MM-dd}); expected 2020-04-24.");
        }
    }

    /// <summary>The anchor: th-TH <c>DateTime.ParseExact</c>.</summary>
    [Benchmark(Baseline = true)]
    public DateTime ParseExact() => DateTime.ParseExact(_text, "d MMMM yyyy", Thai);

    /// <summary>ThaiDatePattern.Parse on a string.</summary>
    [Benchmark]
    public LocalDate ParseString() => Pattern.Parse(_text).Value;

    /// <summary>ThaiDatePattern.Parse on a span: allocates nothing.</summary>
    [Benchmark]
    public LocalDate ParseSpan() => Pattern.Parse(_text.AsSpan()).Value;

    /// <summary>The tolerant reader on a span, which accepts far more forms: allocates nothing.</summary>
    [Benchmark]
    public LocalDate ReadSpan() => ThaiDateReader.Parse(_text.AsSpan()).Value;
}
