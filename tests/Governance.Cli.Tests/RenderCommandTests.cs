using NodaTime;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;
using Participation.Governance.Announcements;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Announcements.Writing;

namespace Participation.Governance.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private static readonly Measure Measure = new(
        "สำนักงานเขตตัวอย่าง",
        "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม",
        [new FeedbackChannel(ChannelKind.Telephone, ChannelDirection.Inbound, "๐ ๕๓๑๒ ๓๔๕๖")],
        [new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจของผู้รับบริการ")])
    {
        IssuedOn = new LocalDate(2024, 2, 1),
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "render-tests-" + Guid.NewGuid().ToString("N"));

    public RenderCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Writes_the_announcement_in_Thai_digits_by_default()
    {
        var (exitCode, output, error) = Run(string.Empty, "render", WriteFile(MeasureJson.Serialize(Measure)), "--signatory", "นายสมมติ ตัวอย่าง");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n", output, StringComparison.Ordinal);
        Assert.Contains("\n๑.๑ โทรศัพท์ ๐ ๕๓๑๒ ๓๔๕๖\n", output, StringComparison.Ordinal);
        Assert.Contains("\nประกาศ ณ วันที่ ๑ กุมภาพันธ์ พ.ศ. ๒๕๖๗\n", output, StringComparison.Ordinal);
        Assert.Contains("\n(นายสมมติ ตัวอย่าง)\n", output, StringComparison.Ordinal);
        Assert.Equal(Measure.Agency, AnnouncementReader.Read(output).Single().Agency);
    }

    [Fact]
    public void Markdown_and_Arabic_digits_on_request_from_standard_input()
    {
        var (exitCode, output, _) = Run(MeasureJson.Serialize(Measure), "render", "-", "--markdown", "--arabic-digits");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("# ประกาศสำนักงานเขตตัวอย่าง\n", output, StringComparison.Ordinal);
        Assert.Contains("\n- 1.1 โทรศัพท์ ", output, StringComparison.Ordinal);
        Assert.Contains("ประกาศ ณ วันที่ 1 กุมภาพันธ์ พ.ศ. 2567", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_measure_is_exit_code_2_with_one_error_line()
    {
        var path = WriteFile("{\"agency\": 5}");

        var (exitCode, output, error) = Run(string.Empty, "render", path);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: {path}: not a measure document: $", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_file_is_exit_code_2()
    {
        var (exitCode, _, error) = Run(string.Empty, "render", Path.Combine(_directory, "none.json"));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Out, string Error) Run(string stdin, params string[] args) => CliHarness.Run(stdin, args);

    private string WriteFile(string content)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
