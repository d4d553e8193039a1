using System.Globalization;
using System.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Assessment;

/// <summary>
/// Reads a satisfaction-survey response file (CSV) one respondent at a time: a header row of question names,
/// then one row per respondent with answers 1–5, an empty cell meaning no answer.
/// </summary>
/// <remarks>
/// <para>
/// The format is RFC 4180 CSV as <see cref="SurveyCsvReader"/> reads it: cells separated by commas, rows by CRLF or LF
/// (a lone CR also ends a row); a cell may be quoted, a quoted cell may hold commas, line breaks and doubled quotes
/// (<c>""</c>). A byte-order mark at the start is skipped. For exports of Google Forms, Microsoft Forms or Excel, with
/// their timestamp and demographic columns, word answers and other encodings, use the Participation.Governance.Surveys
/// package, which reads them into the same <see cref="SurveyReport"/>.
/// </para>
/// <para>
/// Answers: spaces and tabs around a cell are ignored; an answer is one digit 1–5, Arabic or Thai (๑–๕, as in
/// official documents); an empty cell is no answer. Trailing empty header cells (spreadsheets write them) are
/// dropped, and a row may have fewer cells than there are questions (the rest are no answer) or extra empty cells.
/// A row with no answer at all, such as a blank line, is skipped: it is not a respondent.
/// </para>
/// <para>
/// A malformed row (a cell that is not an answer, a non-empty cell beyond the last question, a cell longer than
/// <see cref="MaxCellLength"/>, a stray or unclosed quote) does not stop reading: <see cref="Read"/> returns true with
/// <see cref="Problem"/> set, saying on which line the row starts and what was expected. Only a row past
/// <see cref="SurveyCsvReader.MaxRowLength"/> ends reading, as its problem. Nothing here throws on bad text.
/// </para>
/// <para>
/// Memory stays bounded however long the file: the reader keeps one buffer of input, one row and one answer per
/// question, and allocates nothing per well-formed row.
/// </para>
/// </remarks>
/// <threadsafety>Not thread-safe; the reader owns the position in its input.</threadsafety>
public sealed class SurveyResponseReader
{
    /// <summary>The longest cell accepted (question names); longer cells are malformed.</summary>
    public const int MaxCellLength = 1000;

    private readonly SurveyCsvReader _csv;
    private int[] _answers = [];
    private bool _hasRow;

    private SurveyResponseReader(TextReader input)
    {
        _csv = new SurveyCsvReader(input);
        Questions = Array.Empty<string>();
    }

    /// <summary>Gets the question names from the header row.</summary>
    public IReadOnlyList<string> Questions { get; private set; }

    /// <summary>
    /// Gets the 1-based line on which the current row starts; 0 before the first <see cref="Read"/>, and the line after
    /// the last once <see cref="Read"/> has returned false.
    /// </summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets why the current row could not be read, or null when it was read.</summary>
    public string? Problem { get; private set; }

    /// <summary>Reads the header row and returns a reader positioned before the first respondent.</summary>
    /// <param name="input">The text of the file; the reader reads from it as rows are asked for and does not dispose it.</param>
    /// <returns>The reader, or a failure when the header is missing or unusable (an empty file, a blank or repeated question name, a stray quote).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static ParseOutcome<SurveyResponseReader> Open(TextReader input)
    {
        Preconditions.CheckNotNull(input);
        var reader = new SurveyResponseReader(input);
        var csv = reader._csv;
        if (!csv.Read())
        {
            return ParseOutcome<SurveyResponseReader>.ForFailure("line 1: the file is empty; expected a header row of question names separated by commas.", 0);
        }

        var names = new List<string>(csv.CellCount);
        for (var i = 0; i < csv.CellCount; i++)
        {
            var cell = csv.GetCell(i);
            if (cell.Length > MaxCellLength)
            {
                return ParseOutcome<SurveyResponseReader>.ForFailure("line 1: " + CellTooLong(i), 0);
            }

            names.Add(cell.ToString().Trim());
        }

        if (csv.Problem is not null)
        {
            return ParseOutcome<SurveyResponseReader>.ForFailure("line 1: " + csv.Problem, 0);
        }

        while (names.Count > 0 && names[names.Count - 1].Length == 0)
        {
            names.RemoveAt(names.Count - 1);
        }

        if (names.Count == 0)
        {
            return ParseOutcome<SurveyResponseReader>.ForFailure("line 1: the header row is blank; expected question names separated by commas.", 0);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0)
            {
                return ParseOutcome<SurveyResponseReader>.ForFailure($"line 1: column {i + 1} of the header has no question name.", 0);
            }

            if (!seen.Add(names[i]))
            {
                return ParseOutcome<SurveyResponseReader>.ForFailure($"line 1: question \"{names[i]}\" appears twice in the header; question names must differ.", 0);
            }
        }

        reader.Questions = Array.AsReadOnly(names.ToArray());
        reader._answers = new int[names.Count];
        return ParseOutcome<SurveyResponseReader>.ForValue(reader);
    }

    /// <summary>Reads the next respondent's row, skipping rows with no answer at all.</summary>
    /// <returns>True when a row was read (check <see cref="Problem"/>); false at the end of the input.</returns>
    /// <exception cref="IOException">The underlying reader failed.</exception>
    public bool Read()
    {
        while (true)
        {
            Array.Clear(_answers, 0, _answers.Length);
            if (!_csv.Read())
            {
                LineNumber = _csv.LineNumber;
                Problem = null;
                _hasRow = false;
                return false;
            }

            LineNumber = _csv.LineNumber;
            Problem = TakeAnswers();
            if (Problem is not null || HasAnyAnswer())
            {
                _hasRow = true;
                return true;
            }
        }
    }

    /// <summary>Gets the current respondent's answer to a question.</summary>
    /// <param name="question">The question's index in <see cref="Questions"/>.</param>
    /// <returns>The answer 1–5, or 0 when the respondent gave none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="question"/> is not an index of <see cref="Questions"/>.</exception>
    /// <exception cref="InvalidOperationException">There is no current row, or it could not be read (<see cref="Problem"/> is set).</exception>
    public int GetAnswer(int question)
    {
        Preconditions.CheckArgumentRange(nameof(question), question, 0, _answers.Length - 1);
        return CurrentAnswers[question];
    }

    /// <summary>Copies the current respondent's answers (1–5, or 0 for no answer), one per question.</summary>
    /// <param name="destination">Where to copy them; at least <see cref="Questions"/>.Count long.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    /// <exception cref="InvalidOperationException">There is no current row, or it could not be read (<see cref="Problem"/> is set).</exception>
    public void CopyAnswersTo(Span<int> destination)
    {
        if (destination.Length < _answers.Length)
        {
            Preconditions.ThrowArgument(nameof(destination), $"The destination needs room for {_answers.Length} answers.");
        }

        CurrentAnswers.CopyTo(destination);
    }

    /// <summary>Gets the current row's answers without copying; valid until the next <see cref="Read"/>.</summary>
    internal ReadOnlySpan<int> CurrentAnswers
    {
        get
        {
            if (!_hasRow || Problem is not null)
            {
                throw new InvalidOperationException(Problem is null
                    ? "There is no current row: call Read first, and only while it returns true."
                    : "The current row could not be read: " + Problem);
            }

            return _answers;
        }
    }

    private bool HasAnyAnswer()
    {
        foreach (var answer in _answers)
        {
            if (answer != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses the current row's cells into answers; returns the row's first problem in column order (a problem of the CSV
    /// itself lies in the last cell read, so the cells before it are checked first).
    /// </summary>
    private string? TakeAnswers()
    {
        var complete = _csv.Problem is null ? _csv.CellCount : _csv.CellCount - 1;
        for (var column = 0; column < complete; column++)
        {
            var cell = _csv.GetCell(column);
            var problem = cell.Length > MaxCellLength ? CellTooLong(column) : TakeAnswer(column, cell);
            if (problem is not null)
            {
                return problem;
            }
        }

        return _csv.Problem;
    }

    private static string CellTooLong(int column)
        => string.Format(CultureInfo.InvariantCulture, "column {0}: the cell is longer than {1} characters.", column + 1, MaxCellLength);

    private string? TakeAnswer(int column, ReadOnlySpan<char> cell)
    {
        var start = 0;
        var end = cell.Length;
        while (start < end && cell[start] is ' ' or '\t')
        {
            start++;
        }

        while (end > start && cell[end - 1] is ' ' or '\t')
        {
            end--;
        }

        var text = cell.Slice(start, end - start);
        if (text.Length == 0)
        {
            return null;
        }

        if (column >= _answers.Length)
        {
            return $"the row has a non-empty cell in column {column + 1}, but the header names only {_answers.Length} question{(_answers.Length == 1 ? string.Empty : "s")}.";
        }

        if (text.Length == 1)
        {
            var digit = text[0] is >= '\u0E50' and <= '\u0E59' ? text[0] - '\u0E50' : text[0] - '0';
            if (digit is >= 1 and <= 5)
            {
                _answers[column] = digit;
                return null;
            }
        }

        return string.Format(
            CultureInfo.InvariantCulture,
            "column {0} ({1}): expected an answer 1–5 or an empty cell, found \"{2}\".",
            column + 1,
            Questions[column],
            Excerpt(text));
    }

    private static string Excerpt(ReadOnlySpan<char> text)
    {
        const int Shown = 20;
        var builder = new StringBuilder(Shown + 1);
        foreach (var c in text.Length > Shown ? text.Slice(0, Shown) : text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        if (text.Length > Shown)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }
}
