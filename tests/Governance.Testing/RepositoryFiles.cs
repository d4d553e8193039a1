using System.Runtime.CompilerServices;

namespace Participation.Governance.Testing;

/// <summary>
/// Finds files of the repository from the tests' source location, since test binaries may be built outside
/// the tree (GOV_ARTIFACTS).
/// </summary>
public static class RepositoryFiles
{
    /// <summary>Gets the repository's root folder (where Participation.Governance.sln is).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the full path of a file of the repository.</summary>
    /// <param name="relativePath">The path from the root, such as samples/measures/compliant.json.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = Path.GetDirectoryName(sourceFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Participation.Governance.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"No Participation.Governance.sln above {sourceFile}.");
    }
}
