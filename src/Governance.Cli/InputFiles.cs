using System.Globalization;
using System.Text;

namespace Participation.Governance.Cli;

/// <summary>
/// The one policy every verb follows for the files it is given: where the names come from, how a file (or standard
/// input, named <c>-</c>) is read, how much is read at most, and how a file that cannot be used is reported — one line
/// on standard error, <c>error: FILE: why</c>, after which the verb goes on with the next file.
/// </summary>
internal static class InputFiles
{
    /// <summary>The most a verb reads of one text: 32 Mi characters, far beyond any real announcement or measure.</summary>
    public const int MaxCharacters = 32 * 1024 * 1024;

    /// <summary>The file names given as arguments or, with none, one per line from standard input (blank lines skipped).</summary>
    public static IEnumerable<string> Paths(CliConsole console, IReadOnlyList<string>? arguments)
        => arguments is { Count: > 0 } ? arguments : ReadLines(console.In).Where(line => line.Trim().Length > 0);

    /// <summary>Reads a whole file as text (UTF-8 unless a byte-order mark says otherwise); null, after one line on standard error, when it cannot be read.</summary>
    public static string? ReadText(CliConsole console, string path)
    {
        if (path == "-")
        {
            return ReadBounded(console, path, console.In);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
            return ReadBounded(console, path, reader);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            ReportUnreadable(console, path, e);
            return null;
        }
    }

    /// <summary>Opens a file (or standard input's stream for <c>-</c>) for streaming; null, after one line on standard error, when it cannot be opened.</summary>
    public static TextReader? OpenText(CliConsole console, string path)
    {
        if (path == "-")
        {
            return console.In;
        }

        try
        {
            return new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            ReportUnreadable(console, path, e);
            return null;
        }
    }

    /// <summary>Whether an exception says a file cannot be read (rather than a programming error).</summary>
    public static bool IsUnreadable(Exception e)
        => e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException;

    /// <summary>Writes the one line that says a file cannot be read.</summary>
    public static void ReportUnreadable(CliConsole console, string path, Exception e)
        => console.Error.WriteLine($"error: {(path.Length == 0 ? "''" : path)}: cannot read: {(path.Length == 0 ? "the file name is empty" : e.Message)}");

    private static string? ReadBounded(CliConsole console, string path, TextReader reader)
    {
        // Read in chunks and stop at the limit, so /dev/zero or an endless pipe is refused instead of exhausting memory.
        var text = new StringBuilder();
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > MaxCharacters)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: {path}: too large: more than {MaxCharacters / (1024 * 1024)} Mi characters, the most this tool reads of one text"));
                return null;
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
