using BenchmarkDotNet.Attributes;
using Participation.Governance.Announcements.Reading;

namespace Participation.Governance.Benchmarks.Robustness;

/// <summary>
/// <see cref="AnnouncementReader.Read(string)"/> at 1×, 4× and 16× the size of a hostile announcement: one clause of
/// "ไตรมาสที่ ๑ และ " repeated (issue 11, item 3: 34 s at 1 M characters when quarter recognition was quadratic),
/// followed by as many ordinary clauses. The anchor is the 1× input.
/// </summary>
[MemoryDiagnoser]
public class AnnouncementReaderScalingBenchmarks
{
    private const int BaseRepetitions = 8_000;

    private readonly string[] _texts = new string[ScaledInput.Factors.Length];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _texts.Length; i++)
        {
            var count = BaseRepetitions * ScaledInput.Factors[i];
            var quarters = ScaledInput.Repeat("ประกาศ สำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑. รายงานผล", "ไตรมาสที่ ๑ และ ", count, "\n");
            _texts[i] = ScaledInput.Repeat(quarters, "๒. เปิดช่องทางรับฟังความคิดเห็นทางเว็บไซต์และกล่องรับความคิดเห็น\n", count / 4);
        }

        if (OneTimes() < 1 || SixteenTimes() < 1)
        {
            throw new InvalidOperationException("The reader found no document in the scaled announcement.");
        }
    }

    /// <summary>The anchor: the base input (about 250,000 characters).</summary>
    [Benchmark(Baseline = true)]
    public int OneTimes() => AnnouncementReader.Read(_texts[0]).Count;

    /// <summary>Four times the base input.</summary>
    [Benchmark]
    public int FourTimes() => AnnouncementReader.Read(_texts[1]).Count;

    /// <summary>Sixteen times the base input (about 4 million characters).</summary>
    [Benchmark]
    public int SixteenTimes() => AnnouncementReader.Read(_texts[2]).Count;
}
