using System.Text;
using NodaTime;
using Participation.Governance.Cli.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Cli;

/// <summary>
/// The streams and clock a command runs against: the real console in <see cref="Program.Main"/>,
/// in-memory ones in tests.
/// </summary>
internal sealed class CliConsole
{
    private readonly Func<LocalDate> _today;
    private readonly Lazy<TextReader> _in;
    private int _waitingForInput;

    /// <summary>Creates a console over standard input's bytes, the two output writers and a clock.</summary>
    /// <param name="input">Standard input's bytes.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="today">Today's date in Thailand.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal a person watches (progress lines are shown only then).</param>
    /// <param name="outputBytes">Standard output's bytes, for a verb that writes a binary file there; a new memory stream when null.</param>
    /// <param name="outputIsTerminal">Whether standard output is a terminal (a binary file is not written to one).</param>
    public CliConsole(Stream input, TextWriter output, TextWriter error, Func<LocalDate> today, bool errorIsTerminal = false, Stream? outputBytes = null, bool outputIsTerminal = false)
    {
        OutputBytes = outputBytes ?? new MemoryStream();
        OutputIsTerminal = outputIsTerminal;
        Progress = new CliProgress(error, errorIsTerminal);
        InputStream = input;
        Out = output;
        Error = error;
        _today = today;
        _in = new Lazy<TextReader>(() => new StreamReader(new FlushBeforeRead(input, this), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true));
    }

    /// <summary>Gets standard input's bytes, for a verb that reads a whole document from it (<c>-</c>) in whatever encoding it is.</summary>
    public Stream InputStream { get; }

    /// <summary>
    /// Gets standard input as UTF-8 text (the batch rule reads one value per line from it). Standard output is flushed
    /// whenever this reader has to wait for more input, so each answer is out before the tool waits for the next question:
    /// a person typing sees it at once, a script writing a line and reading the answer gets it, and a file or a fast pipe
    /// costs one flush per 64 KiB read, not one per line.
    /// </summary>
    public TextReader In => _in.Value;

    /// <summary>
    /// Gets standard output. A verb whose workers write while another thread reads <see cref="In"/> writes through
    /// <see cref="WriteOutput"/> (or locks on this writer), since the reader flushes it.
    /// </summary>
    public TextWriter Out { get; }

    /// <summary>
    /// Gets standard output's bytes, for a verb that writes a binary file (a .docx) there: flush <see cref="Out"/> before
    /// writing, since both go to the same place.
    /// </summary>
    public Stream OutputBytes { get; }

    /// <summary>Gets a value indicating whether standard output is a terminal, where a binary file would be garbage.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Gets standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets the progress line on standard error (silent unless standard error is a terminal).</summary>
    public CliProgress Progress { get; }

    /// <summary>Gets today's date in Thailand (commands that default to "now" use it).</summary>
    public LocalDate Today => _today();

    /// <summary>Gets or sets the language the tool speaks in this run (<c>--lang</c>, else the UI culture's).</summary>
    public CliLanguage Language { get; set; } = LanguageOption.Resolve(null);

    /// <summary>
    /// Writes to standard output from any thread, one writer at a time (locking on <see cref="Out"/>, as the reader of
    /// <see cref="In"/> does to flush it), and flushes at once while <see cref="In"/> waits for more input: check's workers
    /// write answers while another worker waits for the next path, and each answer is out before that path is typed.
    /// </summary>
    public void WriteOutput(string text)
    {
        lock (Out)
        {
            Out.Write(text);
            if (Volatile.Read(ref _waitingForInput) > 0)
            {
                Out.Flush();
            }
        }
    }

    /// <summary>
    /// Writes <c>error: message</c> (<c>ข้อผิดพลาด: …</c> in Thai) on standard error as one line: whatever the message holds
    /// (text from a file, a library's words), line breaks, control and bidi characters are escaped and the line is kept short.
    /// </summary>
    public void ReportError(string message) => Error.WriteLine(ErrorLine(Language, message));

    /// <summary>The one line that reports an error: the prefix in the language, then the message made safe (<see cref="OneLine"/>).</summary>
    public static string ErrorLine(CliLanguage language, string message) => CliText.Get(language, CliTextKey.ErrorPrefix) + ": " + OneLine(message);

    /// <summary>A message made safe for one terminal line: escaped (see <see cref="TextExcerpt"/>) and at most a few hundred characters.</summary>
    public static string OneLine(string message) => TextExcerpt.AppendExcerpt(new StringBuilder(), message.AsSpan(), MaxErrorLength).ToString();

    /// <summary>The longest error line the tool writes, in characters, before cutting it with an ellipsis.</summary>
    private const int MaxErrorLength = 500;

    /// <summary>
    /// Standard input's bytes, flushing standard output before each read (see <see cref="In"/>), and marking the console as
    /// waiting for input while a read is under way, so that what other threads write meanwhile is flushed at once
    /// (<see cref="WriteOutput"/>). The mark is set before the flush: a write that comes after the flush sees it.
    /// </summary>
    private sealed class FlushBeforeRead(Stream inner, CliConsole console) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            Interlocked.Increment(ref console._waitingForInput);
            try
            {
                lock (console.Out)
                {
                    console.Out.Flush();
                }

                return inner.Read(buffer);
            }
            finally
            {
                Interlocked.Decrement(ref console._waitingForInput);
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
