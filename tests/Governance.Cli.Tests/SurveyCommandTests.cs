using System.Text.Json;
using NodaTime;

namespace Participation.Governance.Cli.Tests;

public sealed class SurveyCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "survey-tests-" + Guid.NewGuid().ToString("N"));

    public SurveyCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string content, bool bom = false)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(bom));
        return path;
    }

    private static (int ExitCode, string Out, string Error) Run(string stdin, params string[] args) => CliHarness.Run(stdin, args);

    [Fact]
    public void Json_HasTheDesignShape()
    {
        // Q1: 5, 4, 4, 3 → mean 4, sd √(2/3) = 0.8165 → 0.82, 3 of 4 satisfied = 75 %, มาก.
        // Q2: 5, 5, (none), 4 → mean 14/3 = 4.667 → 4.67, sd √(1/3) = 0.577 → 0.58, 100 %, มากที่สุด.
        var path = WriteFile("Q1,Q2\r\n5,5\r\n4,5\r\n4,\r\n3,4\r\n", bom: true);

        var (exitCode, output, error) = Run(string.Empty, "survey", path, "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "{\"respondents\":4,\"questions\":["
            + "{\"name\":\"Q1\",\"n\":4,\"mean\":4,\"sd\":0.82,\"counts\":[0,0,1,2,1],\"percentSatisfied\":75,\"band\":\"มาก\"},"
            + "{\"name\":\"Q2\",\"n\":3,\"mean\":4.67,\"sd\":0.58,\"counts\":[0,0,0,1,2],\"percentSatisfied\":100,\"band\":\"มากที่สุด\"}],"
            + "\"overall\":{\"name\":\"overall\",\"n\":7,\"mean\":4.29,\"sd\":0.76,\"counts\":[0,0,1,3,3],\"percentSatisfied\":85.71,\"band\":\"มาก\"}}\n",
            output);
    }

    [Fact]
    public void Json_IsValidAndUndefinedFiguresAreNull()
    {
        var path = WriteFile("Q1,Q2\n5,\n");

        var (exitCode, output, _) = Run(string.Empty, "survey", path, "--json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var questions = document.RootElement.GetProperty("questions");
        Assert.Equal(JsonValueKind.Null, questions[0].GetProperty("sd").ValueKind);
        Assert.Equal(JsonValueKind.Null, questions[1].GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, questions[1].GetProperty("band").ValueKind);
        Assert.Equal(0, questions[1].GetProperty("n").GetInt32());
    }

    [Fact]
    public void Bands_EightTenthsChangesTheReading()
    {
        // Mean 4.25: มาก under 0.5 (3.51–4.50), มากที่สุด under 0.8 (4.21–5.00).
        var path = WriteFile("Q\n5\n4\n4\n4\n");

        var half = Run(string.Empty, "survey", path, "--json").Out;
        var eight = Run(string.Empty, "survey", path, "--json", "--bands", "0.8").Out;

        Assert.Contains("\"band\":\"มาก\"", half, StringComparison.Ordinal);
        Assert.Contains("\"band\":\"มากที่สุด\"", eight, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_OtherValuesAreAUsageError()
    {
        var (exitCode, _, error) = Run(string.Empty, "survey", WriteFile("Q\n5\n"), "--bands", "0.6");
        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ListsEveryQuestionAndOverall()
    {
        var path = WriteFile("ความสะดวก,ความรวดเร็ว\n5,4\n4,4\n");

        var (exitCode, output, _) = Run(string.Empty, "survey", path);

        Assert.Equal(0, exitCode);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Contains("2 respondents", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("question", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("ความสะดวก", lines[2], StringComparison.Ordinal);
        Assert.Contains("4.50", lines[2], StringComparison.Ordinal);
        Assert.Contains("100.00", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("มาก (High)", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("overall", lines[4], StringComparison.Ordinal);
        Assert.Contains("4.25", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedRows_AreReportedWithLineNumbersAndExitOne()
    {
        var path = WriteFile("Q1,Q2\n5,4\n6,4\n3,3,3\n4,4\n");

        var (exitCode, output, error) = Run(string.Empty, "survey", path, "--json");

        Assert.Equal(1, exitCode);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal($"error: {path}:3: column 1 (Q1): expected an answer 1–5 or an empty cell, found \"6\".", lines[0]);
        Assert.StartsWith($"error: {path}:4: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("{\"respondents\":2,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_ExitsTwo()
    {
        var path = Path.Combine(_directory, "absent.csv");
        var (exitCode, output, error) = Run(string.Empty, "survey", path);
        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: {path}: cannot read: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_IsUnreadableAndExitsTwo()
    {
        var (exitCode, _, error) = Run(string.Empty, "survey", _directory);
        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_IsNotASurveyAndExitsTwo()
    {
        var (exitCode, _, error) = Run(string.Empty, "survey", WriteFile(string.Empty));
        Assert.Equal(2, exitCode);
        Assert.Contains("not a survey response file: line 1: the file is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_ReadsStandardInput()
    {
        var (exitCode, output, _) = Run("Q\n5\n5\n", "survey", "-", "--json");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("{\"respondents\":2,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleFile_Summarizes()
    {
        var sample = Path.Combine(RepositoryRoot(), "samples", "surveys", "satisfaction-example.csv");
        var (exitCode, output, error) = Run(string.Empty, "survey", sample, "--json");

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(10, document.RootElement.GetProperty("respondents").GetInt32());
        Assert.Equal("ความชัดเจนของข้อมูล, เอกสาร", document.RootElement.GetProperty("questions")[2].GetProperty("name").GetString());
    }

    // The build output may live outside the tree (GOV_ARTIFACTS), so find the sample from this source file.
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

    [Fact]
    public void Json_IsAlwaysParseableForArbitraryAnswerFiles()
    {
        var rows = Gen.Elements("", "1", "2", "3", "4", "5").ArrayOf(3).Select(r => string.Join(",", r)).ListOf();
        Prop.ForAll(rows.ToArbitrary(), list =>
        {
            var (exitCode, output, _) = Run("A,B,C\n" + string.Join("\n", list) + "\n", "survey", "-", "--json");
            using var document = JsonDocument.Parse(output);
            var overall = document.RootElement.GetProperty("overall");
            var counts = overall.GetProperty("counts").EnumerateArray().Sum(c => c.GetInt64());
            return exitCode == 0 && counts == overall.GetProperty("n").GetInt64();
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
