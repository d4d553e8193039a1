using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Participation.Governance.Surveys.Tests;

/// <summary>
/// Response files written the way each tool writes them, so the reader is tested on what agencies actually hand it.
/// </summary>
internal static class ExportFiles
{
    static ExportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Thai Windows' "ANSI" code page, which Excel uses for "CSV (Comma delimited)" on a Thai PC.</summary>
    public static Encoding Windows874 => Encoding.GetEncoding(874);

    /// <summary>
    /// A Google Forms "Download responses (.csv)": UTF-8 without a byte-order mark, CRLF, every cell quoted when it must be,
    /// a Timestamp column in Forms' own format, an e-mail column when e-mails are collected, the demographic questions first,
    /// and a multiple-choice grid's rows as "question [row]" columns. Answers are whatever the options said: here the
    /// satisfaction grid offers the words, and the last question is a 1–5 linear scale.
    /// </summary>
    public static byte[] GoogleFormsCsv(IReadOnlyList<GoogleResponse> responses)
    {
        var text = new StringBuilder();
        text.Append("Timestamp,Email Address,เพศ,อายุ,\"ความพึงพอใจต่อการให้บริการ [ความสะดวกในการติดต่อ]\",\"ความพึงพอใจต่อการให้บริการ [ความรวดเร็ว, ทันเวลา]\",ภาพรวมความพึงพอใจ,ข้อเสนอแนะ\r\n");
        foreach (var r in responses)
        {
            text.Append(r.Time.ToString("yyyy/MM/dd h:mm:ss tt", CultureInfo.InvariantCulture)).Append(" GMT+7,");
            text.Append(r.Email).Append(',').Append(r.Gender).Append(',').Append(r.Age).Append(',');
            text.Append(r.Convenience).Append(',').Append(r.Speed).Append(',').Append(r.Overall).Append(',');
            text.Append(Quote(r.Comment)).Append("\r\n");
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>
    /// A CSV typed into Excel on a Thai PC and saved as "CSV (Comma delimited)": Windows-874, CRLF, a title row above the
    /// table, numbers for the answers, ลำดับ for a running number, and trailing commas on rows Excel once formatted.
    /// </summary>
    public static byte[] ThaiExcelCsv(IReadOnlyList<int[]> answers, IReadOnlyList<string> status)
    {
        var text = new StringBuilder();
        text.Append("แบบสอบถามความพึงพอใจต่อการให้บริการ ประจำปีงบประมาณ พ.ศ. 2567,,,,\r\n");
        text.Append("ลำดับ,สถานภาพ,ด้านกระบวนการ,ด้านเจ้าหน้าที่,ด้านสิ่งอำนวยความสะดวก\r\n");
        for (var i = 0; i < answers.Count; i++)
        {
            text.Append(i + 1).Append(',').Append(status[i]).Append(',').Append(string.Join(",", answers[i].Select(a => a == 0 ? string.Empty : a.ToString(CultureInfo.InvariantCulture)))).Append("\r\n");
        }

        text.Append(",,,,\r\n");
        return Windows874.GetBytes(text.ToString());
    }

    /// <summary>
    /// A Microsoft Forms "Open in Excel" workbook: one sheet, ID, Start time, Completion time, Email, Name, then one column
    /// per question; times are date serial numbers with a date style, text in the shared-string table, a Rating question's
    /// answers as numbers and a Choice question's as the option text.
    /// </summary>
    public static byte[] MicrosoftFormsXlsx(IReadOnlyList<MicrosoftResponse> responses, string sheetName = "Form1")
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "m/d/yy h:mm:ss" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
            var strings = new List<string>();
            int Shared(string s)
            {
                var index = strings.IndexOf(s);
                if (index < 0)
                {
                    strings.Add(s);
                    index = strings.Count - 1;
                }

                return index;
            }

            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            string[] headers = ["ID", "Start time", "Completion time", "Email", "Name", "ท่านพึงพอใจต่อความสะดวกในการขอรับบริการ", "ท่านพึงพอใจต่อความรวดเร็วในการให้บริการ", "ท่านพึงพอใจต่อบริการในภาพรวม"];
            data.Append(Row(1, headers.Select(h => SharedCell(Shared(h))).ToArray()));
            for (var i = 0; i < responses.Count; i++)
            {
                var r = responses[i];
                var cells = new List<Cell>
                {
                    NumberCell(i + 1),
                    new() { CellValue = new CellValue(r.Start.ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = 1 },
                    new() { CellValue = new CellValue(r.Start.AddMinutes(3).ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = 1 },
                    SharedCell(Shared("anonymous")),
                    SharedCell(Shared(string.Empty)),
                    r.Rating == 0 ? new Cell() : NumberCell(r.Rating),
                    SharedCell(Shared(r.Choice)),
                    NumberCell(r.Overall),
                };
                data.Append(Row(i + 2, cells.ToArray()));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sst = workbook.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }

        return stream.ToArray();
    }

    /// <summary>A workbook whose one sheet holds exactly these rows, numbers as numbers and the rest as inline strings.</summary>
    public static byte[] Xlsx(IEnumerable<string[]> rows, params string[] extraSheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = new Sheets();
            uint id = 1;
            foreach (var name in extraSheets)
            {
                var empty = workbook.AddNewPart<WorksheetPart>();
                empty.Worksheet = new Worksheet(new SheetData(Row(1, InlineCell("คำชี้แจง")), Row(2, InlineCell("โปรดตอบทุกข้อ"))));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(empty), SheetId = id++, Name = name });
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var number = 1;
            foreach (var row in rows)
            {
                data.Append(Row(number++, row.Select(c => c.Length == 0 ? new Cell() : double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? NumberCell(v) : InlineCell(c)).ToArray()));
            }

            part.Worksheet = new Worksheet(data);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = "คำตอบ" });
            workbook.Workbook.AppendChild(sheets);
        }

        return stream.ToArray();
    }

    /// <summary>A row whose cells carry their references (A1, B1 …), as Excel writes them.</summary>
    public static Row Row(int number, params Cell[] cells)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].CellValue is null && cells[i].InlineString is null)
            {
                continue;
            }

            cells[i].CellReference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
            row.Append(cells[i]);
        }

        return row;
    }

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public static Cell NumberCell(double value) => new() { CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };

    public static Cell SharedCell(int index) => new() { DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) };

    public static Cell InlineCell(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    private static string Quote(string cell) => cell.IndexOfAny([',', '"', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}

/// <summary>One Google Forms response; the satisfaction answers as the form's options wrote them.</summary>
internal sealed record GoogleResponse(DateTime Time, string Email, string Gender, string Age, string Convenience, string Speed, string Overall, string Comment);

/// <summary>One Microsoft Forms response: a Rating (1–5, 0 unanswered), a Choice option's text, and an overall Rating.</summary>
internal sealed record MicrosoftResponse(DateTime Start, int Rating, string Choice, int Overall);
