using System.Diagnostics;

namespace Participation.Governance.Cli.Tests.Binary;

/// <summary>
/// What only a real process shows: answers streamed through pipes while standard input is still open, a terminal,
/// separate standard output and error, exit codes, the UI culture from the environment, wildcards that no shell expanded,
/// and tab completion.
/// </summary>
[Collection(PublishedToolCollection.Name)]
public sealed class PublishedToolTests(PublishedTool tool)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [Fact]
    public void Each_answer_comes_before_standard_input_is_closed()
        => AnswersAsTyped(
            ["baht"],
            ("121.50", answer => Assert.Equal("หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์", answer)),
            // And the next one, after the first was answered: the tool waits for more, answering each as it comes.
            ("12,5o", answer => Assert.StartsWith("error: '12,5o' is not an amount", answer, StringComparison.Ordinal)));

    [Fact]
    public void Check_answers_each_path_given_on_standard_input_before_the_next_one_comes()
    {
        var folder = Directory.CreateTempSubdirectory("governance-check-stdin-");
        try
        {
            var measure = Path.Combine(PublishedTool.RepositoryRoot, "samples", "measures", "compliant.json");
            var announcement = Path.Combine(folder.FullName, "announcement.txt");
            File.WriteAllText(announcement, "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n\n๑. เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์\n");

            // Two workers on two cores or more: one waits for the second path while the other answers the first.
            AnswersAsTyped(
                ["check", "--json", "--jobs", "2"],
                (measure, answer => Assert.Contains("\"compliant\"", answer, StringComparison.Ordinal)),
                (announcement, answer => Assert.Contains("GOV001", answer, StringComparison.Ordinal)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Types each line and checks its answer before typing the next, standard input still open; then closes it and
    /// expects exit code 1 (each of these runs has one line that fails) and nothing more.
    /// </summary>
    private void AnswersAsTyped(string[] args, params (string Line, Action<string> Check)[] exchanges)
    {
        using var process = tool.Start(args);
        process.StandardInput.NewLine = "\n";
        try
        {
            foreach (var (line, check) in exchanges)
            {
                process.StandardInput.WriteLine(line);
                process.StandardInput.Flush();
                check(ReadLine(process.StandardOutput));
            }

            process.StandardInput.Close();
            Assert.True(process.WaitForExit(Patience));
            Assert.Equal(1, process.ExitCode);
            Assert.Null(process.StandardOutput.ReadLine());
        }
        finally
        {
            Stop(process);
        }
    }

    [Fact]
    public void A_pipe_gets_every_line_in_order_with_errors_in_place_and_on_standard_error_on_request()
    {
        var input = string.Concat(Enumerable.Range(0, 10_000).Select(i => i == 5_000 ? "x\n" : $"{i}.25\n"));

        var (exitCode, output, error) = tool.Run(input, "baht", "--errors-to-stderr");

        var lines = output.Split('\n');
        Assert.Equal(1, exitCode);
        Assert.Equal(10_001, lines.Length);
        Assert.Equal("ยี่สิบห้าสตางค์", lines[0]);
        Assert.Equal("error: 'x' is not an amount (expected digits with an optional point, such as 121.50, -11.25, 1,000 or ๑๒๑.๕๐).", lines[5_000]);
        Assert.Equal("เก้าพันเก้าร้อยเก้าสิบเก้าบาทยี่สิบห้าสตางค์", lines[9_999]);
        Assert.Equal(lines[5_000] + "\n", error);
    }

    [Fact]
    public void A_terminal_sees_each_answer_as_it_is_typed()
    {
        // util-linux's script runs the tool on a pseudo-terminal: its standard input, output and error are a terminal,
        // as when a person types at one. The terminal echoes what is typed, so the answer is the line after the echo.
        using var process = Process.Start(PublishedTool.StartInfo("script", ["-qfec", $"'{tool.Executable}' words --lang th", "/dev/null"], "en_US.UTF-8"))!;
        process.StandardInput.NewLine = "\n";
        try
        {
            process.StandardInput.WriteLine("121");
            process.StandardInput.Flush();
            string? line;
            do
            {
                line = ReadLine(process.StandardOutput).TrimEnd('\r');
            }
            while (line != "หนึ่งร้อยยี่สิบเอ็ด" && !line.StartsWith("ข้อผิดพลาด", StringComparison.Ordinal));

            Assert.Equal("หนึ่งร้อยยี่สิบเอ็ด", line);
        }
        finally
        {
            Stop(process);
        }
    }

    [Theory]
    [InlineData("calendar", "--schedule", "weekly")]
    [InlineData("digits", "1", "--to", "klingon")]
    [InlineData("year", "2563", "--from", "be")]
    [InlineData("year", "2563", "--from", "be", "--to", "ce", "--month", "x")]
    [InlineData("no-such-verb")]
    public void A_usage_error_is_one_line_on_standard_error_with_exit_code_2(params string[] args)
    {
        var (exitCode, output, error) = tool.Run(string.Empty, args);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Matches("^error: [^\n]+\n$", error);
    }

    [Fact]
    public void A_Thai_UI_culture_makes_Thai_the_default_and_lang_overrides_it()
    {
        var (_, thai, thaiError) = tool.RunIn("th_TH.UTF-8", "x\n", "baht", "--errors-to-stderr");
        var (_, english, _) = tool.RunIn("th_TH.UTF-8", "x\n", "baht", "--lang", "en");
        var (_, usage, usageError) = tool.RunIn("th_TH.UTF-8", string.Empty, "calendar", "--schedule", "weekly");

        Assert.Equal("ข้อผิดพลาด: 'x' ไม่ใช่จำนวนเงิน (ต้องเป็นตัวเลข มีจุดทศนิยมได้ เช่น 121.50, -11.25, 1,000 หรือ ๑๒๑.๕๐)\n", thai);
        Assert.Equal(thai, thaiError);
        Assert.StartsWith("error: 'x' is not an amount", english, StringComparison.Ordinal);
        Assert.Equal(string.Empty, usage);
        Assert.Equal("ข้อผิดพลาด: --schedule ต้องเป็น quarterly, semiannual หรือ annual แต่ได้รับ 'weekly' (ดูวิธีใช้ด้วย 'governance --help')\n", usageError);
    }

    [Fact]
    public void Wildcards_no_shell_expanded_are_expanded_by_the_tool()
    {
        var folder = Directory.CreateTempSubdirectory("governance-wildcards-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "a"));
            File.Copy(SampleMeasure("compliant.json"), Path.Combine(folder, "a", "one.json"));
            File.Copy(SampleMeasure("compliant.json"), Path.Combine(folder, "two.json"));

            // No shell is involved: the process gets the pattern itself, as on Windows.
            var (exitCode, output, error) = tool.Run(string.Empty, "check", Path.Combine(folder, "**", "*.json"), "--json");

            Assert.Equal(string.Empty, error);
            Assert.Equal(0, exitCode);
            Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_suggest_directive_completes_verbs_options_and_values()
    {
        // The command line after the program's name, and where the cursor is in it.
        var (verbsExit, verbs, _) = tool.Run(string.Empty, "[suggest:3]", "cal");
        var (optionsExit, options, _) = tool.Run(string.Empty, "[suggest:14]", "calendar --sch");
        var (valuesExit, values, _) = tool.Run(string.Empty, "[suggest:20]", "calendar --schedule ");

        Assert.Equal((0, "calendar\n"), (verbsExit, verbs));
        Assert.Equal((0, "--schedule\n"), (optionsExit, options));
        Assert.Equal(0, valuesExit);
        Assert.Equal(["annual", "quarterly", "semiannual"], values.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_READMEs_bash_completion_completes_as_a_person_types()
    {
        // The snippet exactly as the README gives it, run by bash with the published tool on PATH, asked as bash asks it.
        var snippet = ReadmeSnippet("bash");
        string Complete(string typed)
        {
            var script = $"{snippet}\nCOMP_LINE='{typed}'; COMP_POINT=${{#COMP_LINE}}; _governance_complete; printf '%s\\n' \"${{COMPREPLY[@]}}\"";
            var start = PublishedTool.StartInfo("bash", ["-c", script], "en_US.UTF-8");
            start.Environment["PATH"] = Path.GetDirectoryName(tool.Executable) + Path.PathSeparator + start.Environment["PATH"];
            using var bash = Process.Start(start)!;
            bash.StandardInput.Close();
            var output = bash.StandardOutput.ReadToEnd();
            Assert.True(bash.WaitForExit(Patience));
            return output;
        }

        Assert.Equal("calendar\n", Complete("governance cal"));
        Assert.Equal("annual\nquarterly\nsemiannual\n", Complete("governance calendar --schedule "));
        Assert.Equal("semiannual\n", Complete("governance calendar --schedule se"));
        Assert.Equal("--digits\n", Complete("governance date format --dig"));
    }

    private static string ReadmeSnippet(string shell)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("```" + shell + "\n# governance: tab completion", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no {shell} completion snippet");
        start = readme.IndexOf('\n', start) + 1;
        return readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start);
    }

    private static string RepositoryRoot() => PublishedTool.RepositoryRoot;

    private static string SampleMeasure(string name) => Path.Combine(RepositoryRoot(), "samples", "measures", name);

    /// <summary>Reads one line, failing rather than waiting for ever when the tool holds its answer back.</summary>
    private static string ReadLine(StreamReader reader)
    {
        var line = reader.ReadLineAsync();
        Assert.True(line.Wait(Patience), "no answer came while standard input was open: the tool held its output back");
        return line.Result ?? throw new EndOfStreamException("the tool ended without answering");
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }
}
