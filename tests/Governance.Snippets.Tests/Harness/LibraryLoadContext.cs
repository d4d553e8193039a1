using System.Reflection;
using System.Runtime.Loader;

namespace Participation.Governance.Snippets.Tests.Harness;

/// <summary>
/// Loads one build of the libraries (net8.0 or netstandard2.0) with the dependencies beside the tests; the runtime is
/// shared. Code loaded here sees that build, not the net8.0 one the test assembly itself references.
/// </summary>
internal sealed class LibraryLoadContext(SnippetLibraries libraries, string name, bool isCollectible) : AssemblyLoadContext(name, isCollectible)
{
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var simpleName = assemblyName.Name!;
        return libraries.Assemblies.TryGetValue(simpleName, out var path) || (path = SnippetLibraries.FindDependency(simpleName)) is not null
            ? LoadFromAssemblyPath(path)
            : null;
    }
}
