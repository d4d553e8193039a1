using System.IO.Compression;
using System.Text;
using Participation.Governance.IO;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Reads whatever file a user hands over — a PDF, a Word document, text in any encoding Thai tools write — into the
/// <see cref="DocumentText"/> the announcement reader reads, deciding the format from the bytes, never from a file name.
/// </summary>
/// <remarks>
/// <para>
/// The first bytes decide: <c>%PDF-</c> (within the first kilobyte, as PDF readers allow) is a PDF, read by
/// <see cref="PdfTextReader"/>; a zip archive holding <c>word/document.xml</c> is a Word document, read by
/// <see cref="WordTextReader"/>; anything else is text, decoded by <see cref="ThaiTextDecoder"/> (UTF-8, UTF-16 or
/// Windows-874) and kept as it is — a measure in JSON stays JSON.
/// </para>
/// <para>
/// Files that are documents of another kind fail with a message naming what they are, so that the user knows what to
/// save instead: another zip-based format (an Excel workbook, a PowerPoint presentation, an OpenDocument file, any other
/// zip archive), a Word 97–2003 file or a password-protected Office file (both OLE compound files), or an RTF file.
/// </para>
/// <para>
/// A scan — a PDF without a text layer, or an image of a page (PNG, JPEG, TIFF) — is read through OCR when OCR options
/// are given (<see cref="OcrTextReader"/>); without them it fails with <see cref="PdfTextReader.NoTextLayerMessage"/> or
/// <see cref="ImageWithoutOcrMessage"/>.
/// </para>
/// <para>Reading never throws on any bytes; only a stream that cannot be read throws.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class DocumentTextReader
{
    /// <summary>The failure message for an image of a page (PNG, JPEG, TIFF) read without OCR.</summary>
    public const string ImageWithoutOcrMessage = "no text — the file is an image of a page (a scan or a photo); run OCR first";

    private const string SaveAs = "save the announcement as PDF, Word (.docx) or text";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipSignature = [(byte)'P', (byte)'K', 3, 4];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] RtfSignature = "{\\rtf"u8.ToArray();

    /// <summary>Reads a file's content from a stream, no more than a limit.</summary>
    /// <param name="content">The stream; read from its current position to its end and left open.</param>
    /// <param name="maxBytes">The most to read; a longer stream is a failure, found without reading past the limit.</param>
    /// <returns>The text and where its lines came from; or a failure saying why the content cannot be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseOutcome<DocumentText> Read(Stream content, int maxBytes) => Read(content, maxBytes, null);

    /// <summary>Reads a file's content from a stream, no more than a limit, reading a scan through OCR when <paramref name="ocr"/> is given.</summary>
    /// <param name="content">The stream; read from its current position to its end and left open.</param>
    /// <param name="maxBytes">The most to read; a longer stream is a failure, found without reading past the limit.</param>
    /// <param name="ocr">How to read a scan (a PDF without a text layer, an image of a page); null to refuse it.</param>
    /// <param name="cancellationToken">Stops OCR.</param>
    /// <returns>The text and where its lines came from; or a failure saying why the content cannot be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseOutcome<DocumentText> Read(Stream content, int maxBytes, OcrOptions? ocr, CancellationToken cancellationToken = default)
    {
        var bytes = BoundedStream.ReadAll(content, maxBytes);
        return bytes.Success ? Read(bytes.Value, ocr, cancellationToken) : bytes.ConvertError<DocumentText>();
    }

    /// <summary>Reads a file's content.</summary>
    /// <param name="content">The whole file.</param>
    /// <returns>The text and where its lines came from; or a failure saying why the content cannot be read.</returns>
    public static ParseOutcome<DocumentText> Read(ReadOnlyMemory<byte> content) => Read(content, null);

    /// <summary>Reads a file's content, reading a scan through OCR when <paramref name="ocr"/> is given.</summary>
    /// <param name="content">The whole file.</param>
    /// <param name="ocr">How to read a scan (a PDF without a text layer, an image of a page); null to refuse it.</param>
    /// <param name="cancellationToken">Stops OCR.</param>
    /// <returns>The text and where its lines came from; or a failure saying why the content cannot be read.</returns>
    public static ParseOutcome<DocumentText> Read(ReadOnlyMemory<byte> content, OcrOptions? ocr, CancellationToken cancellationToken = default)
    {
        var span = content.Span;
        var head = span.Slice(0, Math.Min(span.Length, 1024));
        if (head.IndexOf(PdfSignature) >= 0)
        {
            var pdf = PdfTextReader.Read(content);
            return ocr is not null && pdf.Message == PdfTextReader.NoTextLayerMessage ? OcrTextReader.Read(content, ocr, cancellationToken) : pdf;
        }

        if (OcrTextReader.ImageFormat.Of(span) is not null)
        {
            return ocr is null ? ParseOutcome<DocumentText>.ForFailure(ImageWithoutOcrMessage, -1) : OcrTextReader.Read(content, ocr, cancellationToken);
        }

        if (span.StartsWith(ZipSignature))
        {
            return ReadZip(content);
        }

        if (span.StartsWith(CompoundFileSignature))
        {
            return Refuse("a Word 97–2003 document (.doc) or a password-protected Office file");
        }

        if (span.StartsWith(RtfSignature))
        {
            return Refuse("a Rich Text Format file (.rtf)");
        }

        var decoded = ThaiTextDecoder.Decode(span);
        return decoded.Success
            ? ParseOutcome<DocumentText>.ForValue(new DocumentText(decoded.Value.Text, SourceFormat.PlainText))
            : decoded.ConvertError<DocumentText>();
    }

    private static ParseOutcome<DocumentText> ReadZip(ReadOnlyMemory<byte> content)
    {
        var stream = AsStream(content);
        string? kind;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            kind = DescribeArchive(zip);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return ParseOutcome<DocumentText>.ForFailure("not a readable document: the file starts as a zip archive but is damaged (" + e.Message + ")", -1);
        }

        if (kind is not null)
        {
            return Refuse(kind);
        }

        stream.Position = 0;
        return WordTextReader.Read(stream);
    }

    /// <summary>Null for a Word document; otherwise what the archive is, in words.</summary>
    private static string? DescribeArchive(ZipArchive zip)
    {
        if (zip.GetEntry("word/document.xml") is not null)
        {
            return null;
        }

        if (zip.GetEntry("xl/workbook.xml") is not null)
        {
            return "an Excel workbook (.xlsx)";
        }

        if (zip.GetEntry("ppt/presentation.xml") is not null)
        {
            return "a PowerPoint presentation (.pptx)";
        }

        if (zip.GetEntry("mimetype") is { Length: < 200 } mimetype)
        {
            using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
            var type = reader.ReadToEnd().Trim();
            return type switch
            {
                "application/vnd.oasis.opendocument.text" => "an OpenDocument text (.odt)",
                "application/vnd.oasis.opendocument.spreadsheet" => "an OpenDocument spreadsheet (.ods)",
                "application/vnd.oasis.opendocument.presentation" => "an OpenDocument presentation (.odp)",
                "application/epub+zip" => "an e-book (.epub)",
                _ => $"a file of type {type}",
            };
        }

        return "a zip archive that is not a Word document";
    }

    private static ParseOutcome<DocumentText> Refuse(string what)
        => ParseOutcome<DocumentText>.ForFailure($"not a document that can be read: the file is {what}; {SaveAs}", -1);

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content)
        => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
