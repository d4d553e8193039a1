using System.Diagnostics;

namespace Participation.Governance.Surveys.Tests;

/// <summary>A test that needs headless Chromium from the OS packages; skipped, saying so, where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "Chromium is not installed (Debian: apt-get install chromium), so the HTML report is not rendered here; the SVG and HTML checks that need no browser still run.";
        }
    }
}

/// <summary>Runs headless Chromium on a local file with a profile of its own and no network.</summary>
internal static class Chromium
{
    public static string? Path { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator).Select(dir => System.IO.Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>Runs Chromium with the arguments, the page last; returns standard output.</summary>
    public static string Run(string page, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(Path!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars", "--proxy-server=127.0.0.1:9", $"--user-data-dir={profile.FullName}" }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(page).AbsoluteUri);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "Chromium did not finish in two minutes");
            Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {error.Result}");
            return output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
