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
    public void DoubtfulRows_AreOneWarningLineEachWithCountsAndFirstRows_AndExitOne()
    {
        var path = WriteFile("Q1,Q2\n5,4\n6,4\n3,3,3\n4,4\n");

        var (exitCode, output, error) = Run(string.Empty, "survey", path, "--json");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                $"warning: {path}: 1 row has text past column 2, the last the header names (row 4); that text was left out",
                $"warning: {path}: column 1 \"Q1\": 1 answer is not on the 1–5 scale (row 3; e.g. \"6\"); left out",
            ],
            error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("{\"respondents\":4,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NotesThatLeaveNothingOut_ExitZero()
    {
        var path = WriteFile("Timestamp,Q1\n2024/03/05 9:41:12 AM GMT+7,5\n\n2024/03/05 9:42:00 AM GMT+7,4\n");

        var (exitCode, _, error) = Run(string.Empty, "survey", path, "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            [
                $"warning: {path}: questions: columns 2; left out: 1 \"Timestamp\" (timestamp)",
                $"warning: {path}: 1 blank row (row 3); not counted as respondents",
            ],
            error.TrimEnd('\n').Split('\n'));
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
        Assert.EndsWith(": not a survey response file: the file is empty; expected a header row naming the columns, then one row per respondent\n", error, StringComparison.Ordinal);
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
    public void DevZero_EndsWithOneErrorLine()
    {
        // Issue 11: this never ended. Zero bytes are refused as binary from the first bytes read.
        if (!File.Exists("/dev/zero"))
        {
            return; // Windows has no /dev/zero; EndlessText_StopsAtTheByteLimit covers endless input everywhere.
        }

        var (exitCode, output, error) = Run(string.Empty, "survey", "/dev/zero");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: /dev/zero: not a survey response file: not text in UTF-8, UTF-16 and Windows-874 (TIS-620): it holds a zero byte at offset 0, as binary files do\n", error);
    }

    [Fact]
    public void EndlessText_StopsAtTheByteLimit()
    {
        // Short rows of valid text never hit the row bound: the bytes read are bounded while reading.
        var (exitCode, _, error) = CliHarness.Run(new EndlessLines(), ["survey", "-"]);

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: -: cannot read: it is longer than {InputFiles.MaxBytes} bytes, the most that is read\n", error);
    }

    [Fact]
    public void EmptyFileName_IsOneErrorLine()
    {
        var (exitCode, output, error) = Run(string.Empty, "survey", string.Empty);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: '': cannot read: the file name is empty\n", error);
    }

    [Fact]
    public void Windows874OnStandardInput_ReadsThaiQuestionNames()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding(874).GetBytes("ด้านกระบวนการ,ด้านเจ้าหน้าที่\r\n5,4\r\n4,4\r\n");

        var (exitCode, output, error) = CliHarness.Run(bytes, ["survey", "-", "--json"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("ด้านเจ้าหน้าที่", document.RootElement.GetProperty("questions")[1].GetProperty("name").GetString());
    }

    [Fact]
    public void QuestionsByAndReverse_ShapeTheJson()
    {
        var path = WriteFile("ID,เพศ,A,B,C\n1,ชาย,5,1,4\n2,หญิง,4,2,4\n3,ชาย,3,1,5\n");

        var (exitCode, output, error) = Run(string.Empty, "survey", path, "--questions", "3-4", "--by", "เพศ", "--reverse", "B", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(["A", "B"], root.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("name").GetString()));
        Assert.True(root.GetProperty("questions")[1].GetProperty("reversed").GetBoolean());
        Assert.Equal(4.67m, root.GetProperty("questions")[1].GetProperty("mean").GetDecimal());
        Assert.Equal("เพศ", root.GetProperty("breakdown").GetProperty("column").GetString());
        Assert.Equal([2, 1], root.GetProperty("breakdown").GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("respondents").GetInt32()));
    }

    [Theory]
    [InlineData("--questions", "0-3")]
    [InlineData("--by", "2,3")]
    public void BadColumnNames_AreUsageErrors(string option, string value)
    {
        var (exitCode, output, error) = Run(string.Empty, "survey", WriteFile("Q1,Q2\n5,4\n"), option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: {option} {value}: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnTheFileDoesNotHave_IsExitTwoNamingTheColumns()
    {
        var path = WriteFile("Q1,Q2\n5,4\n");
        var (exitCode, _, error) = Run(string.Empty, "survey", path, "--by", "เพศ");

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: {path}: not a survey response file: the breakdown column: no column's header is or contains \"เพศ\"; the columns are 1 \"Q1\", 2 \"Q2\"\n", error);
    }

    [Fact]
    public void FormatCsvAndHtml_WriteTheReport()
    {
        var path = WriteFile("Q1,Q2\n5,4\n4,4\n");

        var csv = Run(string.Empty, "survey", path, "--format", "csv");
        var html = Run(string.Empty, "survey", path, "--format", "html");

        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("\uFEFFgroup,question,n,mean,sd,", csv.Out, StringComparison.Ordinal);
        Assert.Contains(",Q1,2,4.50,0.71,", csv.Out, StringComparison.Ordinal);
        Assert.Equal(0, html.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", html.Out, StringComparison.Ordinal);
        Assert.Contains("<svg", html.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MicrosoftFormsWorkbookSample_Summarizes()
    {
        var sample = Path.Combine(RepositoryRoot(), "samples", "surveys", "microsoft-forms.xlsx");
        var (exitCode, output, error) = Run(string.Empty, "survey", sample, "--json", "--sheet", "1");

        Assert.Equal(0, exitCode);
        Assert.Equal($"warning: {sample}: questions: columns 6–8; left out: 1 \"ID\" (identity), 2 \"Start time\" (timestamp), 3 \"Completion time\" (timestamp), 4 \"Email\" (e-mail), 5 \"Name\" (identity)\n", error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(6, document.RootElement.GetProperty("respondents").GetInt32());
    }

    [Fact]
    public void WorkbookOnStandardInput_IsRead()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "samples", "surveys", "microsoft-forms.xlsx"));
        var (exitCode, output, _) = CliHarness.Run(bytes, ["survey", "-", "--json"]);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("{\"respondents\":6,", output, StringComparison.Ordinal);
    }

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

    /// <summary>Standard input that never ends: a header of ten questions, then rows of ten answers, for ever.</summary>
    private sealed class EndlessLines : Stream
    {
        private static readonly byte[] Header = System.Text.Encoding.ASCII.GetBytes("Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10\n");
        private static readonly byte[] Row = System.Text.Encoding.ASCII.GetBytes("5,4,5,3,5,4,4,5,5,4\n");
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++, _position++)
            {
                buffer[offset + i] = _position < Header.Length ? Header[_position] : Row[(_position - Header.Length) % Row.Length];
            }

            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
