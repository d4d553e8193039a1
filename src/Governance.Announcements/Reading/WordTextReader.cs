using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Governance.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Reads the body of a Word document (.docx) into the <see cref="DocumentText"/> the announcement reader reads: one line
/// per paragraph, automatic numbers as Word shows them, tables row by row, tracked changes accepted.
/// </summary>
/// <remarks>
/// <para>
/// The file is read with the Open XML SDK. Only the body is read: headers, footers, footnotes, comments and text in
/// text boxes and shapes are not part of an announcement's text. Paragraphs come in body order (inside content controls
/// too), each on its own line, a manual line break giving a new line as it does on the page. An automatically numbered
/// paragraph starts with the number Word shows for it — "๑.", "๑.๑", "(๑)", "ก." — followed by a space
/// (<see cref="WordNumbering"/>), which is what the announcement reader recognises clauses by.
/// </para>
/// <para>
/// A table gives one line per row, its cells' text separated by a tab, which the reader takes as a space. Tracked
/// changes are read as if accepted (insertions kept, deletions dropped) and fields as the result Word shows (a date, a
/// page reference), never their codes.
/// </para>
/// <para>A damaged or encrypted file, or a package that is not a Word document, is a failure; reading never throws on any bytes.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class WordTextReader
{
    /// <summary>Reads the text of a Word document.</summary>
    /// <param name="docx">The file; read from its current position and left open. It must be seekable.</param>
    /// <returns>The text; or a failure saying why it cannot be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="docx"/> cannot seek.</exception>
    public static ParseOutcome<DocumentText> Read(Stream docx)
    {
        Preconditions.CheckNotNull(docx);
        Preconditions.CheckArgument(docx.CanSeek, nameof(docx), "The stream must be seekable: a .docx is a zip archive, read from its end.");
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false);
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return ParseOutcome<DocumentText>.ForFailure("not a readable Word document: it has no body", -1);
            }

            var text = new StringBuilder();
            new BodyWriter(WordNumbering.For(document.MainDocumentPart), text).WriteBlocks(body);
            return ParseOutcome<DocumentText>.ForValue(new DocumentText(text.ToString(), SourceFormat.Word));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The SDK reports a damaged package with the exception of whichever layer failed (zip, packaging, XML), so
            // every exception from reading the bytes is a broken file.
            return ParseOutcome<DocumentText>.ForFailure("not a readable Word document: " + e.Message, -1);
        }
    }

    /// <summary>Writes the lines of the body, in order.</summary>
    private sealed class BodyWriter(WordNumbering numbering, StringBuilder text)
    {
        private readonly StringBuilder _cell = new();
        private bool _firstLine = true;

        public void WriteBlocks(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        NewLine();
                        WriteParagraph(paragraph, text);
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                        {
                            NewLine();
                            WriteRow(row);
                        }

                        break;
                    case SectionProperties or SdtProperties or SdtEndCharProperties:
                        break;
                    default:
                        // Content controls, custom XML and the like hold paragraphs and tables of their own.
                        WriteBlocks(element);
                        break;
                }
            }
        }

        private void NewLine()
        {
            if (!_firstLine)
            {
                text.Append('\n');
            }

            _firstLine = false;
        }

        private void WriteRow(TableRow row)
        {
            var firstCell = true;
            foreach (var cell in CellsOf(row))
            {
                if (!firstCell)
                {
                    text.Append('\t');
                }

                firstCell = false;
                _cell.Clear();
                WriteCell(cell, _cell);
                text.Append(_cell);
            }
        }

        /// <summary>The cells of a row, including those inside content controls and custom XML.</summary>
        private static IEnumerable<TableCell> CellsOf(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                if (child is TableCell cell)
                {
                    yield return cell;
                }
                else if (child is not (TableRowProperties or TablePropertyExceptions))
                {
                    foreach (var nested in CellsOf(child))
                    {
                        yield return nested;
                    }
                }
            }
        }

        /// <summary>A cell's paragraphs and nested tables, on one line separated by spaces.</summary>
        private void WriteCell(OpenXmlElement container, StringBuilder cell)
        {
            foreach (var element in container.ChildElements)
            {
                var start = cell.Length;
                if (element is Paragraph paragraph)
                {
                    WriteParagraph(paragraph, cell);
                }
                else if (element is not (TableCellProperties or TableProperties or TableGrid or TableRowProperties))
                {
                    WriteCell(element, cell);
                }

                if (cell.Length > start && start > 0)
                {
                    cell.Insert(start, ' ');
                }
            }

            cell.Replace('\n', ' ');
        }

        private void WriteParagraph(Paragraph paragraph, StringBuilder output)
        {
            if (numbering.Next(paragraph) is { } number)
            {
                output.Append(number);
            }

            WriteRuns(paragraph, output);
        }

        /// <summary>The text of a paragraph's runs, at any depth (hyperlinks, insertions, fields, smart tags, content controls).</summary>
        private static void WriteRuns(OpenXmlElement element, StringBuilder output)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case WordText t:
                        output.Append(t.Text);
                        break;
                    case TabChar or PositionalTab:
                        output.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        output.Append('\n');
                        break;
                    case NoBreakHyphen:
                        output.Append('-');
                        break;

                    // Deleted and moved-away text, field codes, and what is drawn rather than written.
                    case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode
                        or Drawing or Picture or EmbeddedObject or AlternateContent
                        or ParagraphProperties or RunProperties or FootnoteReference or EndnoteReference or CommentReference:
                        break;
                    default:
                        WriteRuns(child, output);
                        break;
                }
            }
        }
    }
}
