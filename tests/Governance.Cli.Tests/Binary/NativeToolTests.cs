namespace Participation.Governance.Cli.Tests.Binary;

/// <summary>
/// The native tool (scripts/publish-native.sh) is the same tool as the .NET one: for announcements in every format, scans,
/// measures, survey exports, the Word writer and the text verbs, it prints the same bytes, writes the same errors and
/// exits with the same code. Trimming and Native AOT drop what they cannot see used; these are the paths where reflection
/// or a library's hidden use of it would show (PDF, Word, spreadsheets, JSON, encodings, resources).
/// </summary>
[Collection(NativeToolCollection.Name)]
public sealed class NativeToolTests(NativeTool tool)
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string[]> CommandLines => new()
    {
        { ["check", "--json", "--explain", Fixture("A-compliant.pdf")] },
        { ["check", "--json", "--explain", Fixture("A-compliant.pua.pdf")] },
        { ["check", "--json", "--explain", Fixture("B-no-satisfaction.docx")] },
        { ["check", "--json", Fixture("B-no-satisfaction.windows-874.txt"), Fixture("C-no-feedback-channel.utf-16.txt")] },
        { ["check", "--lang", "th", "--explain", Fixture("D-memo-then-announcement.pdf")] },
        { ["check", Fixture("A-compliant.scanned.pdf"), Fixture("C-no-feedback-channel.encrypted.pdf")] },
        { ["check", "--format", "sarif", Fixture("measure-missing-feedback-channel.docx"), Sample("measures", "missing-satisfaction-step.json")] },
        { ["render", Sample("measures", "compliant.json"), "--format", "markdown"] },
        { ["survey", Sample("surveys", "microsoft-forms.xlsx"), "--format", "json"] },
        { ["survey", Sample("surveys", "thai-excel-windows-874.csv"), "--lang", "th"] },
        { ["calendar", "2568", "--lang", "th", "--digits", "thai", "--schedule", "quarterly"] },
        { ["date", "parse", "--json", "๑๕ ต.ค. ๒๕๖๖", "วันที่ 31 ก.พ. 2567"] },
        { ["baht", "121.50", "1000000.01", "12,5o"] },
        { ["words", "--style", "royal", "101", "1000001"] },
        { ["year", "2483", "--from", "be", "--to", "ce", "--month", "2", "--historical"] },
        { ["calendar", "--schedule", "weekly"] },
    };

    [NativeToolTheory]
    [MemberData(nameof(CommandLines))]
    public void The_native_tool_answers_as_the_dotnet_tool_does(string[] args)
    {
        var native = tool.RunNative(string.Empty, args);
        var dotnet = tool.RunDotnet(string.Empty, args);

        Assert.True(native.Out.Length + native.Error.Length > 0, "the native tool printed nothing");
        Assert.Equal(dotnet.Out, native.Out);
        Assert.Equal(dotnet.Error, native.Error);
        Assert.Equal(dotnet.ExitCode, native.ExitCode);
    }

    [NativeToolFact]
    public void The_native_tool_reads_values_from_standard_input_as_the_dotnet_tool_does()
    {
        const string Lines = "121\n๑๒๑.๕๐\nx\n";

        var native = tool.RunNative(Lines, "baht", "--json");

        Assert.Equal(3, native.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(tool.RunDotnet(Lines, "baht", "--json"), native);
    }

    [NativeToolFact]
    public void A_word_announcement_written_by_the_native_tool_is_read_as_the_dotnet_tools_is()
    {
        var folder = Directory.CreateTempSubdirectory("governance-native-docx-");
        try
        {
            var fromNative = Path.Combine(folder.FullName, "native.docx");
            var fromDotnet = Path.Combine(folder.FullName, "dotnet.docx");
            Assert.Equal(0, tool.RunNative(string.Empty, "render", Sample("measures", "compliant.json"), "--format", "docx", "-o", fromNative).ExitCode);
            Assert.Equal(0, tool.RunDotnet(string.Empty, "render", Sample("measures", "compliant.json"), "--format", "docx", "-o", fromDotnet).ExitCode);

            var native = tool.RunNative(string.Empty, "check", "--json", "--explain", fromNative);
            var dotnet = tool.RunDotnet(string.Empty, "check", "--json", "--explain", fromDotnet);

            Assert.Equal(0, native.ExitCode);
            Assert.Equal(dotnet.Out.Replace(fromDotnet.Replace("\\", "\\\\", StringComparison.Ordinal), "FILE", StringComparison.Ordinal), native.Out.Replace(fromNative.Replace("\\", "\\\\", StringComparison.Ordinal), "FILE", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [NativeToolFact]
    public void A_folder_of_every_fixture_is_checked_in_the_same_order_with_the_same_summary()
    {
        var native = tool.RunNative(string.Empty, "check", Fixtures, "--jobs", "2");
        var dotnet = tool.RunDotnet(string.Empty, "check", Fixtures, "--jobs", "2");

        Assert.Contains("files: ", native.Out, StringComparison.Ordinal);
        Assert.Equal(dotnet, native);
    }

    private static string Fixture(string name) => Path.Combine(Fixtures, name);

    private static string Sample(string kind, string name) => Path.Combine(PublishedTool.RepositoryRoot, "samples", kind, name);
}
