using BenchmarkDotNet.Attributes;
using Participation.Governance.Assessment;

namespace Participation.Governance.Benchmarks.Robustness;

/// <summary>
/// <see cref="SurveyTally.Read"/> at 1×, 4× and 16× the size of a response file whose rows mix answers with what breaks
/// readers: quoted cells with doubled quotes and line breaks, long free-text cells, blank and malformed rows (each
/// malformed row is reported and skipped). The anchor is the 1× input.
/// </summary>
[MemoryDiagnoser]
public class SurveyTallyScalingBenchmarks
{
    private const int BaseRows = 10_000;

    private static readonly string[] Rows =
    [
        "2024-01-01 10:00,\"a@example.com\",5,4,,3\r\n",
        "2024-01-01 10:01,\"ข้อเสนอแนะ \"\"ยาว\"\" มาก\r\nบรรทัดที่สอง\",มากที่สุด,มาก,ปานกลาง,น้อย\r\n",
        "2024-01-01 10:02,,,,,\r\n",
        "2024-01-01 10:03,x,9,abc,1,2\r\n",
        "2024-01-01 10:04,\"" + new string('ก', 300) + "\",1,2,3,4\r\n",
    ];

    private readonly string[] _files = new string[ScaledInput.Factors.Length];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _files.Length; i++)
        {
            var builder = new System.Text.StringBuilder("ประทับเวลา,ความคิดเห็น,ข้อ 1,ข้อ 2,ข้อ 3,ข้อ 4\r\n");
            for (var r = 0; r < BaseRows * ScaledInput.Factors[i]; r++)
            {
                builder.Append(Rows[r % Rows.Length]);
            }

            _files[i] = builder.ToString();
        }

        if (OneTimes() < 1)
        {
            throw new InvalidOperationException("The scaled survey file has no respondents.");
        }
    }

    /// <summary>The anchor: 10,000 rows.</summary>
    [Benchmark(Baseline = true)]
    public long OneTimes() => Read(_files[0]);

    /// <summary>40,000 rows.</summary>
    [Benchmark]
    public long FourTimes() => Read(_files[1]);

    /// <summary>160,000 rows.</summary>
    [Benchmark]
    public long SixteenTimes() => Read(_files[2]);

    private static long Read(string file)
    {
        var problems = 0L;
        var tally = SurveyTally.Read(new StringReader(file), _ => problems++);
        return tally.Success ? tally.Value.Summarize(SatisfactionBandScheme.HalfPoint).Respondents + problems : problems;
    }
}
