using NodaTime;

namespace Participation.Governance.Cli.Tests;

public class ProgramTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_ListsTheVerbsAndSucceeds(string option)
    {
        var (exitCode, output, error) = Run(option);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Usage:", output);
        Assert.Contains("calendar", output);
        Assert.Contains("year", output);
    }

    [Theory]
    [InlineData("calendar", "--json")]
    [InlineData("year", "--historical")]
    public void VerbHelp_ListsTheVerbsOptions(string verb, string option)
    {
        var (exitCode, output, error) = Run(verb, "--help");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains($" {verb} ", output);
        Assert.Contains(option, output);
    }

    [Theory]
    [InlineData("no-such-verb")]
    [InlineData("calendar", "--no-such-option")]
    [InlineData("calendar", "2563", "2564")]
    [InlineData("year", "2563", "--from", "be")]
    [InlineData("year", "2563", "--from", "be", "--to", "ce", "--month")]
    public void BadCommandLines_GiveOneLineOnStandardErrorAndExitCodeTwo(params string[] args)
    {
        var (exitCode, output, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("Exception", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void UnknownVerb_IsNamedInTheError()
    {
        var (exitCode, _, error) = Run("no-such-verb", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: unrecognized command or argument 'no-such-verb'", error);
    }

    [Fact]
    public void NoArguments_IsAUsageError()
    {
        var (exitCode, _, error) = Run();

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", error);
    }

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => CliHarness.Run(string.Empty, args);
}
