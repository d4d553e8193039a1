using System.Text;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Cli.Text;
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
    /// The files named by the arguments, expanded by the tool itself on every OS (Windows shells do not): a folder gives
    /// its files with one of <paramref name="extensions"/>, searched recursively; a name with <c>*</c> or <c>?</c> gives
    /// the files it matches (<c>**</c> matches any number of folders); anything else is passed on as it is, so a
    /// missing file is reported when it is read. Each folder's files come in ordinal order, so runs are repeatable.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> arguments, IReadOnlyCollection<string> extensions, Action<string> noMatch)
    {
        foreach (var argument in arguments)
        {
            if (argument != "-" && Directory.Exists(argument))
            {
                foreach (var file in FilesUnder(argument, extensions))
                {
                    yield return file;
                }

                continue;
            }

            if (argument.IndexOfAny(['*', '?']) < 0)
            {
                yield return argument;
                continue;
            }

            var any = false;
            foreach (var file in Glob(argument))
            {
                any = true;
                yield return file;
            }

            if (!any)
            {
                noMatch(argument);
            }
        }
    }

    private static IEnumerable<string> FilesUnder(string folder, IReadOnlyCollection<string> extensions)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Expands a pattern: the part before the first wildcard is the folder searched; the rest is matched segment by segment.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWild = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', firstWild);
        var root = slash < 0 ? "." : normalized.Substring(0, slash + 1);
        var rest = normalized.Substring(slash + 1).Split('/');
        if (!Directory.Exists(root))
        {
            return [];
        }

        var prefix = slash < 0 ? string.Empty : root;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(relative => Matches(rest, 0, relative.Split('/'), 0))
            .Order(StringComparer.Ordinal)
            .Select(relative => prefix + relative);
    }

    private static bool Matches(string[] pattern, int p, string[] path, int s)
    {
        if (p == pattern.Length)
        {
            return s == path.Length;
        }

        if (pattern[p] == "**")
        {
            for (var skip = s; skip <= path.Length; skip++)
            {
                if (Matches(pattern, p + 1, path, skip))
                {
                    return true;
                }
            }

            return false;
        }

        return s < path.Length && MatchesSegment(pattern[p], path[s]) && Matches(pattern, p + 1, path, s + 1);
    }

    /// <summary>Matches one name against <c>*</c> and <c>?</c>, case-sensitively, in time linear in both lengths.</summary>
    private static bool MatchesSegment(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>
    /// Reads a whole file as text in whichever encoding it is in (<see cref="ThaiTextDecoder"/>), reading no more than
    /// <see cref="MaxBytes"/>; null, after one line on standard error, when it cannot be read, is too large or is not text.
    /// </summary>
    public static string? ReadText(CliConsole console, string path)
        => Report(console, path, Read(console, path, static stream => ThaiTextDecoder.Decode(stream, MaxBytes), out var error), error)?.Text;

    /// <summary>
    /// Reads a whole file as a document — PDF, Word or text in whichever encoding, decided by its content
    /// (<see cref="DocumentTextReader"/>), and with <paramref name="ocr"/> a scan or an image of a page through OCR — reading
    /// no more than <see cref="MaxBytes"/>; null, with why in <paramref name="error"/>, when it cannot be read or is not a
    /// document (a scan without OCR, a spreadsheet, a binary file). It writes nothing, so it may run off the console's thread.
    /// </summary>
    public static DocumentText? ReadDocument(CliConsole console, string path, OcrOptions? ocr, out string? error)
        => Read(console, path, stream => DocumentTextReader.Read(stream, MaxBytes, ocr), out error);

    private static T? Report<T>(CliConsole console, string path, T? value, string? error)
        where T : class
    {
        if (value is null)
        {
            console.ReportError($"{path}: {error}");
        }

        return value;
    }

    private static T? Read<T>(CliConsole console, string path, Func<Stream, ParseOutcome<T>> read, out string? error)
        where T : class
    {
        ParseOutcome<T> outcome;
        try
        {
            if (path == "-")
            {
                outcome = read(console.InputStream);
            }
            else
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
                outcome = read(stream);
            }
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            error = Unreadable(console.Language, path, e);
            return null;
        }

        error = outcome.Success ? null : outcome.Message;
        return outcome.Success ? outcome.Value : null;
    }

    /// <summary>
    /// Opens a file (or standard input's bytes for <c>-</c>) for a verb that streams it, such as a survey export of a
    /// million rows; null, after one line on standard error, when it cannot be opened. Reading past <see cref="MaxBytes"/>
    /// throws an <see cref="IOException"/> saying so, which <see cref="IsUnreadable"/> recognises, so <c>/dev/zero</c> or an
    /// endless pipe ends with one line instead of never.
    /// </summary>
    public static Stream? OpenStream(CliConsole console, string path)
    {
        try
        {
            if (path == "-")
            {
                return new BoundedStream(console.InputStream, ownsInner: false);
            }

            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            if (file.CanSeek && file.Length > MaxBytes)
            {
                file.Dispose();
                throw new TooLargeException();
            }

            return new BoundedStream(file, ownsInner: true);
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
        => console.ReportError($"{(path.Length == 0 ? "''" : path)}: {Unreadable(console.Language, path, e)}");

    private static string Unreadable(CliLanguage language, string path, Exception e)
        => CliText.Get(language, CliTextKey.CannotRead, path.Length == 0 ? CliText.Get(language, CliTextKey.FileNameEmpty)
            : e is TooLargeException ? CliText.Get(language, CliTextKey.FileTooLarge, MaxBytes)
            : e.Message);

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>A file or a pipe longer than <see cref="MaxBytes"/>: unreadable input, said in the language of the run.</summary>
    private sealed class TooLargeException() : IOException($"it is longer than {MaxBytes} bytes, the most that is read");

    /// <summary>
    /// A read-only view of a stream that refuses to read more than <see cref="MaxBytes"/> from it. A file that can seek was
    /// measured when opened (a workbook is read by seeking, so its bytes may be read more than once); a pipe or a device
    /// is counted as it is read.
    /// </summary>
    private sealed class BoundedStream(Stream inner, bool ownsInner) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (inner.CanSeek)
            {
                return inner.Read(buffer, offset, count);
            }

            var read = inner.Read(buffer, offset, (int)Math.Min(count, MaxBytes + 1L - _read));
            _read += read;
            if (_read > MaxBytes)
            {
                throw new TooLargeException();
            }

            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && ownsInner)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
