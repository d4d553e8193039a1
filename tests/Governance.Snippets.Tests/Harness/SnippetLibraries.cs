using System.Collections.Frozen;
using Microsoft.CodeAnalysis;

namespace Participation.Governance.Snippets.Tests.Harness;

/// <summary>One build of this repository's libraries (net8.0 or netstandard2.0) and what an example compiles against with it.</summary>
internal sealed class SnippetLibraries
{
    private static readonly string TestDirectory = AppContext.BaseDirectory;

    private readonly Lazy<IReadOnlyList<MetadataReference>> references;

    private SnippetLibraries(string name, string directory, IEnumerable<string> assemblies)
    {
        Name = name;
        Assemblies = assemblies.ToFrozenDictionary(p => Path.GetFileNameWithoutExtension(p)!, p => p, StringComparer.OrdinalIgnoreCase);
        if (Assemblies.Count == 0)
        {
            throw new InvalidOperationException($"No Participation.Governance assemblies in {directory}: build the test project.");
        }

        references = new Lazy<IReadOnlyList<MetadataReference>>(CreateReferences);
    }

    /// <summary>Gets the net8.0 assets: the libraries as the test project's references copied them.</summary>
    public static SnippetLibraries Net8 { get; } = new(
        "net8.0",
        TestDirectory,
        Directory.EnumerateFiles(TestDirectory, "Participation.Governance*.dll")
            .Where(p => Path.GetFileNameWithoutExtension(p) is var name
                && name != typeof(SnippetLibraries).Assembly.GetName().Name
                && name != "Participation.Governance.Testing"
                && !name.StartsWith("Participation.Governance.Analyzers", StringComparison.Ordinal)));

    /// <summary>Gets the netstandard2.0 assets, copied to netstandard2.0/ beside the tests by the project file.</summary>
    public static SnippetLibraries NetStandard { get; } = new(
        "netstandard2.0",
        Path.Combine(TestDirectory, "netstandard2.0"),
        Directory.EnumerateFiles(Path.Combine(TestDirectory, "netstandard2.0"), "Participation.Governance*.dll"));

    /// <summary>Gets the target framework the assemblies were built for.</summary>
    public string Name { get; }

    /// <summary>Gets the libraries' assemblies by simple name.</summary>
    public FrozenDictionary<string, string> Assemblies { get; }

    /// <summary>Gets the references of an example: the runtime, the libraries' dependencies, and these libraries.</summary>
    public IReadOnlyList<MetadataReference> References => references.Value;

    /// <summary>Gets where a dependency of the libraries (NodaTime, Humanizer, …) is, if it is not part of the runtime.</summary>
    public static string? FindDependency(string simpleName)
    {
        var path = Path.Combine(TestDirectory, simpleName + ".dll");
        return File.Exists(path) ? path : null;
    }

    public override string ToString() => Name;

    private IReadOnlyList<MetadataReference> CreateReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(p => !Path.GetFileName(p).StartsWith("Participation.Governance", StringComparison.OrdinalIgnoreCase))
            .Concat(Assemblies.Values)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
