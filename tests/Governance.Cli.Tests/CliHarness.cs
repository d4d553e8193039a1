using NodaTime;

namespace Participation.Governance.Cli.Tests;

/// <summary>Runs the tool in-process against in-memory streams, as every command test does.</summary>
internal static class CliHarness
{
    /// <summary>The "today" the tests run on, so that defaults such as the current fiscal year are fixed.</summary>
    public static readonly LocalDate Today = new(2026, 11, 22);

    /// <summary>Runs a command line with the given standard input; returns the exit code and both outputs.</summary>
    public static (int ExitCode, string Out, string Error) Run(string stdin, string[] args, LocalDate? today = null)
        => Run(new System.Text.UTF8Encoding(false).GetBytes(stdin), args, today);

    /// <summary>Runs a command line with the given bytes on standard input; returns the exit code and both outputs.</summary>
    public static (int ExitCode, string Out, string Error) Run(byte[] stdin, string[] args, LocalDate? today = null)
    {
        using var input = new MemoryStream(stdin);
        return Run(input, args, today);
    }

    /// <summary>Runs a command line with the given stream (which may never end) on standard input; returns the exit code and both outputs.</summary>
    public static (int ExitCode, string Out, string Error) Run(Stream stdin, string[] args, LocalDate? today = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var date = today ?? Today;
        var exitCode = Program.Run(args, new CliConsole(stdin, output, error, () => date));
        return (exitCode, output.ToString(), error.ToString());
    }
}
