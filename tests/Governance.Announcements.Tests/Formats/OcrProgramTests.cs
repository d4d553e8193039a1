using System.Diagnostics;
using Participation.Governance.Announcements.Reading;

namespace Participation.Governance.Announcements.Tests.Formats;

/// <summary>
/// How the OCR programs are run, with shell scripts standing in for them: arguments passed as they are, exit codes,
/// standard error and time limits turned into messages, and what to install when a program or its data is missing.
/// </summary>
public sealed class OcrProgramTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ocr-program-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [ShellFact]
    public void Arguments_reach_the_program_exactly_as_given_whatever_they_hold()
    {
        var echo = OcrTools.WriteScript(_folder, "echo-arguments", "for a in \"$@\"; do printf '%s\\n--\\n' \"$a\"; done");
        var text = Gen.Elements("a", "b c", " ", "\"", "\\", "\\\"", "ไทย", "'", "$HOME", "*", ";", "|", "\t", "x\\\\").ListOf().Select(p => string.Concat(p));
        Prop.ForAll(text.ArrayOf().ToArbitrary(), arguments =>
        {
            var run = ToolProcess.Run("echo", echo, arguments, TimeSpan.FromSeconds(30), null, CancellationToken.None);
            var expected = string.Concat(arguments.Select(a => a + "\n--\n"));
            return run.Success && run.Value == expected;
        }).QuickCheckThrowOnFailure();
    }

    [ShellFact]
    public void Arguments_joined_into_one_command_line_split_back_into_the_same_arguments()
    {
        // The form used where the runtime has no argument list (netstandard2.0): .NET splits it by the C runtime's rules.
        var text = Gen.Elements("a", "b c", " ", "\"", "\\", "\\\"", "ไทย", "\t", "x\\\\", string.Empty).ListOf().Select(p => string.Concat(p));
        Prop.ForAll(text.ArrayOf().ToArbitrary(), arguments =>
        {
            var start = new ProcessStartInfo("/bin/sh") { Arguments = ToolProcess.JoinArguments(["-c", "for a in \"$@\"; do printf '%s|' \"$a\"; done", "sh", .. arguments]), RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output == string.Concat(arguments.Select(a => a + "|"));
        }).QuickCheckThrowOnFailure();
    }

    [ShellFact]
    public void A_program_that_fails_gives_its_exit_code_and_the_end_of_what_it_said()
    {
        var failing = OcrTools.WriteScript(_folder, "failing", "echo 'Warning: something' >&2; echo 'Error: cannot read the page' >&2; exit 3");

        var run = ToolProcess.Run("failing", failing, [], TimeSpan.FromSeconds(30), null, CancellationToken.None);

        Assert.False(run.Success);
        Assert.Equal("failing failed (exit code 3): Warning: something Error: cannot read the page", run.Message);
    }

    [ShellFact]
    public void A_program_that_runs_too_long_is_stopped_and_says_so()
    {
        var slow = OcrTools.WriteScript(_folder, "slow", "while :; do :; done");
        var clock = Stopwatch.StartNew();

        var run = ToolProcess.Run("slow", slow, [], TimeSpan.FromMilliseconds(300), null, CancellationToken.None);

        Assert.False(run.Success);
        Assert.Equal("slow did not finish within 0 seconds and was stopped", run.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "the program was not stopped");
    }

    [ShellFact]
    public void The_environment_given_is_the_programs()
    {
        var env = OcrTools.WriteScript(_folder, "env", "printf '%s' \"$OMP_THREAD_LIMIT\"");

        var run = ToolProcess.Run("env", env, [], TimeSpan.FromSeconds(30), new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" }, CancellationToken.None);

        Assert.Equal("1", run.Value);
    }

    [Fact]
    public void A_program_that_cannot_be_started_is_a_failure_not_an_exception()
    {
        var run = ToolProcess.Run("nothing", Path.Combine(_folder, "no-such-program"), [], TimeSpan.FromSeconds(5), null, CancellationToken.None);

        Assert.False(run.Success);
        Assert.StartsWith("nothing could not be started (", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tesseract_path_that_is_not_there_is_named_in_the_failure()
    {
        var missing = Path.Combine(_folder, "no-tesseract-here");

        var read = new TesseractOcrEngine(missing).Recognize(Path.Combine(_folder, "page.png"), null, CancellationToken.None);

        Assert.False(read.Success);
        Assert.Equal($"tesseract was not found at {missing}: give the program or the folder that holds it", read.Message);
        Assert.Null(ToolLocator.Find("governance-no-such-program", null));
    }

    [ShellFact]
    public void Tesseract_without_its_thai_data_says_what_to_install()
    {
        OcrTools.WriteScript(_folder, "tesseract", "printf 'List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (2):\\neng\\nosd\\n'");

        var found = new TesseractOcrEngine(_folder).FindProgram();

        Assert.False(found.Success);
        Assert.Equal(
            "Tesseract is installed without its data for tha: on Debian or Ubuntu run \"sudo apt-get install tesseract-ocr-tha\"; on Windows run the Tesseract installer again and tick Thai under \"Additional language data\"",
            found.Message);
    }

    [ShellFact]
    public void Tesseract_is_run_on_the_image_with_thai_and_english_and_its_two_outputs_read()
    {
        // A stand-in that checks it was given the image and the options, and writes what Tesseract would.
        var tesseract = OcrTools.WriteScript(_folder, "tesseract", """
            if [ "$1" = "--list-langs" ]; then printf 'List of available languages in "/x/" (3):\neng\nosd\ntha\n'; exit 0; fi
            [ -f "$1" ] || { echo "no image $1" >&2; exit 1; }
            [ "$3 $4 $5 $6 $7 $8 $9 ${10}" = "-l tha+eng --psm 4 --dpi 300 txt tsv" ] || { echo "arguments: $*" >&2; exit 1; }
            [ "$OMP_THREAD_LIMIT" = 1 ] || { echo "threads: $OMP_THREAD_LIMIT" >&2; exit 1; }
            printf 'ข้อ ๑\f' > "$2.txt"
            printf 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n4\t1\t1\t1\t1\t0\t10\t10\t50\t20\t-1\t\n5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t90\tข้อ\n5\t1\t1\t1\t1\t2\t40\t10\t20\t20\t90\t๑\n' > "$2.tsv"
            """);
        var image = Path.Combine(_folder, "a page \"scanned\" ไทย.pgm");
        File.WriteAllText(image, "P5");

        var read = new TesseractOcrEngine(tesseract).Recognize(image, 300, CancellationToken.None);

        Assert.True(read.Success, read.Message);
        Assert.Equal("ข้อ ๑", Assert.Single(Assert.Single(read.Value).Lines).Text);
    }
}
