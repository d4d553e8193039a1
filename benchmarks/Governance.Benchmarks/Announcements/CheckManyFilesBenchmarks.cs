using BenchmarkDotNet.Attributes;
using NodaTime;
using Participation.Governance.Cli;

namespace Participation.Governance.Benchmarks.Announcements;

/// <summary>
/// <c>governance check</c> over a folder of 10,000 small announcements, in-process, writing JSON to a null writer: on one
/// core (the anchor, <c>--jobs 1</c>) and on every core. The goal is at least 1.6 times the one-core rate on two cores:
/// files are read and checked in parallel while the results are written in input order.
/// </summary>
[MemoryDiagnoser]
public class CheckManyFilesBenchmarks
{
    private const int Files = 10_000;

    private static readonly string[] Texts =
    [
        "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n\n๑. ช่องทางรับฟังความคิดเห็น\n๑.๑ เว็บไซต์ของสำนักงาน\n๑.๒ โทรศัพท์ ๐ ๒๑๒๓ ๔๕๖๗\n๒. ประเมินความพึงพอใจของผู้รับบริการ ภายในไตรมาสที่ ๔\n\nประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๖\n",
        "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ประชาชนเข้ามามีส่วนร่วม\n\n๑. เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์\n๒. รับฟังความคิดเห็นก่อนวางแผนดำเนินงาน\n\nประกาศ ณ วันที่ ๓ มีนาคม ๒๕๖๕\n",
        """{"schemaVersion":1,"agency":"สำนักงานเขตตัวอย่าง","title":"มาตรการ","channels":[{"kind":"website"}],"steps":[{"kind":"satisfactionAssessment","description":"ประเมินความพึงพอใจ"}]}""",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gov-check-benchmark");

    /// <summary>Writes the files once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (Directory.Exists(_folder) && Directory.EnumerateFiles(_folder).Count() == Files)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        for (var i = 0; i < Files; i++)
        {
            var text = Texts[i % Texts.Length];
            File.WriteAllText(Path.Combine(_folder, $"{i:D5}{(text[0] == '{' ? ".json" : ".txt")}"), text);
        }
    }

    /// <summary>The anchor: one file at a time.</summary>
    [Benchmark(Baseline = true)]
    public int OneCore() => Check("1");

    /// <summary>Ours: one file per core at a time, results still in input order.</summary>
    [Benchmark]
    public int AllCores() => Check(Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private int Check(string jobs)
    {
        using var input = new MemoryStream();
        var console = new CliConsole(input, TextWriter.Null, TextWriter.Null, () => new LocalDate(2026, 11, 30));
        return Participation.Governance.Cli.Program.Run(["check", _folder, "--format", "json", "--jobs", jobs], console);
    }
}
