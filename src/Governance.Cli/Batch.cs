namespace Participation.Governance.Cli;

/// <summary>
/// The batch rule every value-taking verb follows: values come from the arguments or, when there are none, one per line
/// from standard input; each gives one output line in the same order, written as soon as it is ready; a bad value gives
/// <c>error: message</c> on its line (and, with <c>--errors-to-stderr</c>, the same line on standard error) and the run
/// goes on; the exit code is 1 if any failed. With <c>--json</c> each output line is a JSON object instead.
/// Standard input is streamed line by line, so the memory used does not grow with the input, and each answer is out
/// before the next line is waited for (<see cref="CliConsole.In"/>).
/// </summary>
internal static class Batch
{
    /// <summary>The outcome of converting one value: its output text (and number, when it is one) or an error message.</summary>
    internal readonly struct Line
    {
        private Line(string text, long? number, bool failed)
        {
            Text = text;
            Number = number;
            Failed = failed;
        }

        /// <summary>Gets the output, or the error message when <see cref="Failed"/>.</summary>
        public string Text { get; }

        /// <summary>Gets the output as a number, for JSON, when it is one (its <see cref="Text"/> may be in Thai digits).</summary>
        public long? Number { get; }

        /// <summary>Gets a value indicating whether the value could not be converted.</summary>
        public bool Failed { get; }

        /// <summary>A converted value.</summary>
        public static Line Ok(string text) => new(text, null, false);

        /// <summary>A value converted to a number, written as <paramref name="text"/>.</summary>
        public static Line Ok(long number, string text) => new(text, number, false);

        /// <summary>A value that could not be converted, with what was expected.</summary>
        public static Line Error(string message) => new(message, null, true);
    }

    /// <summary>Converts each value and writes one line per value. Returns the exit code (0 or 1).</summary>
    public static int Run(CliConsole console, CommonSettings settings, IReadOnlyList<string>? values, Func<string, Line> convert)
    {
        var writer = new LineWriter(console, settings);
        var failed = false;
        if (values is { Count: > 0 })
        {
            foreach (var value in values)
            {
                failed |= writer.Write(value, convert(value));
            }
        }
        else
        {
            while (console.In.ReadLine() is { } line)
            {
                failed |= writer.Write(line, convert(line));
            }
        }

        console.Out.Flush();
        return failed ? 1 : 0;
    }

    /// <summary>Writes results as text or JSON lines, and failures to standard error too when asked.</summary>
    private sealed class LineWriter(CliConsole console, CommonSettings settings)
    {
        private readonly CliJson? _json = settings.Json ? new CliJson() : null;

        /// <summary>Writes one result; returns whether it failed.</summary>
        public bool Write(string input, Line result)
        {
            var output = console.Out;
            string? errorLine = null;
            if (result.Failed)
            {
                errorLine = CliConsole.ErrorLine(console.Language, result.Text);
                if (settings.ErrorsToStandardError)
                {
                    console.Error.WriteLine(errorLine);
                }
            }

            if (_json is null)
            {
                output.WriteLine(errorLine ?? result.Text);
                return result.Failed;
            }

            _json.WriteLine(output, json =>
            {
                json.WriteStartObject();
                json.WriteString("input", input);
                if (result.Failed)
                {
                    json.WriteString("error", CliConsole.OneLine(result.Text));
                }
                else if (result.Number is { } number)
                {
                    json.WriteNumber("output", number);
                }
                else
                {
                    json.WriteString("output", result.Text);
                }

                json.WriteEndObject();
            });
            return result.Failed;
        }
    }
}
