using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Participation.Governance.Text;

namespace Participation.Governance.Surveys;

/// <summary>
/// The rows of one worksheet of an .xlsx workbook, read through the Open XML SDK's streaming reader: one row in memory at
/// a time, plus the workbook's table of shared strings.
/// </summary>
/// <remarks>
/// A cell's text is what the file stores: a shared or inline string, or a number as written (a date is its serial number,
/// which is not an answer and is left out with the timestamp columns). Booleans read TRUE and FALSE, never 1 and 0, so
/// they are not taken for answers. Limits are the spreadsheet's own: 1,048,576 rows, 16,384 columns, 32,767 characters a
/// cell, and the decompressed parts are bounded, so a zip bomb ends with a message rather than a full disk of memory.
/// </remarks>
internal sealed class XlsxRowSource : ISurveyRowSource
{
    internal const long MaxRows = 1_048_576;
    internal const int MaxColumns = 16_384;
    internal const int MaxCellLength = 32_767;

    /// <summary>The most characters a part may decompress to (the sheet of a million rows of twenty answers is well under it).</summary>
    internal const long MaxCharactersInPart = 4L * 1024 * 1024 * 1024;

    /// <summary>The most characters all shared strings together may hold.</summary>
    internal const long MaxSharedStringCharacters = 64L * 1024 * 1024;

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly string[] _sharedStrings;
    private char[] _chars = new char[256];
    private int _charCount;
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];

    private XlsxRowSource(SpreadsheetDocument document, OpenXmlReader reader, string[] sharedStrings)
    {
        _document = document;
        _reader = reader;
        _sharedStrings = sharedStrings;
    }

    public long RowNumber { get; private set; }

    public int CellCount { get; private set; }

    public string? Problem { get; private set; }

    public bool StoppedReading { get; private set; }

    /// <summary>Opens a worksheet: the first, or the one <paramref name="sheet"/> names (its name, or its 1-based number).</summary>
    /// <param name="stream">The workbook; must be seekable.</param>
    /// <param name="sheet">The sheet's name or number, or null for the first.</param>
    /// <returns>The rows, or why the workbook or sheet cannot be read.</returns>
    public static ParseOutcome<ISurveyRowSource> Open(Stream stream, string? sheet)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbook = document.WorkbookPart;
            if (workbook is null)
            {
                document.Dispose();
                return ParseOutcome<ISurveyRowSource>.ForFailure("not a readable .xlsx workbook: the zip archive holds no workbook (a .docx, or another kind of zip?)", -1);
            }

            var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var chosen = Choose(sheets, sheet, out var problem);
            if (chosen is null)
            {
                document.Dispose();
                return ParseOutcome<ISurveyRowSource>.ForFailure(problem!, -1);
            }

            if (workbook.GetPartById(chosen.Id!.Value!) is not WorksheetPart part)
            {
                document.Dispose();
                return ParseOutcome<ISurveyRowSource>.ForFailure($"sheet \"{chosen.Name}\" is a chart, not a worksheet of answers", -1);
            }

            var strings = ReadSharedStrings(workbook.SharedStringTablePart, out problem);
            if (strings is null)
            {
                document.Dispose();
                return ParseOutcome<ISurveyRowSource>.ForFailure(problem!, -1);
            }

            return ParseOutcome<ISurveyRowSource>.ForValue(new XlsxRowSource(document, OpenXmlReader.Create(part), strings));
        }
        catch (Exception e) when (IsUnreadableWorkbook(e))
        {
            document?.Dispose();
            return ParseOutcome<ISurveyRowSource>.ForFailure(NotAWorkbook(e), -1);
        }
    }

    /// <summary>Whether an exception from the SDK says the bytes are not a readable workbook (rather than a programming error).</summary>
    internal static bool IsUnreadableWorkbook(Exception e)
        => e is OpenXmlPackageException or InvalidDataException or FormatException or System.Xml.XmlException;

    /// <summary>The message for a workbook the SDK could not read.</summary>
    internal static string NotAWorkbook(Exception e) => "not a readable .xlsx workbook: " + e.Message;

    public bool Read()
    {
        if (StoppedReading)
        {
            return false;
        }

        Problem = null;
        for (var i = 0; i < CellCount; i++)
        {
            _lengths[i] = 0;
        }

        CellCount = 0;
        _charCount = 0;
        var inRow = false;
        var column = -1;
        string? type = null;
        var inPhonetic = false;
        while (_reader.Read())
        {
            var element = _reader.ElementType;
            if (element == typeof(Row))
            {
                if (_reader.IsStartElement)
                {
                    inRow = true;
                    var number = ReferenceOf(_reader, out _) is { } r ? RowOf(r) : RowNumber + 1;
                    RowNumber = number > RowNumber ? number : RowNumber + 1;
                    if (RowNumber > MaxRows)
                    {
                        return Stop(string.Format(CultureInfo.InvariantCulture, "the sheet has a row {0}, past the last row a worksheet has ({1}); reading stopped here.", RowNumber, MaxRows));
                    }
                }

                if (_reader.IsEndElement)
                {
                    return true;
                }
            }
            else if (!inRow)
            {
                continue;
            }
            else if (element == typeof(Cell) && _reader.IsStartElement)
            {
                var reference = ReferenceOf(_reader, out type);
                column = reference is null ? CellCount : ColumnOf(reference);
                if (column is < 0 or >= MaxColumns)
                {
                    return Stop(string.Format(CultureInfo.InvariantCulture, "cell \"{0}\" is past the last column a worksheet has ({1}); reading stopped here.", reference, MaxColumns));
                }

                Grow(column + 1);
                _starts[column] = _charCount;
                _lengths[column] = 0;
                CellCount = Math.Max(CellCount, column + 1);
            }
            else if (element == typeof(CellValue) && _reader.IsStartElement && column >= 0)
            {
                SetCell(column, Value(_reader.GetText(), type));
                if (StoppedReading)
                {
                    return true;
                }
            }
            else if (element == typeof(PhoneticRun))
            {
                inPhonetic = _reader.IsStartElement;
            }
            else if (element == typeof(DocumentFormat.OpenXml.Spreadsheet.Text) && _reader.IsStartElement && column >= 0 && !inPhonetic)
            {
                // An inline string: its runs follow one another, so each run extends the cell.
                AppendToCell(column, _reader.GetText());
                if (StoppedReading)
                {
                    return true;
                }
            }
        }

        return inRow;
    }

    public ReadOnlySpan<char> GetCell(int index) => new(_chars, _starts[index], _lengths[index]);

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }

    private static Sheet? Choose(List<Sheet> sheets, string? wanted, out string? problem)
    {
        problem = null;
        if (sheets.Count == 0)
        {
            problem = "the workbook has no sheet";
            return null;
        }

        if (wanted is null)
        {
            return sheets[0];
        }

        var byName = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
        {
            return byName;
        }

        if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= sheets.Count)
        {
            return sheets[number - 1];
        }

        problem = $"the workbook has no sheet \"{wanted}\"; its sheets are {string.Join(", ", sheets.Select((s, i) => $"{i + 1} \"{s.Name}\""))}";
        return null;
    }

    private static string[]? ReadSharedStrings(SharedStringTablePart? part, out string? problem)
    {
        problem = null;
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        var text = new StringBuilder();
        var total = 0L;
        var inPhonetic = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    text.Clear();
                }

                if (reader.IsEndElement)
                {
                    total += text.Length;
                    if (total > MaxSharedStringCharacters)
                    {
                        problem = string.Format(CultureInfo.InvariantCulture, "the workbook's shared strings hold more than {0} characters, more than a survey export does", MaxSharedStringCharacters);
                        return null;
                    }

                    strings.Add(text.ToString());
                }
            }
            else if (reader.ElementType == typeof(PhoneticRun))
            {
                inPhonetic = reader.IsStartElement;
            }
            else if (reader.ElementType == typeof(DocumentFormat.OpenXml.Spreadsheet.Text) && reader.IsStartElement && !inPhonetic)
            {
                text.Append(reader.GetText());
            }
        }

        return strings.ToArray();
    }

    private static string? ReferenceOf(OpenXmlReader reader, out string? type)
    {
        string? reference = null;
        type = null;
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "r")
            {
                reference = attribute.Value;
            }
            else if (attribute.LocalName == "t")
            {
                type = attribute.Value;
            }
        }

        return reference;
    }

    private static long RowOf(string reference)
        => long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;

    /// <summary>The 0-based column of a cell reference such as <c>AB12</c>; -1 when it has no letters.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var letter = c is >= 'A' and <= 'Z' ? c - 'A' : c is >= 'a' and <= 'z' ? c - 'a' : -1;
            if (letter < 0)
            {
                break;
            }

            column = (column * 26) + letter + 1;
            letters++;
            if (letters > 3)
            {
                return -1;
            }
        }

        return column - 1;
    }

    private string Value(string raw, string? type) => type switch
    {
        "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length ? _sharedStrings[index] : raw,
        "b" => raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw,
        _ => raw,
    };

    private void SetCell(int column, string text)
    {
        _starts[column] = _charCount;
        _lengths[column] = 0;
        AppendToCell(column, text);
    }

    private void AppendToCell(int column, string text)
    {
        if (_lengths[column] + text.Length > MaxCellLength)
        {
            Problem ??= string.Format(CultureInfo.InvariantCulture, "column {0}: the cell is longer than {1} characters, more than a worksheet cell holds.", column + 1, MaxCellLength);
            return;
        }

        if (_charCount + _lengths[column] + text.Length > Participation.Governance.Assessment.SurveyCsvReader.MaxRowLength)
        {
            Stop(string.Format(CultureInfo.InvariantCulture, "the row is longer than {0} characters; reading stopped here.", Participation.Governance.Assessment.SurveyCsvReader.MaxRowLength));
            return;
        }

        if (_starts[column] + _lengths[column] != _charCount)
        {
            // Runs of one cell are contiguous; a cell revisited after another is copied to the end first.
            var previous = new string(_chars, _starts[column], _lengths[column]);
            _starts[column] = _charCount;
            _lengths[column] = 0;
            AppendToCell(column, previous);
        }

        if (_charCount + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + text.Length));
        }

        text.CopyTo(0, _chars, _charCount, text.Length);
        _charCount += text.Length;
        _lengths[column] += text.Length;
    }

    private void Grow(int columns)
    {
        if (columns <= _starts.Length)
        {
            return;
        }

        var size = Math.Max(columns, _starts.Length * 2);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
    }

    private bool Stop(string problem)
    {
        Problem = problem;
        StoppedReading = true;
        return true;
    }
}
