using System.IO.Compression;
using System.Reflection;

namespace Participation.Governance.Package.Tests;

/// <summary>
/// Packs Participation.Governance once (a unique version, into a temporary folder) and builds a small consumer
/// against it, restoring from that folder and the machine's feed with a private global-packages folder, so no
/// cached copy of an earlier package can be used.
/// </summary>
public sealed class PackageConsumptionTests : IClassFixture<PackageConsumptionTests.PackedPackage>
{
    private readonly PackedPackage package;

    public PackageConsumptionTests(PackedPackage package) => this.package = package;

    [Fact]
    public void The_package_holds_the_libraries_and_the_analyzers_and_nothing_else_under_lib_and_analyzers()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var shipped = archive.Entries
            .Select(e => e.FullName)
            .Where(name => name.StartsWith("lib/", StringComparison.Ordinal) || name.StartsWith("analyzers/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "analyzers/dotnet/roslyn4.8/cs/Participation.Governance.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/roslyn4.8/cs/Participation.Governance.Analyzers.dll",
                "lib/net8.0/Participation.Governance.dll",
                "lib/net8.0/Participation.Governance.xml",
                "lib/netstandard2.0/Participation.Governance.dll",
                "lib/netstandard2.0/Participation.Governance.xml",
            ],
            shipped);

        // The analyzer projects are built with the library, not dependencies of the package.
        using var nuspec = new StreamReader(archive.GetEntry("Participation.Governance.nuspec")!.Open());
        var manifest = nuspec.ReadToEnd();
        Assert.DoesNotContain("id=\"Participation.Governance.Analyzers", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_gets_the_rules_as_warnings_and_can_make_one_an_error()
    {
        var consumer = package.CreateConsumer(
            """
            using System;
            using Participation.Governance.Measures;

            namespace Consumer;

            public static class Measures
            {
                public static Measure Incomplete() => Measure.CreateBuilder("agency", "title").Build();

                public static DateTime Issued() => new DateTime(2563, 10, 1);
            }
            """);

        var (exitCode, output) = package.Build(consumer, restore: true);
        Assert.True(exitCode == 0, "The consumer should build with warnings only:\n" + output);
        package.AssertRestoredTheTestedPackage(consumer);
        Assert.Contains("warning GOV001", output, StringComparison.Ordinal);
        Assert.Contains("warning GOV002", output, StringComparison.Ordinal);
        Assert.Contains("warning GOV003", output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.GOV001.severity = error\n");
        (exitCode, output) = package.Build(consumer, restore: false);
        Assert.True(exitCode != 0, "GOV001 as an error should fail the build:\n" + output);
        Assert.Contains("error GOV001", output, StringComparison.Ordinal);
        Assert.Contains("warning GOV002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_of_the_Announcements_package_reads_an_announcement_and_gets_its_compliance_report()
    {
        var consumer = package.CreateConsumer(
            """
            using Participation.Governance.Announcements.Compliance;

            var text = "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑. รับฟังความคิดเห็นทางเว็บไซต์\n";
            var report = ComplianceChecker.Check("ประกาศ.txt", text).Value;
            Console.WriteLine(report.Documents[0].Verdict);
            Console.WriteLine(string.Join(",", report.Documents[0].Findings.Select(f => f.Id + "@" + f.Line)));
            """,
            package: "Participation.Governance.Announcements",
            outputType: "Exe");

        var (exitCode, output) = package.Run(consumer);

        Assert.True(exitCode == 0, "The consumer should build and run:\n" + output);
        Assert.Contains("NotCompliant\nGOV002@2\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>The package, packed once for the class, and the temporary folders around it.</summary>
    public sealed class PackedPackage : IDisposable
    {
        private readonly string root = Path.Combine(Path.GetTempPath(), "gov-package-test-" + Guid.NewGuid().ToString("N"));
        private readonly Dictionary<string, string?> environment;

        public PackedPackage()
        {
            Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
            var packages = Path.Combine(root, "packages");
            Directory.CreateDirectory(packages);
            environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(root, "global-packages") };

            var repository = Metadata("RepositoryRoot");
            foreach (var name in (string[])["Governance", "Governance.ThaiFormatting", "Governance.Announcements"])
            {
                var project = Path.Combine(repository, "src", name, name + ".csproj");
                // MinVer sets Version from git after the command line is read, so a plain -p:Version is ignored.
                string[] pack = ["pack", project, "-c", Metadata("Configuration"), "-o", packages, "-p:MinVerVersionOverride=" + Version, "--disable-build-servers"];

                // GOV_ARTIFACTS (if set) is inherited, so the pack finds the outputs the test run's build made.
                var (exitCode, output) = DotNet.Run(repository, new Dictionary<string, string?>(), [.. pack, "--no-build"]);
                if (exitCode != 0)
                {
                    (exitCode, output) = DotNet.Run(repository, new Dictionary<string, string?>(), pack);
                }

                Assert.True(exitCode == 0, $"dotnet pack {name} failed:\n" + output);
            }

            PackagePath = Path.Combine(packages, $"Participation.Governance.{Version}.nupkg");
            Assert.True(File.Exists(PackagePath), PackagePath + " was not created");
            Assert.True(File.Exists(Path.Combine(packages, $"Participation.Governance.Announcements.{Version}.nupkg")), "the Announcements package was not created");
        }

        public string Version { get; }

        public string PackagePath { get; }

        /// <summary>A consumer project folder with the given code, referencing the packed package.</summary>
        public string CreateConsumer(string code, string package = "Participation.Governance", string outputType = "Library")
        {
            var folder = Path.Combine(root, "consumer-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);

            // Empty build files stop MSBuild from picking up any Directory.*.props above the temporary folder.
            File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n");

            // The local folder plus whatever feed the machine's own NuGet configuration names (no <clear />); the
            // machine's global packages folder as a fallback so packages already there are not downloaded again.
            var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="governance-under-test" value="{Path.GetDirectoryName(PackagePath)}" />
                  </packageSources>
                  <fallbackPackageFolders>
                    <add key="machine" value="{machinePackages}" />
                  </fallbackPackageFolders>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>{outputType}</OutputType>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="{package}" Version="{Version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Measures.cs"), code);
            return folder;
        }

        /// <summary>
        /// The consumer resolved the package this run packed, from this run's private global-packages folder: not a
        /// same-named package (such as an earlier 1.0.0) from the machine's cache.
        /// </summary>
        public void AssertRestoredTheTestedPackage(string consumer)
        {
            var assets = File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json"));
            Assert.Contains($"\"Participation.Governance/{Version}\"", assets, StringComparison.Ordinal);
            Assert.True(
                Directory.Exists(Path.Combine(environment["NUGET_PACKAGES"]!, "participation.governance", Version.ToLowerInvariant())),
                "the package should have been extracted into the run's own global-packages folder");
        }

        /// <summary>Builds and runs a consumer that is a program; returns its exit code and what it printed.</summary>
        public (int ExitCode, string Output) Run(string consumer)
            => DotNet.Run(consumer, environment, ["run", "--project", consumer, "-c", "Debug", "--disable-build-servers", "-tl:off", "-p:GOV_ARTIFACTS="]);

        public (int ExitCode, string Output) Build(string consumer, bool restore)
        {
            string[] arguments = ["build", consumer, "-c", "Debug", "--disable-build-servers", "-tl:off", "-p:GOV_ARTIFACTS="];
            return DotNet.Run(consumer, environment, restore ? arguments : [.. arguments, "--no-restore"]);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a finishing build; the folder is under the temporary directory anyway.
            }
        }

        private static string Metadata(string key) => typeof(PackageConsumptionTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value!;
    }
}
