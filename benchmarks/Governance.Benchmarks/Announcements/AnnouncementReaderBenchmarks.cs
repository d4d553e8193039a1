using System.Text;
using BenchmarkDotNet.Attributes;
using Participation.Governance.Announcements;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Writing;

namespace Participation.Governance.Benchmarks.Announcements;

/// <summary>
/// Reading throughput of <see cref="AnnouncementReader"/> on a generated announcement of about 10 MB (UTF-8): the
/// header, then thousands of numbered clause groups of the kind real announcements have (levels, channels, steps,
/// reporting), then the closing, date and signatory. The anchor splits the same text at line ends and looks at the
/// first character of every line: the least any line-based reader must do. MB/s = <see cref="SizeInMegabytes"/> /
/// mean time.
/// </summary>
[MemoryDiagnoser]
public class AnnouncementReaderBenchmarks
{
    private const int TargetBytes = 10 * 1024 * 1024;

    private static readonly string[] ClauseTexts =
    [
        "ระดับการให้ข้อมูลข่าวสาร สำนักงานเผยแพร่ข้อมูลที่ถูกต้อง เป็นปัจจุบัน และเข้าถึงได้ ทางเว็บไซต์ของสำนักงานและจดหมายข่าวรายเดือน",
        "เว็บไซต์ของสำนักงาน เมนูรับฟังความคิดเห็น",
        "โทรศัพท์ ๐ ๕๓๑๒ ๓๔๕๖ และศูนย์บริการข้อมูล (Call Center)",
        "กล่องรับความคิดเห็น ณ จุดบริการประชาชนชั้น ๑",
        "ทบทวนผลการดำเนินงานและข้อเสนอแนะของปีงบประมาณที่ผ่านมา ก่อนวางแผนดำเนินงาน",
        "ประเมินความพึงพอใจและความไม่พึงพอใจของผู้รับบริการหลังดำเนินงาน",
        "รายงานผลการดำเนินงานต่อผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา ภายในไตรมาสที่ ๒ และไตรมาสที่ ๔",
    ];

    private string _text = string.Empty;

    /// <summary>Gets the size of the generated announcement in megabytes of UTF-8 (set up before the benchmarks run).</summary>
    public double SizeInMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder()
            .Append("ประกาศสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ เขต ๑\n")
            .Append("เรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n\n")
            .Append("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ เขต ๑ จึงกำหนดมาตรการ ดังนี้\n\n");
        var bytes = Encoding.UTF8.GetByteCount(text.ToString());
        for (var group = 1; bytes < TargetBytes; group++)
        {
            var heading = Thai(group) + ". ขั้นตอนการดำเนินงาน\n";
            text.Append(heading);
            bytes += Encoding.UTF8.GetByteCount(heading);
            for (var i = 0; i < ClauseTexts.Length; i++)
            {
                var line = Thai(group) + "." + Thai(i + 1) + " " + ClauseTexts[i] + "\n";
                text.Append(line);
                bytes += Encoding.UTF8.GetByteCount(line);
            }
        }

        text.Append("\nจึงประกาศให้ทราบโดยทั่วกัน\n\nประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๖\n\n(นายสมมติ ตัวอย่าง)\nผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา\n");
        _text = text.ToString();
        SizeInMegabytes = Encoding.UTF8.GetByteCount(_text) / (1024.0 * 1024.0);
    }

    /// <summary>The anchor: split at LF and look at the first character of every line.</summary>
    [Benchmark(Baseline = true)]
    public int SplitAndScanLines()
    {
        var numbered = 0;
        foreach (var line in _text.Split('\n'))
        {
            if (line.Length > 0 && (uint)(line[0] - '๐') <= 9)
            {
                numbered++;
            }
        }

        return numbered;
    }

    /// <summary>Ours: the whole reading — clean every line, build the clause tree, recognise the measure, validate it.</summary>
    [Benchmark]
    public IReadOnlyList<OfficialDocument> Read() => AnnouncementReader.Read(_text);

    private static string Thai(int value) => ThaiFormatting.Numerals.ThaiDigits.Format(value);
}
