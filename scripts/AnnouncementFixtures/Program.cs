using Participation.Governance.AnnouncementFixtures;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.Serialization;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

// Each command makes one fixture; ../make-announcement-fixtures.sh runs them with the OS tools in between.
switch (args)
{
    case ["render", var measure, var output]:
        // A measure from JSON, written as the announcement an agency would publish.
        File.WriteAllText(output, AnnouncementWriter.Render(MeasureJson.Deserialize(File.ReadAllText(measure))));
        return 0;
    case ["docx", var text, var output]:
        WordFixture.Write(File.ReadAllText(text), output);
        return 0;
    case ["pua-pdf", var text, var font, var output]:
        PuaPdfFixture.Write(File.ReadAllText(text), font, output);
        return 0;
    case ["marks-apart-pdf", var text, var font, var output]:
        PuaPdfFixture.Write(File.ReadAllText(text), font, output, marksApart: true);
        return 0;
    case ["image-pdf", var png, var output]:
        // A scan: one page that is only a picture of the printed page, no text layer.
        using (var builder = new PdfDocumentBuilder())
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddPng(File.ReadAllBytes(png), new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
            File.WriteAllBytes(output, builder.Build());
        }

        return 0;
    default:
        Console.Error.WriteLine("usage: render MEASURE.json OUT.txt | docx IN.txt OUT.docx | pua-pdf IN.txt FONT.ttf OUT.pdf | marks-apart-pdf IN.txt FONT.ttf OUT.pdf | image-pdf PAGE.png OUT.pdf");
        return 2;
}
