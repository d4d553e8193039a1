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
        var (exitCode, output, _) = Run(MeasureJson.Serialize(Measure), "render", "-", "--format", "markdown", "--digits", "arabic");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("# ประกาศสำนักงานเขตตัวอย่าง\n", output, StringComparison.Ordinal);
        Assert.Contains("\n- 1.1 โทรศัพท์ ", output, StringComparison.Ordinal);
        Assert.Contains("ประกาศ ณ วันที่ 1 กุมภาพันธ์ พ.ศ. 2567", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_markdown_and_digits_arabic_say_what_the_flags_of_earlier_versions_say()
    {
        var json = MeasureJson.Serialize(Measure);

        var current = Run(json, "render", "-", "--format", "markdown", "--digits", "arabic");
        var earlier = Run(json, "render", "-", "--markdown", "--arabic-digits");

        Assert.Equal(0, current.ExitCode);
        Assert.Equal(earlier, current);
    }

    [Fact]
    public void Writes_a_Word_document_to_the_file_named_by_o_and_nothing_to_standard_output()
    {
        var output = Path.Combine(_directory, "ประกาศ.docx");

        var (exitCode, text, error) = Run(string.Empty, "render", WriteFile(MeasureJson.Serialize(Measure)), "--format", "docx", "-o", output, "--signatory", "นายสมมติ ตัวอย่าง", "--font", "psk");

        Assert.Equal((0, string.Empty, string.Empty), (exitCode, text, error));
        using var docx = File.OpenRead(output);
        var read = WordTextReader.Read(docx).Value;
        Assert.Equal(Lines(AnnouncementWriter.Render(Measure, new AnnouncementRenderOptions { Signatory = "นายสมมติ ตัวอย่าง" })), Lines(read.Text));
        docx.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, isEditable: false);
        Assert.Equal("TH SarabunPSK", document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.ComplexScript!.Value);
    }

    [Fact]
    public void Writes_a_Word_document_to_standard_output_when_it_is_redirected()
    {
        var (exitCode, console) = RunDocx(outputIsTerminal: false, "render", "-", "--format", "docx", "--digits", "arabic");

        Assert.Equal(0, exitCode);
        Assert.Equal("ประกาศ ณ วันที่ 1 กุมภาพันธ์ พ.ศ. 2567", Lines(WordTextReader.Read(new MemoryStream(((MemoryStream)console.OutputBytes).ToArray())).Value.Text)[^3]);
    }

    [Fact]
    public void A_Word_document_to_a_terminal_is_a_one_line_usage_error()
    {
        var (exitCode, console) = RunDocx(outputIsTerminal: true, "render", "-", "--format", "docx");

        Assert.Equal(2, exitCode);
        Assert.Equal(0, console.OutputBytes.Length);
        Assert.Equal(
            "error: --format docx writes a Word document, which a terminal cannot show: name the file with -o FILE.docx.\n",
            console.Error.ToString());
    }

    [Fact]
    public void The_emblem_is_put_at_the_top_of_the_document()
    {
        var emblem = Path.Combine(_directory, "ครุฑ.png");
        File.WriteAllBytes(emblem, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 14, 0, 0, 1, 44, 8, 6, 0, 0, 0]);
        var output = Path.Combine(_directory, "out.docx");

        var (exitCode, _, error) = Run(string.Empty, "render", WriteFile(MeasureJson.Serialize(Measure)), "--format", "docx", "-o", output, "--emblem", emblem);

        Assert.Equal((0, string.Empty), (exitCode, error));
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(output, isEditable: false);
        var image = Assert.Single(document.MainDocumentPart!.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal(File.ReadAllBytes(emblem).Length, image.GetStream().Length);
    }

    [Theory]
    [InlineData("--emblem", "x.png", "--emblem applies only to --format docx.")]
    [InlineData("--font", "psk", "--font applies only to --format docx.")]
    public void Word_options_with_a_text_format_are_a_usage_error(string option, string value, string message)
    {
        var (exitCode, output, error) = Run(MeasureJson.Serialize(Measure), "render", "-", option, value);

        Assert.Equal((2, string.Empty, $"error: {message}\n"), (exitCode, output, error));
    }

    [Fact]
    public void An_unknown_font_or_an_emblem_that_is_not_an_image_is_exit_code_2_with_one_line()
    {
        var notImage = WriteFile("not an image");
        var output = Path.Combine(_directory, "out.docx");

        var font = Run(MeasureJson.Serialize(Measure), "render", "-", "--format", "docx", "-o", output, "--font", "Angsana New");
        var emblem = Run(MeasureJson.Serialize(Measure), "render", "-", "--format", "docx", "-o", output, "--emblem", notImage);

        Assert.Equal((2, "error: --font: 'Angsana New' is not an announcement font: expected TH Sarabun New, TH SarabunPSK or TH SarabunIT๙.\n"), (font.ExitCode, font.Error));
        Assert.Equal((2, $"error: {notImage}: not an emblem image: expected a PNG or JPEG image.\n"), (emblem.ExitCode, emblem.Error));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Text_goes_to_the_file_named_by_o_in_UTF8()
    {
        var output = Path.Combine(_directory, "ประกาศ.txt");

        var (exitCode, text, _) = Run(MeasureJson.Serialize(Measure), "render", "-", "-o", output);

        Assert.Equal((0, string.Empty), (exitCode, text));
        Assert.Equal(AnnouncementWriter.Render(Measure), File.ReadAllText(output));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_exit_code_2_with_one_line()
    {
        var output = Path.Combine(_directory, "no such folder", "ประกาศ.docx");

        var (exitCode, _, error) = Run(MeasureJson.Serialize(Measure), "render", "-", "--format", "docx", "-o", output);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"error: {output}: cannot write: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
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

    /// <summary>Runs with the measure on standard input and standard output as bytes that may be a terminal.</summary>
    private static (int ExitCode, CliConsole Console) RunDocx(bool outputIsTerminal, params string[] args)
    {
        var console = new CliConsole(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(MeasureJson.Serialize(Measure))),
            new StringWriter { NewLine = "\n" },
            new StringWriter { NewLine = "\n" },
            () => CliHarness.Today,
            outputBytes: new MemoryStream(),
            outputIsTerminal: outputIsTerminal);
        return (Program.Run(args, console), console);
    }

    private static string[] Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();

    private string WriteFile(string content)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
