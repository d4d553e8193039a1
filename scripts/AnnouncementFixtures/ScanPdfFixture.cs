using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Participation.Governance.AnnouncementFixtures;

/// <summary>
/// A scanned announcement as an office scanner writes it: a PDF of one black-and-white picture per page and no text,
/// made from the 1-bit pages pdftoppm -mono writes (PBM). Written by hand, as PdfPig's builder stores every picture in
/// full colour: a 1-bit page at 300 dpi is some 60 KB compressed, in colour megabytes.
/// </summary>
internal static class ScanPdfFixture
{
    private const double A4Width = 595.28;
    private const double A4Height = 841.89;

    public static void Write(IReadOnlyList<string> pbmPages, string output)
    {
        var objects = new List<byte[]>();
        var pageIds = new List<int>();
        foreach (var pbm in pbmPages)
        {
            var (width, height, bits) = ReadPbm(File.ReadAllBytes(pbm));
            var imageId = objects.Count + 3;
            objects.Add(Stream(
                $"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] /Filter /FlateDecode",
                Deflate(bits)));
            var contentId = objects.Count + 3;
            objects.Add(Stream(string.Empty, Encoding.ASCII.GetBytes(Invariant($"q {A4Width} 0 0 {A4Height} 0 0 cm /Page Do Q"))));
            pageIds.Add(objects.Count + 3);
            objects.Add(Encoding.ASCII.GetBytes(Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4Width} {A4Height}] /Resources << /XObject << /Page {imageId} 0 R >> >> /Contents {contentId} 0 R >>")));
        }

        objects.Insert(0, Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.Insert(1, Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{string.Join(" ", pageIds.Select(id => id + " 0 R"))}] /Count {pageIds.Count} >>"));

        using var file = File.Create(output);
        var offsets = new List<long>();
        Write(file, "%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(file.Position);
            Write(file, $"{i + 1} 0 obj\n");
            file.Write(objects[i]);
            Write(file, "\nendobj\n");
        }

        var xref = file.Position;
        Write(file, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(file, offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write(file, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
    }

    /// <summary>A binary PBM (P4): rows of bits, 1 for black, each row padded to a whole byte — as a PDF image wants them.</summary>
    private static (int Width, int Height, byte[] Bits) ReadPbm(byte[] pbm)
    {
        var position = 0;
        string Token()
        {
            while (true)
            {
                while (char.IsWhiteSpace((char)pbm[position]))
                {
                    position++;
                }

                if (pbm[position] != '#')
                {
                    break;
                }

                while (pbm[position] != '\n')
                {
                    position++;
                }
            }

            var start = position;
            while (!char.IsWhiteSpace((char)pbm[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(pbm, start, position - start);
        }

        if (Token() != "P4")
        {
            throw new InvalidDataException("not a binary PBM (P4): make the pages with pdftoppm -mono");
        }

        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        position++;
        return (width, height, pbm[position..(position + (((width + 7) / 8) * height))]);
    }

    private static byte[] Stream(string dictionary, byte[] data)
    {
        var head = Encoding.ASCII.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n");
        var tail = Encoding.ASCII.GetBytes("\nendstream");
        return [.. head, .. data, .. tail];
    }

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }

    private static void Write(Stream file, string text) => file.Write(Encoding.Latin1.GetBytes(text));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
