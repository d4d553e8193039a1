using System.Globalization;

namespace Participation.Governance.Assessment;

/// <summary>
/// Reads the rows of a survey file saved as CSV (RFC 4180), one row at a time, with a hard bound on how much of the
/// input one row may take: the tokenizer under <see cref="SurveyResponseReader"/> and under the readers of Google Forms,
/// Microsoft Forms and Excel exports.
/// </summary>
/// <remarks>
/// <para>
/// Cells are separated by commas and rows by CRLF, LF or a lone CR. A cell may be quoted; a quoted cell may hold commas,
/// line breaks (each read as one LF) and doubled quotes (<c>""</c>). A byte-order mark at the very start is skipped.
/// </para>
/// <para>
/// A malformed row (a quote inside an unquoted cell, text after a closing quote, a quote never closed) does not stop
/// reading: <see cref="Read"/> returns true with <see cref="Problem"/> set, the problem being in the last cell read, and
/// the rest of that physical line is skipped so the next line starts a fresh row.
/// </para>
/// <para>
/// Limits apply while reading, so endless or hostile input cannot make the reader buffer without end: a row longer than
/// <see cref="MaxRowLength"/> characters, or with more than <see cref="MaxCells"/> cells, is a problem that stops reading
/// (<see cref="StoppedReading"/>), since after it no row boundary can be trusted. Memory is one input buffer and one
/// row; nothing is allocated per row once the buffers have grown to the longest row.
/// </para>
/// </remarks>
/// <threadsafety>Not thread-safe; the reader owns the position in its input.</threadsafety>
public sealed class SurveyCsvReader
{
    /// <summary>The most characters one row may hold: 1,048,576, far beyond any real export.</summary>
    public const int MaxRowLength = 1 << 20;

    /// <summary>The most cells one row may hold: 16,384, the columns a spreadsheet has.</summary>
    public const int MaxCells = 16_384;

    private const int EndOfInput = -1;

    private readonly TextReader _input;
    private readonly char[] _buffer = new char[1 << 14];
    private int _bufferLength;
    private int _bufferPosition;
    private bool _atEnd;
    private bool _stopped;
    private char[] _chars = new char[256];
    private int _charCount;
    private int[] _cellEnds = new int[16];
    private int _cellCount;
    private long _line = 1;

    /// <summary>Initializes a reader positioned before the first row.</summary>
    /// <param name="input">The text; read as rows are asked for, and not disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public SurveyCsvReader(TextReader input)
    {
        _input = Preconditions.CheckNotNull(input);
        if (Peek() == '\uFEFF')
        {
            _bufferPosition++;
        }
    }

    /// <summary>Gets the 1-based number of the current row as a spreadsheet numbers it (the first row is 1); 0 before the first <see cref="Read"/>.</summary>
    public long RowNumber { get; private set; }

    /// <summary>Gets the 1-based line on which the current row starts (a quoted cell may span lines); the line after the last once <see cref="Read"/> has returned false.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets the number of cells in the current row (at least 1: an empty line is one empty cell).</summary>
    public int CellCount => _cellCount;

    /// <summary>Gets why the current row is malformed, or null when it is well formed; the problem lies in the last cell read.</summary>
    public string? Problem { get; private set; }

    /// <summary>Gets a value indicating whether the current row's <see cref="Problem"/> ended reading (a row past <see cref="MaxRowLength"/> or <see cref="MaxCells"/>).</summary>
    public bool StoppedReading => _stopped;

    /// <summary>Reads the next row.</summary>
    /// <returns>True when a row was read (check <see cref="Problem"/>); false at the end of the input, or after a problem that stopped reading.</returns>
    /// <exception cref="IOException">The underlying reader failed.</exception>
    public bool Read()
    {
        _charCount = 0;
        _cellCount = 0;
        Problem = null;
        if (_stopped || Peek() == EndOfInput)
        {
            LineNumber = _line;
            return false;
        }

        RowNumber++;
        LineNumber = _line;
        while (true)
        {
            var c = Next();
            if (c == '"')
            {
                c = ReadQuotedCell();
            }
            else if (c is not (',' or '\r' or '\n' or EndOfInput))
            {
                _bufferPosition--;
                c = ReadUnquotedCell();
            }

            if (_stopped)
            {
                return true;
            }

            if (_cellCount == MaxCells)
            {
                return Stop(string.Format(CultureInfo.InvariantCulture, "the row has more than {0} cells, more than a spreadsheet has; reading stopped here.", MaxCells));
            }

            if (_cellCount == _cellEnds.Length)
            {
                Array.Resize(ref _cellEnds, _cellEnds.Length * 2);
            }

            _cellEnds[_cellCount++] = _charCount;
            if (c == ',')
            {
                continue;
            }

            if (c is '\r' or '\n')
            {
                EndLine(c);
            }

            return true;
        }
    }

    /// <summary>Gets a cell of the current row; valid until the next <see cref="Read"/>.</summary>
    /// <param name="index">The cell's 0-based index, less than <see cref="CellCount"/>.</param>
    /// <returns>The cell's text, without its quotes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a cell of the current row.</exception>
    public ReadOnlySpan<char> GetCell(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, _cellCount - 1);
        var start = index == 0 ? 0 : _cellEnds[index - 1];
        return new ReadOnlySpan<char>(_chars, start, _cellEnds[index] - start);
    }

    /// <summary>Reads an unquoted cell up to the character that ends it, which is returned (consumed).</summary>
    private int ReadUnquotedCell()
    {
        while (true)
        {
            if (_bufferPosition == _bufferLength && Peek() == EndOfInput)
            {
                return EndOfInput;
            }

            var window = new ReadOnlySpan<char>(_buffer, _bufferPosition, _bufferLength - _bufferPosition);
            var stop = IndexOfCellEnd(window);
            if (!Append(stop < 0 ? window : window.Slice(0, stop)))
            {
                return EndOfInput;
            }

            if (stop < 0)
            {
                _bufferPosition = _bufferLength;
                continue;
            }

            _bufferPosition += stop + 1;
            var c = window[stop];
            if (c != '"')
            {
                return c;
            }

            Problem ??= string.Format(CultureInfo.InvariantCulture, "column {0}: a quote (\") may only open a cell; quote the whole cell and double the quote inside it.", _cellCount + 1);
            return SkipToEndOfLine();
        }
    }

    /// <summary>
    /// The index of the first comma, line break or quote, or -1. Survey cells are mostly one character, so a scalar scan
    /// that first asks "at most ','?" (all four are) beats a vectorized search whose set-up costs more than the cell.
    /// </summary>
    private static int IndexOfCellEnd(ReadOnlySpan<char> window)
    {
        for (var i = 0; i < window.Length; i++)
        {
            var c = window[i];
            if (c <= ',' && c is ',' or '\r' or '\n' or '"')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads a quoted cell whose opening quote was just read, and returns the character after it (consumed).</summary>
    private int ReadQuotedCell()
    {
        var openedOn = _line;
        while (true)
        {
            if (_bufferPosition == _bufferLength && Peek() == EndOfInput)
            {
                Problem ??= string.Format(CultureInfo.InvariantCulture, "column {0}: the quoted cell opened on line {1} is never closed; expected a closing quote (\").", _cellCount + 1, openedOn);
                return EndOfInput;
            }

            var window = new ReadOnlySpan<char>(_buffer, _bufferPosition, _bufferLength - _bufferPosition);
            var stop = window.IndexOfAny('"', '\r', '\n');
            if (!Append(stop < 0 ? window : window.Slice(0, stop)))
            {
                return EndOfInput;
            }

            if (stop < 0)
            {
                _bufferPosition = _bufferLength;
                continue;
            }

            _bufferPosition += stop + 1;
            if (window[stop] != '"')
            {
                EndLine(window[stop]);
                if (!Append("\n".AsSpan()))
                {
                    return EndOfInput;
                }

                continue;
            }

            if (Peek() == '"')
            {
                _bufferPosition++;
                if (!Append("\"".AsSpan()))
                {
                    return EndOfInput;
                }

                continue;
            }

            var after = Next();
            if (after is ',' or '\r' or '\n' or EndOfInput)
            {
                return after;
            }

            Problem ??= string.Format(CultureInfo.InvariantCulture, "column {0}: expected a comma or the end of the row after a closing quote, found '{1}'.", _cellCount + 1, (char)after);
            return SkipToEndOfLine();
        }
    }

    private bool Append(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxRowLength - _charCount)
        {
            Stop(string.Format(CultureInfo.InvariantCulture, "the row is longer than {0} characters (is a quote never closed?); reading stopped here.", MaxRowLength));
            return false;
        }

        if (text.Length > _chars.Length - _charCount)
        {
            Array.Resize(ref _chars, Math.Min(MaxRowLength, Math.Max(_chars.Length * 2, _charCount + text.Length)));
        }

        text.CopyTo(new Span<char>(_chars, _charCount, text.Length));
        _charCount += text.Length;
        return true;
    }

    private bool Stop(string problem)
    {
        Problem = problem;
        _stopped = true;
        if (_cellCount < _cellEnds.Length)
        {
            _cellEnds[_cellCount++] = _charCount;
        }

        return true;
    }

    /// <summary>
    /// After a misplaced quote, skips the rest of the physical line and returns the character that ended it. Quotes are
    /// no longer trusted there, so the next line starts a fresh row rather than being swallowed; the skipped text counts
    /// toward <see cref="MaxRowLength"/>.
    /// </summary>
    private int SkipToEndOfLine()
    {
        var skipped = 0L;
        while (true)
        {
            if (_bufferPosition == _bufferLength && Peek() == EndOfInput)
            {
                return EndOfInput;
            }

            var window = new ReadOnlySpan<char>(_buffer, _bufferPosition, _bufferLength - _bufferPosition);
            var stop = window.IndexOfAny('\r', '\n');
            if (stop >= 0)
            {
                _bufferPosition += stop + 1;
                return window[stop];
            }

            skipped += window.Length;
            _bufferPosition = _bufferLength;
            if (skipped + _charCount > MaxRowLength)
            {
                Stop(string.Format(CultureInfo.InvariantCulture, "the row is longer than {0} characters (is a quote never closed?); reading stopped here.", MaxRowLength));
                return EndOfInput;
            }
        }
    }

    private int Peek()
    {
        if (_bufferPosition == _bufferLength)
        {
            if (_atEnd)
            {
                return EndOfInput;
            }

            _bufferLength = _input.Read(_buffer, 0, _buffer.Length);
            _bufferPosition = 0;
            if (_bufferLength == 0)
            {
                _atEnd = true;
                return EndOfInput;
            }
        }

        return _buffer[_bufferPosition];
    }

    private int Next()
    {
        var c = Peek();
        if (c != EndOfInput)
        {
            _bufferPosition++;
        }

        return c;
    }

    /// <summary>Consumes the LF of a CRLF whose CR was just read, and counts the line.</summary>
    private void EndLine(int first)
    {
        if (first == '\r' && Peek() == '\n')
        {
            _bufferPosition++;
        }

        _line++;
    }
}
