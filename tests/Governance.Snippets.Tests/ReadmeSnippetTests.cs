using System.Reflection;
using System.Runtime.Versioning;
using Participation.Governance.Snippets.Tests.Harness;

[assembly: CollectionBehavior(DisableTestParallelization = true)] // examples redirect Console and the working directory

namespace Participation.Governance.Snippets.Tests;

/// <summary>
/// Every C# example of README.md and of each package's README compiles as written, holds the values its comments state,
/// and does so on the net8.0 and the netstandard2.0 builds of the libraries alike.
/// </summary>
public sealed class ReadmeSnippetTests
{
    private static readonly string RepositoryRoot = ReadmeSnippetTestsRoot.Path;

    private static readonly Lazy<IReadOnlyList<MarkdownSnippet>> AllSnippets = new(() =>
        [.. MarkdownFiles().SelectMany(file => MarkdownSnippets.Read(file, File.ReadAllText(Path.Combine(RepositoryRoot, file))))]);

    public static TheoryData<string, int> Snippets
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var snippet in AllSnippets.Value)
            {
                data.Add(snippet.File, snippet.Index);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_example_compiles_as_written_and_holds_what_its_comments_say_on_the_net8_build(string file, int index)
        => AssertRight(Run(file, index, SnippetLibraries.Net8, runAnalyzers: true));

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_example_holds_the_same_on_the_netstandard2_0_build(string file, int index)
    {
        var result = Run(file, index, SnippetLibraries.NetStandard, runAnalyzers: false);
        AssertRight(result);
        Assert.All(result.LoadedLibraries, path => Assert.Equal(Path.Combine(AppContext.BaseDirectory, "netstandard2.0"), Path.GetDirectoryName(path)));
    }

    [Fact]
    public void The_netstandard2_0_assets_are_the_netstandard2_0_builds_of_every_library()
    {
        Assert.Equal(
            ["Participation.Governance", "Participation.Governance.Announcements", "Participation.Governance.Humanizer", "Participation.Governance.Humanizer.Humanizer2",
             "Participation.Governance.Humanizer.Humanizer3", "Participation.Governance.Surveys", "Participation.Governance.ThaiFormatting"],
            SnippetLibraries.NetStandard.Assemblies.Keys.Order(StringComparer.Ordinal));
        var context = new System.Runtime.Loader.AssemblyLoadContext("inspect", isCollectible: true);
        try
        {
            foreach (var path in SnippetLibraries.NetStandard.Assemblies.Values)
            {
                var target = context.LoadFromAssemblyPath(path).GetCustomAttributesData()
                    .Single(a => a.AttributeType.FullName == typeof(TargetFrameworkAttribute).FullName);
                Assert.Equal(".NETStandard,Version=v2.0", target.ConstructorArguments[0].Value);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Every_package_README_has_an_example_that_runs_and_checks_a_value()
    {
        foreach (var project in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(project);
            if (!text.Contains("<IsPackable>true</IsPackable>", StringComparison.Ordinal) || text.Contains("<PackAsTool>true</PackAsTool>", StringComparison.Ordinal))
            {
                continue;
            }

            var readme = Path.GetRelativePath(RepositoryRoot, Path.Combine(Path.GetDirectoryName(project)!, "README.md")).Replace('\\', '/');
            var first = AllSnippets.Value.FirstOrDefault(s => s.File == readme);
            Assert.True(first is not null, $"{readme} has no C# example");
            var result = Run(first.File, first.Index, SnippetLibraries.Net8, runAnalyzers: false);
            Assert.True(result.Ran && result.Checked > 0, $"{first} should run and check at least one commented value");
        }
    }

    private static SnippetResult Run(string file, int index, SnippetLibraries libraries, bool runAnalyzers)
    {
        var snippets = AllSnippets.Value.Where(s => s.File == file).ToList();
        return SnippetProgram.Run(MarkdownSnippets.Chain(snippets, snippets[index - 1]), libraries, RepositoryRoot, runAnalyzers);
    }

    private static void AssertRight(SnippetResult result)
        => Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems) + (result.Output.Length > 0 ? "\nIt printed:\n" + result.Output : ""));

    private static IEnumerable<string> MarkdownFiles()
    {
        yield return "README.md";
        foreach (var readme in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "README.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!readme.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !readme.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                yield return Path.GetRelativePath(RepositoryRoot, readme).Replace('\\', '/');
            }
        }
    }
}

/// <summary>The repository the tests were built from.</summary>
internal static class ReadmeSnippetTestsRoot
{
    public static string Path { get; } = typeof(ReadmeSnippetTestsRoot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}
