namespace Participation.Governance.Surveys;

/// <summary>The rows of a sheet, one at a time, whatever file they come from (CSV or a workbook's worksheet).</summary>
internal interface ISurveyRowSource : IDisposable
{
    /// <summary>Gets the current row's number as a spreadsheet shows it (the first row is 1).</summary>
    long RowNumber { get; }

    /// <summary>Gets the number of cells in the current row; cells past it are empty.</summary>
    int CellCount { get; }

    /// <summary>Gets why the current row is malformed, or null.</summary>
    string? Problem { get; }

    /// <summary>Gets a value indicating whether the current row's problem ended reading: the rest of the file cannot be trusted.</summary>
    bool StoppedReading { get; }

    /// <summary>Moves to the next row.</summary>
    /// <returns>False at the end.</returns>
    bool Read();

    /// <summary>Gets a cell of the current row, valid until the next <see cref="Read"/>.</summary>
    /// <param name="index">The 0-based column, less than <see cref="CellCount"/>.</param>
    /// <returns>The cell's text.</returns>
    ReadOnlySpan<char> GetCell(int index);
}
