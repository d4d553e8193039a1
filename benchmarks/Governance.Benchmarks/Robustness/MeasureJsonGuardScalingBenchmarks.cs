using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Participation.Governance.Serialization;

namespace Participation.Governance.Benchmarks.Robustness;

/// <summary>
/// <see cref="MeasureJson.Deserialize(ReadOnlySpan{byte})"/> at 1×, 4× and 16× the size of a hostile document: an
/// object of distinct properties where the format has none (issue 11, item 2: 320,000 properties, the 16× input here,
/// took 65 s when duplicate detection was quadratic). Every input is refused (the object is not a string), after the
/// guard has read all of it. The anchor is the 1× input.
/// </summary>
[MemoryDiagnoser]
public class MeasureJsonGuardScalingBenchmarks
{
    private const int BaseProperties = 20_000;

    private readonly byte[][] _documents = new byte[ScaledInput.Factors.Length][];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _documents.Length; i++)
        {
            var builder = new StringBuilder("{\"schemaVersion\":1,\"title\":\"t\",\"agency\":{");
            for (var p = 0; p < BaseProperties * ScaledInput.Factors[i]; p++)
            {
                builder.Append(p == 0 ? "\"k" : ",\"k").Append(p.ToString(CultureInfo.InvariantCulture)).Append("\":0");
            }

            _documents[i] = Encoding.UTF8.GetBytes(builder.Append("}}").ToString());
        }

        if (!OneTimes().StartsWith("$.agency", StringComparison.Ordinal) || _documents[2].Length > MeasureJson.MaxDocumentLength)
        {
            throw new InvalidOperationException("The scaled documents are not refused at $.agency, or the largest passes the size cap.");
        }
    }

    /// <summary>The anchor: 20,000 properties.</summary>
    [Benchmark(Baseline = true)]
    public string OneTimes() => Read(_documents[0]);

    /// <summary>80,000 properties.</summary>
    [Benchmark]
    public string FourTimes() => Read(_documents[1]);

    /// <summary>320,000 properties (about 3.4 MB): the case.</summary>
    [Benchmark]
    public string SixteenTimes() => Read(_documents[2]);

    private static string Read(byte[] document)
    {
        try
        {
            return MeasureJson.Deserialize(document.AsSpan()).Agency;
        }
        catch (JsonException e)
        {
            return e.Message;
        }
    }
}
