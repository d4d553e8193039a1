// Times `governance check` over a folder of 10,000 small files on one core and on every core, alternating the two runs
// so that what else the machine does at a moment falls on both alike (BenchmarkDotNet runs all of one method's
// iterations before the other's, which on a shared machine can measure the neighbours rather than the code).
//
// In-process by default, as CheckManyFilesBenchmarks does, through the tool's own entry point, after warming up: the
// steady rate of the checking itself. With --process, each run is a new process of the tool as people start it, so
// starting the runtime and compiling the code count too: give the native tool (scripts/publish-native.sh) or the .NET
// build's governance.dll (started with `dotnet`).
//
//   dotnet build src/Governance.Cli -c Release && dotnet run -c Release --file scripts/measure-check-cores.cs [ROUNDS]
//   dotnet run -c Release --file scripts/measure-check-cores.cs [ROUNDS] --process artifacts/native/linux-x64/governance
#:package NodaTime
#:property PublishAot=false
using System.Diagnostics;
using System.Reflection;
using NodaTime;

var rounds = args.Length > 0 && int.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var given) ? given : 20;
var process = args.SkipWhile(a => a != "--process").Skip(1).FirstOrDefault();
var tool = Path.GetFullPath(process ?? "src/Governance.Cli/bin/Release/net10.0/governance.dll");
if (!File.Exists(tool))
{
    Console.Error.WriteLine(process is null
        ? $"{tool} is missing: run 'dotnet build src/Governance.Cli -c Release' in the repository's root first."
        : $"{tool} is missing: give the native tool (scripts/publish-native.sh) or a build's governance.dll.");
    return 2;
}

var folder = Path.Combine(Path.GetTempPath(), "gov-check-cores");
string[] texts =
[
    "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n\n๑. ช่องทางรับฟังความคิดเห็น\n๑.๑ เว็บไซต์ของสำนักงาน\n๑.๒ โทรศัพท์ ๐ ๒๑๒๓ ๔๕๖๗\n๒. ประเมินความพึงพอใจของผู้รับบริการ ภายในไตรมาสที่ ๔\n\nประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๖\n",
    "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ประชาชนเข้ามามีส่วนร่วม\n\n๑. เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์\n๒. รับฟังความคิดเห็นก่อนวางแผนดำเนินงาน\n\nประกาศ ณ วันที่ ๓ มีนาคม ๒๕๖๕\n",
    """{"schemaVersion":1,"agency":"สำนักงานเขตตัวอย่าง","title":"มาตรการ","channels":[{"kind":"website"}],"steps":[{"kind":"satisfactionAssessment","description":"ประเมินความพึงพอใจ"}]}""",
];
Directory.CreateDirectory(folder);
for (var i = 0; i < 10_000; i++)
{
    var text = texts[i % texts.Length];
    File.WriteAllText(Path.Combine(folder, $"{i:D5}{(text[0] == '{' ? ".json" : ".txt")}"), text);
}

var Check = process is null ? InProcess(tool, folder) : NewProcess(tool, folder);

for (var warm = 0; warm < 5; warm++)
{
    Check(1);
    Check(Environment.ProcessorCount);
}

var ratios = new List<double>();
var ones = new List<double>();
var alls = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var one = Check(1);
    var all = Check(Environment.ProcessorCount);
    ratios.Add(one / all);
    ones.Add(one);
    alls.Add(all);
    Console.WriteLine($"round {round + 1,2}: one core {one,6:F0} ms, {Environment.ProcessorCount} cores {all,6:F0} ms, {one / all:F2}x");
}

ratios.Sort();
ones.Sort();
alls.Sort();
Console.WriteLine($"median one core {ones[ones.Count / 2]:F0} ms, {Environment.ProcessorCount} cores {alls[alls.Count / 2]:F0} ms");
Console.WriteLine($"median {ratios[ratios.Count / 2]:F2}x, lower quartile {ratios[ratios.Count / 4]:F2}x, upper quartile {ratios[ratios.Count * 3 / 4]:F2}x over {rounds} alternating rounds ({(process is null ? "in-process" : "a new process each run")})");
return 0;

// The tool's entry point called in this process: the checking, warmed up, without starting the runtime.
static Func<int, double> InProcess(string tool, string folder)
{
    var assembly = Assembly.LoadFrom(tool);
    var consoleType = assembly.GetType("Participation.Governance.Cli.CliConsole", throwOnError: true)!;
    var run = assembly.GetType("Participation.Governance.Cli.Program", throwOnError: true)!.GetMethod("Run", BindingFlags.NonPublic | BindingFlags.Static)!;
    Func<LocalDate> today = () => new LocalDate(2026, 11, 30);
    return jobs =>
    {
        var console = Activator.CreateInstance(consoleType, [new MemoryStream(), TextWriter.Null, TextWriter.Null, today, false, null, false])!;
        var clock = Stopwatch.StartNew();
        run.Invoke(null, [new[] { "check", folder, "--format", "json", "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture) }, console]);
        return clock.Elapsed.TotalMilliseconds;
    };
}

// The tool started as a new process for each run, its output read and dropped: what a person or a CI job waits for.
static Func<int, double> NewProcess(string tool, string folder) => jobs =>
{
    var dll = tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
    var start = new ProcessStartInfo(dll ? "dotnet" : tool) { RedirectStandardOutput = true, UseShellExecute = false };
    if (dll)
    {
        start.ArgumentList.Add(tool);
    }

    foreach (var arg in new[] { "check", folder, "--format", "json", "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture) })
    {
        start.ArgumentList.Add(arg);
    }

    var clock = Stopwatch.StartNew();
    using var child = Process.Start(start)!;
    child.StandardOutput.BaseStream.CopyTo(Stream.Null);
    child.WaitForExit();
    return clock.Elapsed.TotalMilliseconds;
};
