using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Participation.Governance.Assessment;
using Participation.Governance.Surveys;

namespace Participation.Governance.Benchmarks.Surveys;

/// <summary>
/// Reading the same export as an .xlsx of 100,000 rows into a report, against the Open XML SDK's own streaming reader
/// visiting every element of the sheet and taking the text of every cell value: the floor our reader stands on.
/// </summary>
[MemoryDiagnoser]
public class SurveyXlsxReadingBenchmarks
{
    private const int Rows = 100_000;

    private byte[] _xlsx = [];

    [GlobalSetup]
    public void Setup() => _xlsx = SurveyExport.Xlsx(Rows);

    /// <summary>The anchor: open the package, stream the first worksheet with OpenXmlReader, read each cell value's text.</summary>
    [Benchmark(Baseline = true)]
    public long OpenXmlReaderCells()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(_xlsx), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!));
        long characters = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(CellValue) && reader.IsStartElement)
            {
                characters += reader.GetText().Length;
            }
        }

        return characters;
    }

    /// <summary>Ours: the shared strings, the rows, recognising the questions, tallying and summarizing.</summary>
    [Benchmark]
    public SurveyReport SurveyResponseFileRead()
        => SurveyResponseFile.Read(new MemoryStream(_xlsx), SurveyColumnMapping.Recognised).Value;
}
