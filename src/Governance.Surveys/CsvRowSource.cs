using Participation.Governance.Assessment;

namespace Participation.Governance.Surveys;

/// <summary>The rows of CSV text, through the one CSV reader the project has (<see cref="SurveyCsvReader"/>).</summary>
internal sealed class CsvRowSource(TextReader text) : ISurveyRowSource
{
    private readonly SurveyCsvReader _csv = new(text);

    public long RowNumber => _csv.RowNumber;

    public int CellCount => _csv.CellCount;

    public string? Problem => _csv.Problem;

    public bool StoppedReading => _csv.StoppedReading;

    public bool Read() => _csv.Read();

    public ReadOnlySpan<char> GetCell(int index) => _csv.GetCell(index);

    public void Dispose() => text.Dispose();
}
