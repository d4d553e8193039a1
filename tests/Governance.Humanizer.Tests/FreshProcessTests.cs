using Participation.Governance.Package.Tests;

namespace Participation.Governance.Humanizer.Tests;

/// <summary>
/// What needs a Humanizer nobody has used yet, or a process started with other globalization settings: each test
/// runs a <see cref="Program"/> scenario in a child process and reads what it printed.
/// </summary>
public class FreshProcessTests
{
    private const string Invariant = "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT";
    private const string PredefinedCulturesOnly = "DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY";

    [Fact]
    public void RegisteringAgainReplacesTheStyle()
    {
        var lines = Run(Program.RegisterTwice, new() { [Invariant] = "0" });

        Assert.Equal(["registered", "registered", "th: หนึ่งล้านเอ็ด", "th-TH: หนึ่งล้านเอ็ด"], lines);
    }

    [Fact]
    public void UnderInvariantGlobalizationRegisterWorksOnHumanizer3AndSaysWhyNotOnHumanizer2()
    {
        // InvariantGlobalization=true alone: no culture but the invariant one can be created, so there is no Thai to ask
        // Humanizer for, and Humanizer 2 cannot even build its own configuration.
        var lines = Run(Program.Register, new() { [Invariant] = "1", [PredefinedCulturesOnly] = "1" });

#if HUMANIZER3
        Assert.Equal(["registered", "th: no such culture", "th-TH: no such culture"], lines);
#else
        Assert.Equal(2, lines.Count);
        Assert.Equal("refused: System.NotSupportedException", lines[0]);
        Assert.Equal(
            "Humanizer 2.14.1 could not set up its configuration, so there is no registry to put the Thai converter in (and every "
            + "other Humanizer call fails the same way): the application runs with invariant globalization "
            + "(InvariantGlobalization=true or DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1), and Humanizer 2.x builds formatters for "
            + "named cultures such as en-US, which that mode refuses to create. Let the application create cultures by name "
            + "(PredefinedCulturesOnly=false, or DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY=0), which also gives it a th "
            + "culture to ask Humanizer for Thai words with; or turn invariant globalization off; or write Thai words with "
            + "ThaiNumberWords directly.",
            lines[1]);
#endif
    }

    [Fact]
    public void UnderInvariantGlobalizationWithCulturesByNameHumanizerWritesOurWords()
    {
        // PredefinedCulturesOnly=false lets an invariant-globalization application create cultures by name: th, th-TH,
        // and the en-US that Humanizer 2 needs for its own configuration.
        var lines = Run(Program.Register, new() { [Invariant] = "1", [PredefinedCulturesOnly] = "0" });

        Assert.Equal(["registered", "th: ยี่สิบเอ็ด", "th-TH: ยี่สิบเอ็ด"], lines);
    }

    private static List<string> Run(string scenario, Dictionary<string, string?> environment)
    {
        var assembly = typeof(Program).Assembly.Location;
        var (exitCode, output) = DotNet.Run(AppContext.BaseDirectory, environment, "exec", assembly, scenario);
        Assert.True(exitCode == 0, $"The {scenario} scenario exited with {exitCode}:\n{output}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }
}
