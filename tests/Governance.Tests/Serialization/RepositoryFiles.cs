using System.Runtime.CompilerServices;

namespace Participation.Governance.Tests.Serialization;

/// <summary>
/// Finds files of the repository from the tests' source location, since test binaries may be built outside
/// the tree (GOV_ARTIFACTS).
/// </summary>
internal static class RepositoryFiles
{
    internal static string Root { get; } = FindRoot();

    internal static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

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
