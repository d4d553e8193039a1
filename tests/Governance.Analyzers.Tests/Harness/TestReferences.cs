using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NodaTime;
using Participation.Governance.Measures;

namespace Participation.Governance.Analyzers.Tests.Harness;

/// <summary>
/// What every test compilation references: the .NET reference assemblies of the SDK that runs the tests (its
/// <c>packs/Microsoft.NETCore.App.Ref</c> folder, as a real project build uses), plus Participation.Governance and
/// NodaTime. Nothing is downloaded: the SDK ships the pack.
/// </summary>
/// <remarks>
/// Reference assemblies rather than the test host's implementation assemblies, because that is what a user's build
/// gives the analyzers: types live in System.Runtime there, not System.Private.CoreLib, and a lookup that works on
/// one can miss on the other.
/// </remarks>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Load);

    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    /// <summary>The folder of the reference assemblies of the running runtime's major version.</summary>
    public static string FrameworkFolder
    {
        get
        {
            // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
            var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
            var root = runtime.Parent!.Parent!.Parent!.FullName;
            var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
            var major = Environment.Version.Major;
            var moniker = $"net{major}.0";
            var candidates = Directory.Exists(packs)
                ? Directory.GetDirectories(packs)
                    .Select(version => Path.Combine(version, "ref", moniker))
                    .Where(Directory.Exists)
                    .OrderByDescending(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))!).Split('-')[0], out var v) ? v : new Version())
                    .ToList()
                : [];
            return candidates.Count > 0
                ? candidates[0]
                : throw new InvalidOperationException($"No {moniker} reference assemblies under {packs}: the tests need the .NET SDK's targeting pack (installed with the SDK).");
        }
    }

    private static ImmutableArray<MetadataReference> Load()
    {
        var paths = Directory.GetFiles(FrameworkFolder, "*.dll")
            .Append(typeof(Measure).Assembly.Location)
            .Append(typeof(LocalDate).Assembly.Location);
        return [.. paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
