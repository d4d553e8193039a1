using System.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Text;

namespace Participation.Governance.Cli;

/// <summary>
/// The one policy every verb follows for the files it is given: where the names come from, how a file (or standard
/// input, named <c>-</c>) is read, how much is read at most, and how a file that cannot be used is reported — one line
/// on standard error, <c>error: FILE: why</c>, after which the verb goes on with the next file.
/// </summary>
internal static class InputFiles
{
    /// <summary>The most a verb reads of one file: 64 MiB, far beyond any real announcement, measure or survey export.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The file names given as arguments or, with none, one per line from standard input (blank lines skipped).</summary>
    public static IEnumerable<string> Paths(CliConsole console, IReadOnlyList<string>? arguments)
        => arguments is { Count: > 0 } ? arguments : ReadLines(console.In).Where(line => line.Trim().Length > 0);

    /// <summary>
    /// Reads a whole file as text in whichever encoding it is in (<see cref="ThaiTextDecoder"/>), reading no more than
    /// <see cref="MaxBytes"/>; null, after one line on standard error, when it cannot be read, is too large or is not text.
    /// </summary>
    public static string? ReadText(CliConsole console, string path)
    {
        ParseOutcome<DecodedText> decoded;
        try
        {
            if (path == "-")
            {
                decoded = ThaiTextDecoder.Decode(console.InputStream, MaxBytes);
            }
            else
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
                decoded = ThaiTextDecoder.Decode(stream, MaxBytes);
            }
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            ReportUnreadable(console, path, e);
            return null;
        }

        if (!decoded.Success)
        {
            console.ReportError($"{path}: {decoded.Message}");
            return null;
        }

        return decoded.Value.Text;
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
        => console.ReportError($"{(path.Length == 0 ? "''" : path)}: cannot read: {(path.Length == 0 ? "the file name is empty" : e.Message)}");

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
