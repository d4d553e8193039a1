using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Participation.Governance.Cli.Tests.Binary;

/// <summary>
/// The tool as people and scripts run it: <c>dotnet publish</c> of src/Governance.Cli into a temporary folder, once per
/// test run, then the published executable started as a process with real pipes. The test project's own build has already
/// built the tool in the same configuration, so publishing copies that build (<c>--no-build</c>) and takes seconds; only
/// when that build is not there does it build.
/// </summary>
public sealed class PublishedTool : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "governance-published-" + Guid.NewGuid().ToString("N"));

    public PublishedTool()
    {
        var project = Metadata("CliProject");
        string[] publish = ["publish", project, "-c", Metadata("Configuration"), "-o", _folder, "-nologo", "-v:q", "-nodeReuse:false"];
        var (exitCode, log) = Dotnet([.. publish, "--no-build"]);
        if (exitCode != 0)
        {
            (exitCode, log) = Dotnet(publish);
        }

        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed ({exitCode}):\n{log}");
        }

        Executable = Path.Combine(_folder, OperatingSystem.IsWindows() ? "governance.exe" : "governance");
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"dotnet publish wrote no {Executable}:\n{log}");
        }
    }

    /// <summary>Gets the repository's root folder (the test output may be elsewhere, under GOV_ARTIFACTS).</summary>
    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Metadata("CliProject"))!, "..", ".."));

    /// <summary>Gets the published executable.</summary>
    public string Executable { get; }

    /// <summary>Starts the tool with its three streams redirected, in the given UI language (<c>LANG</c>).</summary>
    public Process Start(IEnumerable<string> args, string language = "en_US.UTF-8")
    {
        var start = StartInfo(Executable, args, language);
        return Process.Start(start) ?? throw new InvalidOperationException("The tool did not start.");
    }

    /// <summary>Runs the tool to the end with the given standard input; returns its exit code and both outputs.</summary>
    public (int ExitCode, string Out, string Error) Run(string stdin, params string[] args) => RunIn("en_US.UTF-8", stdin, args);

    /// <summary>Runs the tool to the end under a UI language (<c>LANG</c>, such as th_TH.UTF-8).</summary>
    public (int ExitCode, string Out, string Error) RunIn(string language, string stdin, params string[] args)
        => RunToEnd(StartInfo(Executable, args, language), stdin);

    /// <summary>Runs a program to the end with the given standard input; its exit code and both outputs.</summary>
    internal static (int ExitCode, string Out, string Error) RunToEnd(ProcessStartInfo start, string stdin)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not end.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>How to start a program the way the tool's users start it: UTF-8 pipes, the language chosen, the .NET the tests run on.</summary>
    public static ProcessStartInfo StartInfo(string program, IEnumerable<string> args, string language)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LANG"] = language;
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        if (DotnetRoot() is { } root)
        {
            // The executable finds the runtime the tests run on, wherever the SDK is installed.
            start.Environment["DOTNET_ROOT"] = root;
        }

        return start;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file on Windows: the temporary folder is left for the OS to clean.
        }
    }

    internal static string Metadata(string key)
        => typeof(PublishedTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string? DotnetRoot()
        => DotnetHost() is var host && Path.IsPathRooted(host) ? Path.GetDirectoryName(host) : null;

    internal static (int ExitCode, string Log) Dotnet(string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host may carry the variables of the MSBuild that built it; a build started from here must find its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}

/// <summary>The tests that share one published tool.</summary>
[CollectionDefinition(Name)]
public sealed class PublishedToolCollection : ICollectionFixture<PublishedTool>
{
    public const string Name = "published tool";
}
