using System.Diagnostics;
using System.Globalization;
using System.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Runs one of the OS programs OCR needs (tesseract, pdftoppm) as a child process: each argument handed over as it is,
/// never through a shell; a time limit after which the program is killed; its exit code and the end of its standard
/// error turned into a message a person can act on.
/// </summary>
internal static class ToolProcess
{
    /// <summary>How much of a failing program's standard error a message quotes: its last lines, where tools say why.</summary>
    private const int QuotedErrorLength = 400;

    /// <summary>Runs a program to its end; its standard output on success (exit code 0), else why not.</summary>
    /// <param name="name">The program's name for messages, e.g. "tesseract".</param>
    /// <param name="executable">The program's full path.</param>
    /// <param name="arguments">The arguments, each passed as one argument whatever it holds.</param>
    /// <param name="timeout">How long the program may run before it is killed.</param>
    /// <param name="environment">Variables to set for the program, or null.</param>
    /// <param name="cancellationToken">Kills the program when cancelled.</param>
    public static ParseOutcome<string> Run(string name, string executable, IReadOnlyList<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
#if NET8_0_OR_GREATER
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
#else
        start.Arguments = JoinArguments(arguments);
#endif
        if (environment is not null)
        {
            foreach (var variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return Fail($"{name} could not be started ({executable}): {e.Message}");
        }

        // Both pipes are drained while the program runs: a program blocked on a full pipe would never exit.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        bool exited;
        using (cancellationToken.Register(() => Kill(process)))
        {
            exited = process.WaitForExit(ToMilliseconds(timeout));
        }

        if (!exited)
        {
            Kill(process);
        }

        process.WaitForExit();
        var errorText = Wait(error);
        var outputText = Wait(output);
        if (cancellationToken.IsCancellationRequested)
        {
            return Fail($"{name} was stopped: the work was cancelled");
        }

        if (!exited)
        {
            return Fail($"{name} did not finish within {timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} seconds and was stopped");
        }

        return process.ExitCode == 0
            ? ParseOutcome<string>.ForValue(outputText)
            : Fail($"{name} failed (exit code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}){Quote(errorText)}");
    }

    /// <summary>
    /// Joins arguments into one command line that the C runtime's rules (which .NET applies on every OS) split back into
    /// exactly those arguments: an argument with a space, a tab or a quote, or an empty one, is quoted; a quote inside is
    /// escaped, and so are the backslashes before a quote or before the closing quote.
    /// </summary>
    internal static string JoinArguments(IEnumerable<string> arguments)
    {
        var line = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (line.Length > 0)
            {
                line.Append(' ');
            }

            if (argument.Length > 0 && argument.IndexOfAny([' ', '\t', '\n', '\v', '"']) < 0)
            {
                line.Append(argument);
                continue;
            }

            line.Append('"');
            var backslashes = 0;
            foreach (var c in argument)
            {
                if (c == '\\')
                {
                    backslashes++;
                    continue;
                }

                // Backslashes are literal unless a quote follows them; then each is doubled and the quote escaped.
                line.Append('\\', c == '"' ? (2 * backslashes) + 1 : backslashes);
                backslashes = 0;
                line.Append(c);
            }

            line.Append('\\', 2 * backslashes).Append('"');
        }

        return line.ToString();
    }

    private static ParseOutcome<string> Fail(string message) => ParseOutcome<string>.ForFailure(message, -1);

    /// <summary>": " and the last lines of standard error, on one line; nothing when it was empty.</summary>
    private static string Quote(string error)
    {
        var text = string.Join(" ", error.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).Where(l => l.Length > 0));
        if (text.Length == 0)
        {
            return string.Empty;
        }

        return ": " + (text.Length <= QuotedErrorLength ? text : "…" + text.Substring(text.Length - QuotedErrorLength));
    }

    private static int ToMilliseconds(TimeSpan timeout) => (int)Math.Min(int.MaxValue, Math.Max(0, timeout.TotalMilliseconds));

    private static string Wait(Task<string> read)
    {
        try
        {
            return read.GetAwaiter().GetResult();
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
#if NET8_0_OR_GREATER
            process.Kill(entireProcessTree: true);
#else
            process.Kill();
#endif
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // It had already exited.
        }
    }
}
