using System.Runtime.CompilerServices;
using System.Text.Json;
using NodaTime;

namespace Participation.Governance.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private const string Compliant = """{"schemaVersion":1,"agency":"หน่วยงาน","title":"มาตรการ","issuedOn":"2023-10-15","fiscalYear":2567,"levels":["consult","inform"],"channels":[{"kind":"website"},{"kind":"email"},{"kind":"website","detail":"second"},{"kind":"newsletter","direction":"outbound"}],"steps":[{"kind":"satisfactionAssessment","description":"ประเมิน","phases":["afterOperation"]},{"kind":"review","description":"ทบทวน","phases":["beforePlanning","afterOperation"]}],"reportingSchedule":{"quarters":[2,4]}}""";
    private const string NoSatisfaction = """{"schemaVersion":1,"agency":"a","title":"t","channels":[{"kind":"telephone"}]}""";
    private const string UnnamedChannels = """{"schemaVersion":1,"agency":"a","title":"t","channels":[{"kind":"unspecified"}],"steps":[{"kind":"satisfactionAssessment","description":"d"}]}""";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "check-tests-" + Guid.NewGuid().ToString("N"));

    public CheckCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void CompliantMeasure_ExitsZero()
    {
        var path = WriteFile(Compliant);
        var (exitCode, output, error) = Run(string.Empty, "check", path);
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal($"{path}: measure \"มาตรการ\" (หน่วยงาน): compliant\n", output);
    }

    [Fact]
    public void Findings_ArePrintedPerFile_AndExitOne()
    {
        var good = WriteFile(Compliant);
        var bad = WriteFile("""{"schemaVersion":1,"agency":"a","title":"t"}""");
        var (exitCode, output, _) = Run(string.Empty, "check", good, bad);
        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith($"{good}: measure", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{bad}: GOV001 warning: The measure has no inbound feedback channel", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{bad}: GOV002 warning: ", lines[2], StringComparison.Ordinal);
        Assert.Equal($"{bad}: measure \"t\" (a): not compliant (2 findings)", lines[3]);
        Assert.Equal("2 files: 1 compliant, 1 with findings, 0 not measures or memos, 0 unusable", lines[4]);
    }

    [Fact]
    public void InfoFindings_ArePrintedButDoNotFail()
    {
        var path = WriteFile(UnnamedChannels);
        var (exitCode, output, _) = Run(string.Empty, "check", path);
        Assert.Equal(0, exitCode);
        Assert.Contains($"{path}: GOV005 info: ", output, StringComparison.Ordinal);
        Assert.EndsWith(": compliant\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasTheDesignShape()
    {
        var path = WriteFile(NoSatisfaction);
        var (exitCode, output, _) = Run(string.Empty, "check", "--json", path);
        Assert.Equal(1, exitCode);
        var file = JsonSerializer.Serialize(path);
        Assert.Equal(
            "{\"file\":" + file + ",\"documents\":[{\"kind\":\"measure\",\"verdict\":\"notCompliant\",\"agency\":\"a\",\"title\":\"t\",\"issuedOn\":null,\"fiscalYearBE\":null,"
            + "\"levels\":[],\"feedbackChannels\":[\"telephone\"],\"hasSatisfactionStep\":false,\"phases\":[],\"reportingQuarters\":[],"
            + "\"findings\":[{\"id\":\"GOV002\",\"severity\":\"warning\",\"line\":null,\"location\":null,\"message\":\"The measure has no satisfaction-assessment step: add a step that assesses the satisfaction of service recipients and stakeholders\",\"thaiMessage\":\"มาตรการไม่มีขั้นตอนการประเมินความพึงพอใจ: ต้องมีขั้นตอนประเมินความพึงพอใจและความไม่พึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย\"}]}]}\n",
            output);
    }

    [Fact]
    public void Json_ReportsWhatTheMeasureContains()
    {
        var path = WriteFile(Compliant);
        var (exitCode, output, _) = Run(string.Empty, "check", path, "--json");
        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var measure = document.RootElement.GetProperty("documents")[0];
        Assert.Equal("2023-10-15", measure.GetProperty("issuedOn").GetString());
        Assert.Equal(2567, measure.GetProperty("fiscalYearBE").GetInt32());
        Assert.Equal(["inform", "consult"], measure.GetProperty("levels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["website", "email"], measure.GetProperty("feedbackChannels").EnumerateArray().Select(e => e.GetString()));
        Assert.True(measure.GetProperty("hasSatisfactionStep").GetBoolean());
        Assert.Equal(["beforePlanning", "afterOperation"], measure.GetProperty("phases").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([2, 4], measure.GetProperty("reportingQuarters").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(0, measure.GetProperty("findings").GetArrayLength());
        Assert.Contains("หน่วยงาน", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_WritesOneLinePerFile()
    {
        var (exitCode, output, _) = Run(string.Empty, "check", "--json", WriteFile(Compliant), WriteFile(UnnamedChannels));
        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("GOV005", JsonDocument.Parse(lines[1]).RootElement.GetProperty("documents")[0].GetProperty("findings")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void MissingFile_ExitsTwo_WithOneErrorLine_AndTheOtherFilesAreStillChecked()
    {
        var missing = Path.Combine(_directory, "missing.json");
        var bad = WriteFile(NoSatisfaction);
        var (exitCode, output, error) = Run(string.Empty, "check", missing, bad);
        Assert.Equal(2, exitCode);
        Assert.StartsWith($"error: {missing}: cannot read: ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("GOV002", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"agency":"a","title":"t","channels":[{"kind":"fax"}]}""", "$.channels[0].kind: ")]
    [InlineData("""{"schemaVersion":1,"agency":"a","agency":"b","title":"t"}""", "$.agency: ")]
    [InlineData("[1,2]", "$: ")]
    public void NotAMeasure_ExitsTwo_NamingTheFileAndPath(string content, string path)
    {
        var file = WriteFile(content);
        var (exitCode, output, error) = Run(string.Empty, "check", file);
        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: {file}: not a measure document: {path}", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void WithoutArguments_ReadsFilePathsFromStandardInput()
    {
        var good = WriteFile(Compliant);
        var bad = WriteFile(NoSatisfaction);
        var (exitCode, output, _) = Run($"{good}\n\n{bad}\n", "check");
        Assert.Equal(1, exitCode);
        Assert.Contains($"{good}: measure", output, StringComparison.Ordinal);
        Assert.Contains($"{bad}: GOV002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_ReadsADocumentFromStandardInput()
    {
        var (exitCode, output, _) = Run(Compliant, "check", "-");
        Assert.Equal(0, exitCode);
        Assert.Equal("-: measure \"มาตรการ\" (หน่วยงาน): compliant\n", output);
    }

    [Theory]
    [InlineData("compliant.json", 0, "")]
    [InlineData("missing-feedback-channel.json", 1, "GOV001")]
    [InlineData("missing-satisfaction-step.json", 1, "GOV002")]
    public void Samples_GiveTheirDocumentedVerdicts(string sample, int expectedExitCode, string expectedFinding)
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "measures", sample);
        var (exitCode, output, _) = Run(string.Empty, "check", "--json", path);
        Assert.Equal(expectedExitCode, exitCode);
        var findings = JsonDocument.Parse(output).RootElement.GetProperty("documents")[0].GetProperty("findings");
        Assert.Equal(
            expectedFinding.Length == 0 ? [] : [expectedFinding],
            findings.EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }

    private static (int ExitCode, string Out, string Error) Run(string stdin, params string[] args) => CliHarness.Run(stdin, args);

    // Test binaries may be built outside the tree (GOV_ARTIFACTS), so the samples are found from this source file.
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = Path.GetDirectoryName(sourceFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Participation.Governance.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Participation.Governance.sln not found.");
    }

    private string WriteFile(string content)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
