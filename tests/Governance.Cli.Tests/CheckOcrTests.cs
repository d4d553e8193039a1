using System.Globalization;
using System.Text;
using System.Text.Json;
using Participation.Governance.Announcements.Reading;

namespace Participation.Governance.Cli.Tests;

/// <summary>
/// <c>governance check --ocr</c>: scans read through OCR — with a script standing in for tesseract, and with the real one
/// where it is installed — and, without the flag, scans refused with a message that names it.
/// </summary>
public sealed class CheckOcrTests : IDisposable
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    /// <summary>What the stand-in tesseract reads on any image: an announcement with routes in and no satisfaction step.</summary>
    private static readonly string[] Page =
    [
        "ประกาศสํานักงานเขตตัวอยาง",
        "เรือง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม",
        "๑. ชองทางรับฟังความคิดเห็น ได้แก่ เว็บไซต์ และโทรศัพท์",
        "ประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. ๒๕5๐๒",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("check-ocr-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_scan_or_an_image_without_ocr_is_exit_2_naming_the_flag_in_either_language()
    {
        var image = Write("page.png", Png);
        var scan = Fixture("B-no-satisfaction.scanned.pdf");

        var english = CliHarness.Run(string.Empty, ["check", "--lang", "en", image, scan]);
        var thai = CliHarness.Run(string.Empty, ["check", "--lang", "th", image]);

        Assert.Equal(2, english.ExitCode);
        Assert.Equal(
            $"error: {image}: no text — the file is an image of a page (a scan or a photo); check it with --ocr to read it through OCR\n"
            + $"error: {scan}: no text layer — the file is a scanned image; check it with --ocr to read it through OCR\n",
            english.Error);
        Assert.Equal(2, thai.ExitCode);
        Assert.Equal($"ข้อผิดพลาด: {image}: ไม่มีข้อความ — ไฟล์เป็นภาพของหน้าเอกสาร (ภาพสแกนหรือภาพถ่าย) ให้ตรวจด้วย --ocr เพื่ออ่านข้อความด้วย OCR\n", thai.Error);
    }

    [ShellFact]
    public void With_ocr_an_image_is_read_checked_and_every_fact_marked_as_read_by_ocr()
    {
        var tesseract = StandInTesseract();
        var image = Write("page.png", Png);

        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["check", "--tesseract", tesseract, "--explain", "--lang", "en", image]);
        var json = CliHarness.Run(string.Empty, ["check", "--ocr", "--tesseract", tesseract, "--json", "--explain", image]);

        Assert.Equal(string.Empty, error);
        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{image}:1:2: GOV002 warning: ", output, StringComparison.Ordinal);
        Assert.Contains($"{image}: announcement \"มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\" (สำนักงานเขตตัวอยาง): not compliant (1 finding)", output, StringComparison.Ordinal);
        Assert.Contains("line 1:3: route in website ← \"เว็บไซต์\" (read by OCR from a page image)", output, StringComparison.Ordinal);
        Assert.Contains("line 1:4: issued on ← \"ประกาศ ณ วันที ๑๕ ตุลาคม พ.ศ. ๒๕5๐๒\" (unreadable: its digits do not form a value; read by OCR from a page image)", output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Out);
        var document = report.RootElement.GetProperty("documents")[0];
        Assert.Equal(JsonValueKind.Null, document.GetProperty("issuedOn").ValueKind);
        Assert.All(document.GetProperty("facts").EnumerateArray(), fact =>
            Assert.Contains("fromOcr", fact.GetProperty("reading").EnumerateArray().Select(r => r.GetString())));
    }

    [ShellFact]
    public void A_folder_gives_its_images_only_with_ocr()
    {
        var tesseract = StandInTesseract();
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "scans")).FullName;
        File.WriteAllBytes(Path.Combine(folder, "page.png"), Png);

        var without = CliHarness.Run(string.Empty, ["check", "--lang", "en", folder]);
        var with = CliHarness.Run(string.Empty, ["check", "--lang", "en", "--tesseract", tesseract, folder]);

        Assert.Equal(string.Empty, without.Out);
        Assert.Equal(1, with.ExitCode);
        Assert.Contains("page.png: announcement", with.Out, StringComparison.Ordinal);
    }

    [ShellFact]
    public void At_a_terminal_each_page_read_is_shown_on_standard_error_then_erased()
    {
        var tesseract = StandInTesseract();
        var image = Write("page.png", Png);
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };

        var exitCode = Program.Run(["check", "--lang", "en", "--tesseract", tesseract, image], new CliConsole(new MemoryStream(), output, error, () => CliHarness.Today, errorIsTerminal: true));

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"\r{image}: OCR, 0 of 1 page read", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\r", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tesseract_that_is_not_there_is_exit_2_saying_where_it_was_looked_for()
    {
        var missing = Path.Combine(_folder, "no-tesseract");
        var image = Write("page.png", Png);

        var (exitCode, _, error) = CliHarness.Run(string.Empty, ["check", "--lang", "en", "--tesseract", missing, image]);

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: {image}: tesseract was not found at {missing}: give the program or the folder that holds it\n", error);
    }

    [TesseractFact]
    public void A_scanned_page_read_by_tesseract_is_judged_as_its_printed_text()
    {
        var scan = Fixture("C-no-feedback-channel.scanned.png");

        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["check", "--ocr", "--lang", "en", scan]);

        Assert.Equal(string.Empty, error);
        Assert.Equal(1, exitCode);
        Assert.Contains(": GOV001 warning: ", output, StringComparison.Ordinal);
        Assert.Contains(": announcement \"มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\"", output, StringComparison.Ordinal);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A script in place of tesseract that reads <see cref="Page"/> off any image, as Tesseract writes it: text and TSV.</summary>
    private string StandInTesseract()
    {
        var text = new StringBuilder();
        var tsv = new StringBuilder("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t\n");
        for (var i = 0; i < Page.Length; i++)
        {
            // A "word" per word, each as wide as its letters, so that a line ends where its text does.
            var top = 300 + (i * 115);
            text.Append(Page[i]).Append('\n');
            tsv.Append(CultureInfo.InvariantCulture, $"4\t1\t1\t1\t{i + 1}\t0\t360\t{top}\t{(25 * Page[i].Length) + 12}\t70\t-1\t\n");
            var left = 360;
            foreach (var (word, n) in Page[i].Split(' ').Select((w, n) => (w, n)))
            {
                tsv.Append(CultureInfo.InvariantCulture, $"5\t1\t1\t1\t{i + 1}\t{n + 1}\t{left}\t{top}\t{25 * word.Length}\t70\t95\t{word}\n");
                left += (25 * word.Length) + 25;
            }
        }

        File.WriteAllText(Path.Combine(_folder, "page.txt"), text.Append('\f').ToString());
        File.WriteAllText(Path.Combine(_folder, "page.tsv"), tsv.ToString());
        var script = Path.Combine(_folder, "tesseract");
        File.WriteAllText(script, $"""
            #!/bin/sh
            if [ "$1" = "--list-langs" ]; then printf 'List of available languages in "/x/" (2):\neng\ntha\n'; exit 0; fi
            cp '{_folder}/page.txt' "$2.txt" && cp '{_folder}/page.tsv' "$2.tsv"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return script;
    }
}

/// <summary>A test in which a shell script stands in for tesseract; skipped on Windows.</summary>
public sealed class ShellFactAttribute : FactAttribute
{
    public ShellFactAttribute()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/sh"))
        {
            Skip = "No /bin/sh here, so no script can stand in for tesseract.";
        }
    }
}

/// <summary>A test that reads a scan with the real tesseract; skipped, saying so, where it is not installed.</summary>
public sealed class TesseractFactAttribute : FactAttribute
{
    public TesseractFactAttribute()
    {
        if (!new TesseractOcrEngine().FindProgram().Success)
        {
            Skip = "Tesseract with its Thai data is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-tha), so no scan is read here; the stand-in tesseract tests still run.";
        }
    }
}
