using System.Text.Json;

namespace Participation.Governance.Cli.Tests;

/// <summary>One set of flags: each means the same on every verb that takes it, and the old digit flags still work, hidden.</summary>
public sealed class SharedFlagsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("governance-flags-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string[]> EveryVerb => new()
    {
        { ["calendar", "2563"] },
        { ["year", "2563", "--from", "be", "--to", "ce"] },
        { ["words", "121"] },
        { ["number", "หนึ่งร้อยยี่สิบเอ็ด"] },
        { ["baht", "121.50"] },
        { ["digits", "92/2563", "--to", "thai"] },
        { ["date", "format", "2020-04-24"] },
        { ["date", "parse", "๒๔ เมษายน ๒๕๖๓"] },
        { ["survey", "MISSING"] },
        { ["render", "MISSING"] },
        { ["check", "MISSING"] },
    };

    [Theory]
    [MemberData(nameof(EveryVerb))]
    public void Every_verb_takes_lang_and_speaks_Thai_with_it(string[] args)
    {
        var (thaiExit, thaiOut, thaiError) = CliHarness.Run(string.Empty, [.. args, "--lang", "th"]);
        var (englishExit, englishOut, englishError) = CliHarness.Run(string.Empty, [.. args, "--lang", "en"]);

        Assert.Equal(englishExit, thaiExit);
        Assert.DoesNotContain("error: ", thaiOut + thaiError, StringComparison.Ordinal);
        Assert.DoesNotContain("ข้อผิดพลาด", englishOut + englishError, StringComparison.Ordinal);
        if (args[^1] == "MISSING")
        {
            Assert.StartsWith("ข้อผิดพลาด: MISSING: อ่านไม่ได้: ", thaiError, StringComparison.Ordinal);
            Assert.StartsWith("error: MISSING: cannot read: ", englishError, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryVerb))]
    public void Every_verb_but_render_takes_json(string[] args)
    {
        if (args[0] == "render")
        {
            // render writes a document; its formats are its own (--format, being added beside this work).
            return;
        }

        var (_, output, _) = CliHarness.Run(string.Empty, [.. args, "--json", "--lang", "en"]);

        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }
    }

    [Theory]
    [InlineData(new[] { "year", "2563", "--from", "be", "--to", "ce" }, "2020", "๒๐๒๐")]
    [InlineData(new[] { "number", "หนึ่งร้อยยี่สิบเอ็ด" }, "121", "๑๒๑")]
    [InlineData(new[] { "date", "format", "2020-04-24" }, "24 เมษายน พ.ศ. 2563", "๒๔ เมษายน พ.ศ. ๒๕๖๓")]
    [InlineData(new[] { "digits", "92" }, "92", "๙๒")]
    public void Digits_chooses_the_digits_written(string[] args, string arabic, string thai)
    {
        if (args[0] != "digits")
        {
            Assert.Equal(arabic + "\n", CliHarness.Run(string.Empty, args).Out);
        }

        Assert.Equal(arabic + "\n", CliHarness.Run(string.Empty, [.. args, "--digits", "arabic"]).Out);
        Assert.Equal(thai + "\n", CliHarness.Run(string.Empty, [.. args, "--digits", "thai"]).Out);
    }

    [Fact]
    public void Json_carries_numbers_as_numbers_whatever_the_digits()
    {
        var (_, output, _) = CliHarness.Run(string.Empty, ["year", "2563", "๒๕๖๔", "--from", "be", "--to", "ce", "--digits", "thai", "--json"]);

        Assert.Equal("{\"input\":\"2563\",\"output\":2020}\n{\"input\":\"๒๕๖๔\",\"output\":2021}\n", output);
    }

    [Theory]
    [InlineData("--thai-digits")]
    [InlineData("-t")]
    public void The_old_thai_digits_flag_still_works_for_date_format_and_is_hidden(string flag)
    {
        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["date", "format", "2020-04-24", flag]);

        Assert.Equal((0, "๒๔ เมษายน พ.ศ. ๒๕๖๓\n", string.Empty), (exitCode, output, error));
        Assert.DoesNotContain("--thai-digits", CliHarness.Run(string.Empty, ["date", "format", "--help"]).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_arabic_digits_flag_still_works_for_render_and_is_hidden()
    {
        var measure = Path.Combine(PublishedToolRoot(), "samples", "measures", "compliant.json");

        var (oldExit, old, _) = CliHarness.Run(string.Empty, ["render", measure, "--arabic-digits"]);
        var (_, current, _) = CliHarness.Run(string.Empty, ["render", measure, "--digits", "arabic"]);
        var (_, thai, _) = CliHarness.Run(string.Empty, ["render", measure]);

        Assert.Equal(0, oldExit);
        Assert.Equal(current, old);
        Assert.NotEqual(thai, old);
        Assert.Contains("๑.", thai, StringComparison.Ordinal);
        Assert.DoesNotContain("๑.", old, StringComparison.Ordinal);
        Assert.DoesNotContain("--arabic-digits", CliHarness.Run(string.Empty, ["render", "--help"]).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_flag_that_contradicts_digits_is_a_usage_error()
    {
        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["date", "format", "2020-04-24", "--thai-digits", "--digits", "arabic", "--lang", "en"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal("error: --thai-digits contradicts --digits arabic: give one of them.\n", error);
    }

    [Theory]
    [InlineData(new[] { "year", "2482", "--from", "be", "--to", "ce", "--month", "1" }, "1940", "1939")]
    [InlineData(new[] { "date", "format", "1940-01-15" }, "15 มกราคม พ.ศ. 2482", "15 มกราคม พ.ศ. 2483")]
    [InlineData(new[] { "date", "parse", "15 มกราคม พ.ศ. 2482" }, "1940-01-15", "1939-01-15")]
    public void Historical_reads_and_writes_BE_years_by_the_rule_before_1941(string[] args, string historical, string modern)
    {
        Assert.Equal(historical + "\n", CliHarness.Run(string.Empty, [.. args, "--historical"]).Out);
        Assert.Equal(modern + "\n", CliHarness.Run(string.Empty, args).Out);
    }

    [Fact]
    public void Survey_takes_a_folder_or_a_wildcard_that_names_one_file()
    {
        var export = Path.Combine(PublishedToolRoot(), "samples", "surveys", "google-forms.csv");
        var inFolder = Path.Combine(_folder, "responses");
        Directory.CreateDirectory(inFolder);
        File.Copy(export, Path.Combine(inFolder, "google-forms.csv"));

        var direct = CliHarness.Run(string.Empty, ["survey", Path.Combine(inFolder, "google-forms.csv"), "--json"]);
        var folder = CliHarness.Run(string.Empty, ["survey", inFolder, "--json"]);
        var wildcard = CliHarness.Run(string.Empty, ["survey", Path.Combine(inFolder, "*.csv"), "--json"]);

        Assert.Equal(0, direct.ExitCode);
        Assert.Equal(direct, folder);
        Assert.Equal(direct, wildcard);

        File.Copy(export, Path.Combine(inFolder, "second.csv"));
        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["survey", Path.Combine(inFolder, "*.csv"), "--lang", "en"]);
        Assert.Equal((2, string.Empty), (exitCode, output));
        Assert.Equal($"error: {Path.Combine(inFolder, "*.csv")} names more than one file; survey reads one: name it.\n", error);

        (exitCode, _, error) = CliHarness.Run(string.Empty, ["survey", Path.Combine(inFolder, "*.xlsx"), "--lang", "en"]);
        Assert.Equal(2, exitCode);
        Assert.Equal($"error: no file matches {Path.Combine(inFolder, "*.xlsx")}\n", error);
    }

    private static string PublishedToolRoot() => Binary.PublishedTool.RepositoryRoot;
}
