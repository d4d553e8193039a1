using Participation.Governance.AnnouncementFixtures;
using Participation.Governance.Announcements.Writing;
using Participation.Governance.Serialization;

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
    case ["scan-pdf", var output, .. var pages] when pages.Length > 0:
        // A scan as an office scanner makes it: every page a black-and-white picture, no text layer.
        ScanPdfFixture.Write(pages, output);
        return 0;
    default:
        Console.Error.WriteLine("usage: render MEASURE.json OUT.txt | docx IN.txt OUT.docx | pua-pdf IN.txt FONT.ttf OUT.pdf | marks-apart-pdf IN.txt FONT.ttf OUT.pdf | scan-pdf OUT.pdf PAGE.pbm...");
        return 2;
}
