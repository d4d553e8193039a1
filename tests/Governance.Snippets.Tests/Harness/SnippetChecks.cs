// Compiled into every example program (not into the tests): the calls the harness inserts after a statement whose
// comment states a value. Failures are collected, not thrown, so one run reports every wrong comment of an example.
using System.Collections;
using System.Globalization;

internal static class __SnippetChecks
{
    public static readonly List<string> Failures = new();

    public static int Checked;

    private static TextWriter? s_outer;
    private static StringWriter? s_capture;

    public static void Value<T>(string where, string expected, bool quoted, T value)
    {
        Checked++;
        var actual = Format(value);
        if (!Matches(expected, quoted, actual))
        {
            Failures.Add($"{where}: the comment says {Show(expected, quoted)} but the value is {actual}");
        }
    }

    public static void BeginOutput()
    {
        s_outer = Console.Out;
        s_capture = new StringWriter();
        Console.SetOut(s_capture);
    }

    public static void EndOutput(string where, string expected, bool quoted)
    {
        Console.SetOut(s_outer!);
        var printed = s_capture!.ToString();
        s_outer!.Write(printed);
        Checked++;

        // What a statement prints over several lines is compared as one line, the lines joined with ", ".
        var actual = string.Join(", ", printed.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0));
        if (!Matches(expected, quoted, actual))
        {
            Failures.Add($"{where}: the comment says {Show(expected, quoted)} but the statement printed {actual}");
        }
    }

    // A comment states the whole value, or its head before an explanation in parentheses or after a dash; a trailing
    // "…" stands for the rest. A quoted comment is a C# string literal compared exactly.
    private static bool Matches(string expected, bool quoted, string actual)
    {
        if (quoted)
        {
            return expected.EndsWith("…", StringComparison.Ordinal) && !actual.EndsWith("…", StringComparison.Ordinal)
                ? actual.StartsWith(expected.Substring(0, expected.Length - 1), StringComparison.Ordinal)
                : actual == expected;
        }

        foreach (var candidate in Heads(expected))
        {
            if (candidate == actual
                || (candidate.EndsWith("…", StringComparison.Ordinal) && actual.StartsWith(candidate.Substring(0, candidate.Length - 1).TrimEnd(), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Heads(string expected)
    {
        yield return expected;
        foreach (var separator in new[] { " (", " — " })
        {
            var at = expected.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                yield return expected.Substring(0, at).TrimEnd();
            }
        }
    }

    private static string Show(string expected, bool quoted) => quoted ? "\"" + expected + "\"" : expected;

    private static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        NodaTime.LocalDate date => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
