namespace Participation.Governance.Cli;

/// <summary>
/// The batch rule every value-taking verb follows: values come from the arguments or, when
/// there are none, one per line from standard input; each gives one output line in the same order; a bad
/// value gives <c>error: message</c> on its line and the run goes on; the exit code is 1 if any failed.
/// Standard input is streamed line by line, so the memory used does not grow with the input.
/// </summary>
internal static class Batch
{
    /// <summary>The outcome of converting one value: its output text or an error message.</summary>
    internal readonly struct Line
    {
        private Line(string text, bool failed)
        {
            Text = text;
            Failed = failed;
        }

        /// <summary>Gets the output, or the error message when <see cref="Failed"/>.</summary>
        public string Text { get; }

        /// <summary>Gets a value indicating whether the value could not be converted.</summary>
        public bool Failed { get; }

        /// <summary>A converted value.</summary>
        public static Line Ok(string text) => new(text, false);

        /// <summary>A value that could not be converted, with what was expected.</summary>
        public static Line Error(string message) => new(message, true);
    }

    /// <summary>Converts each value and writes one line per value. Returns the exit code (0 or 1).</summary>
    public static int Run(CliConsole console, IReadOnlyList<string>? values, Func<string, Line> convert)
    {
        var failed = false;
        if (values is { Count: > 0 })
        {
            foreach (var value in values)
            {
                failed |= WriteOne(console.Out, value, convert);
            }
        }
        else
        {
            while (console.In.ReadLine() is { } line)
            {
                failed |= WriteOne(console.Out, line, convert);
            }
        }

        console.Out.Flush();
        return failed ? 1 : 0;
    }

    private static bool WriteOne(TextWriter output, string value, Func<string, Line> convert)
    {
        var result = convert(value);
        if (result.Failed)
        {
            output.Write("error: ");
            output.WriteLine(CliConsole.OneLine(result.Text));
        }
        else
        {
            output.WriteLine(result.Text);
        }
        return result.Failed;
    }
}
