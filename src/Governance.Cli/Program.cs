using System.CommandLine;
using System.Text;
using NodaTime;
using Participation.Governance.Cli.Text;

namespace Participation.Governance.Cli;

/// <summary>The entry point of the <c>governance</c> tool.</summary>
public static class Program
{
    private static readonly DateTimeZone Bangkok = DateTimeZoneProviders.Tzdb["Asia/Bangkok"];

    /// <summary>Runs the tool against the real console.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 on success, 1 when some input failed or a check found problems, 2 on bad arguments or unreadable input.</returns>
    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var input = Console.OpenStandardInput();
        using var outputBytes = Console.OpenStandardOutput();
        using var output = new StreamWriter(outputBytes, utf8, bufferSize: 1 << 16, leaveOpen: true) { AutoFlush = false, NewLine = "\n" };
        using var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
        var console = new CliConsole(input, output, error, () => SystemClock.Instance.GetCurrentInstant().InZone(Bangkok).Date, errorIsTerminal: !Console.IsErrorRedirected, outputBytes, outputIsTerminal: !Console.IsOutputRedirected);
        var exitCode = Run(args, console);
        output.Flush();
        return exitCode;
    }

    /// <summary>Parses and runs a command line against the given console.</summary>
    internal static int Run(string[] args, CliConsole console)
    {
        var root = BuildRootCommand(console);

        // No response files: an argument starting with @ is a value like any other. System.CommandLine would read it as
        // a file of more arguments, with no size limit (@/dev/zero never ends) and an exception for a name it cannot open.
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        console.Language = LanguageOption.Of(parseResult);
        if (parseResult.Errors.Count > 0)
        {
            console.ReportError(UsageErrors.Describe(parseResult, console.Language));
            return 2;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            console.ReportError(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            console.ReportError(e.Message);
            return 2;
        }
    }

    /// <summary>Builds the command tree. Each verb lives in its own file under Commands/.</summary>
    internal static RootCommand BuildRootCommand(CliConsole console)
    {
        var root = new RootCommand("Thai government calendar, Thai text and participation-measure checks for agency applications.");
        root.Options.Add(LanguageOption.Create());
        // Verbs: one line each, in the order `governance --help` lists them.
        root.Subcommands.Add(Commands.CalendarCommand.Create(console));
        root.Subcommands.Add(Commands.YearCommand.Create(console));
        root.Subcommands.Add(Commands.WordsCommand.Create(console));
        root.Subcommands.Add(Commands.NumberCommand.Create(console));
        root.Subcommands.Add(Commands.BahtCommand.Create(console));
        root.Subcommands.Add(Commands.DigitsCommand.Create(console));
        root.Subcommands.Add(Commands.DateCommand.Create(console));
        root.Subcommands.Add(Commands.SurveyCommand.Create(console));
        root.Subcommands.Add(Commands.RenderCommand.Create(console));
        root.Subcommands.Add(Commands.CheckCommand.Create(console));
        return root;
    }
}
