namespace Participation.Governance.Surveys;

/// <summary>
/// Something doubtful in a response file, said rather than guessed: what it is, how often, the first rows where it
/// happens, and whether the figures leave anything in the file out because of it.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SurveyWarning
{
    internal SurveyWarning(SurveyWarningKind kind, string message, long count = 0, IReadOnlyList<long>? firstRows = null, int column = 0, string? columnName = null, bool leavesOutAnswers = false)
    {
        Kind = kind;
        Message = message;
        Count = count;
        FirstRows = firstRows ?? [];
        Column = column;
        ColumnName = columnName;
        LeavesOutAnswers = leavesOutAnswers;
    }

    /// <summary>Gets what the warning is about.</summary>
    public SurveyWarningKind Kind { get; }

    /// <summary>Gets the warning in one line, with counts and the first rows, e.g. <c>column 5 "ความสะดวก": 3 answers are not on the 1–5 scale (rows 12, 40, 41; e.g. "6"); left out</c>.</summary>
    public string Message { get; }

    /// <summary>Gets how many rows or answers the warning is about (0 when it is about columns).</summary>
    public long Count { get; }

    /// <summary>Gets the first few rows concerned, as a spreadsheet numbers them (the header is row 1 of a plain file).</summary>
    public IReadOnlyList<long> FirstRows { get; }

    /// <summary>Gets the 1-based column concerned, or 0 when the warning is not about one column.</summary>
    public int Column { get; }

    /// <summary>Gets the header of <see cref="Column"/>, or null.</summary>
    public string? ColumnName { get; }

    /// <summary>Gets a value indicating whether the figures leave out answers or rows the file holds because of what the warning says.</summary>
    public bool LeavesOutAnswers { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The warning in one line.</returns>
    public override string ToString() => Message;
}
