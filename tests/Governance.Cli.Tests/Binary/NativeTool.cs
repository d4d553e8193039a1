using System.Runtime.InteropServices;

namespace Participation.Governance.Cli.Tests.Binary;

/// <summary>
/// The tool built ahead of time, as <c>scripts/publish-native.sh</c> builds it (<c>dotnet publish -r RID
/// -p:NativeTool=true</c>), once per test run, into a build tree of its own (<c>GOV_ARTIFACTS</c>), so that it cannot meet
/// the builds and packs other tests run at the same time. The same publish leaves the tool's .NET build beside it, which
/// the tests start with <c>dotnet</c> to compare: the native tool must be the same tool, only faster to start.
/// </summary>
public sealed class NativeTool : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "governance-native-" + Guid.NewGuid().ToString("N"));

    public NativeTool()
    {
        if (Toolchain.Missing is not null)
        {
            return;
        }

        var output = Path.Combine(_folder, "publish");
        var (exitCode, log) = PublishedTool.Dotnet(
        [
            "publish", PublishedTool.Metadata("CliProject"), "-c", "Release", "-r", Toolchain.RuntimeIdentifier, "-p:NativeTool=true",
            $"-p:GOV_ARTIFACTS={Path.Combine(_folder, "artifacts")}", "-o", output, "-nologo", "-v:q", "-nodeReuse:false",
        ]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish -p:NativeTool=true failed ({exitCode}):\n{log}");
        }

        if (log.Contains("warning IL", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the native build warned about trimming or AOT:\n{log}");
        }

        Executable = Path.Combine(output, OperatingSystem.IsWindows() ? "governance.exe" : "governance");
        DotnetBuild = Directory.EnumerateFiles(Path.Combine(_folder, "artifacts", "bin"), "governance.dll", SearchOption.AllDirectories).Single();
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"dotnet publish wrote no {Executable}:\n{log}");
        }
    }

    /// <summary>Gets the native executable.</summary>
    public string Executable { get; } = string.Empty;

    /// <summary>Gets the tool's .NET build (<c>governance.dll</c>) from the same publish.</summary>
    public string DotnetBuild { get; } = string.Empty;

    /// <summary>Runs the native executable to the end; its exit code and both outputs.</summary>
    public (int ExitCode, string Out, string Error) RunNative(string stdin, params string[] args) => Run(Executable, args, stdin);

    /// <summary>Runs the .NET build of the same tool with <c>dotnet</c>; its exit code and both outputs.</summary>
    public (int ExitCode, string Out, string Error) RunDotnet(string stdin, params string[] args) => Run("dotnet", [DotnetBuild, .. args], stdin);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A process still holding a file on Windows: the temporary folder is left for the OS to clean.
        }
    }

    private static (int ExitCode, string Out, string Error) Run(string program, string[] args, string stdin)
        => PublishedTool.RunToEnd(PublishedTool.StartInfo(program, args, "en_US.UTF-8"), stdin);

    /// <summary>What Native AOT needs here: a runtime identifier it compiles for and, on Linux, a C toolchain to link with.</summary>
    internal static class Toolchain
    {
        public static string RuntimeIdentifier { get; } = (OperatingSystem.IsMacOS() ? "osx-" : "linux-") + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

        /// <summary>Gets why the native tool cannot be built on this machine, or null when it can.</summary>
        public static string? Missing { get; } = Why();

        private static string? Why()
        {
            if (OperatingSystem.IsWindows())
            {
                return "the native tool is built on Windows with the Visual Studio C++ tools, which these tests do not look for; they run on Linux";
            }

            if (RuntimeInformation.OSArchitecture is not (Architecture.X64 or Architecture.Arm64))
            {
                return $"Native AOT does not compile for {RuntimeInformation.OSArchitecture}";
            }

            var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
            var linker = OperatingSystem.IsMacOS() ? ["clang"] : new[] { "clang", "gcc" };
            return linker.Any(name => path.Any(dir => File.Exists(Path.Combine(dir, name))))
                ? null
                : "Native AOT links with clang or gcc, and neither is installed (Debian: apt-get install clang zlib1g-dev)";
        }
    }
}

/// <summary>A test of the native tool; skipped, saying why, where Native AOT cannot build it.</summary>
public sealed class NativeToolFactAttribute : FactAttribute
{
    public NativeToolFactAttribute()
    {
        if (NativeTool.Toolchain.Missing is { } why)
        {
            Skip = why + ", so the native tool is not built here.";
        }
    }
}

/// <summary>A theory over the native tool; skipped, saying why, where Native AOT cannot build it.</summary>
public sealed class NativeToolTheoryAttribute : TheoryAttribute
{
    public NativeToolTheoryAttribute()
    {
        if (NativeTool.Toolchain.Missing is { } why)
        {
            Skip = why + ", so the native tool is not built here.";
        }
    }
}

/// <summary>The tests that share one native build.</summary>
[CollectionDefinition(Name)]
public sealed class NativeToolCollection : ICollectionFixture<NativeTool>
{
    public const string Name = "native tool";
}
