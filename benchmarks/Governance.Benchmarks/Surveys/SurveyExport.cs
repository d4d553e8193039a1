using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Participation.Governance.Benchmarks.Surveys;

/// <summary>
/// The benchmarks' input: a Google Forms-shaped export (timestamp, e-mail, เพศ, ten questions answered 1–5, one in words,
/// a comments column), the same rows as CSV in UTF-8 and as an .xlsx with shared strings as Excel writes it.
/// </summary>
internal static class SurveyExport
{
    public const int Questions = 10;

    private static readonly string[] Words = ["", "น้อยที่สุด", "น้อย", "ปานกลาง", "มาก", "มากที่สุด"];

    private static IEnumerable<string[]> Rows(int rows)
    {
        var random = new Random(20240305);
        yield return ["Timestamp", "Email Address", "เพศ", .. Enumerable.Range(1, Questions).Select(q => $"ความพึงพอใจ [ข้อ {q}]"), "ข้อเสนอแนะ"];
        for (var r = 0; r < rows; r++)
        {
            var row = new string[Questions + 4];
            row[0] = "2024/03/05 9:41:12 AM GMT+7";
            row[1] = $"person{r}@example.go.th";
            row[2] = (r & 1) == 0 ? "ชาย" : "หญิง";
            for (var q = 0; q < Questions; q++)
            {
                var answer = random.Next(0, 6);
                row[3 + q] = answer == 0 ? string.Empty : q == Questions - 1 ? Words[answer] : answer.ToString(CultureInfo.InvariantCulture);
            }

            row[^1] = r % 7 == 0 ? "บริการดี" : string.Empty;
            yield return row;
        }
    }

    public static byte[] Csv(int rows)
    {
        var text = new StringBuilder();
        foreach (var row in Rows(rows))
        {
            text.Append(string.Join(",", row)).Append("\r\n");
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    public static byte[] Xlsx(int rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var strings = new Dictionary<string, int>(StringComparer.Ordinal);
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var number = 1;
                foreach (var row in Rows(rows))
                {
                    writer.WriteStartElement(new Row { RowIndex = (uint)number });
                    for (var c = 0; c < row.Length; c++)
                    {
                        if (row[c].Length == 0)
                        {
                            continue;
                        }

                        var reference = (char)('A' + c) + number.ToString(CultureInfo.InvariantCulture);
                        if (int.TryParse(row[c], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                        {
                            writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(row[c]) });
                        }
                        else
                        {
                            if (!strings.TryGetValue(row[c], out var index))
                            {
                                index = strings.Count;
                                strings.Add(row[c], index);
                            }

                            writer.WriteElement(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) });
                        }
                    }

                    writer.WriteEndElement();
                    number++;
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            var sst = workbook.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(strings.OrderBy(p => p.Value).Select(p => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(p.Key))));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Form Responses 1" }));
        }

        return stream.ToArray();
    }
}
