using System.Text.Json.Nodes;
using Participation.Governance.Announcements.Compliance;

namespace Participation.Governance.Announcements.Tests.Formats;

/// <summary>
/// The committed fixtures of scripts/make-announcement-fixtures.sh: each file is named after the text it was made from
/// (Corpus/NAME.txt or Fixtures/NAME.txt), a variant and its extension, e.g. A-compliant.pua.pdf.
/// </summary>
internal static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Every fixture that holds a readable document (not the scan, not the password-protected PDF).</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (file is not null && !file.StartsWith('.') && !file.Contains(".scanned.", StringComparison.Ordinal) && !file.Contains(".encrypted.", StringComparison.Ordinal) && SourceOf(file) != PathOf(file))
            {
                data.Add(file);
            }
        }

        return data;
    }

    /// <summary>The text a fixture was made from.</summary>
    public static string SourceOf(string fixture)
    {
        var stem = fixture.Substring(0, fixture.IndexOf('.', StringComparison.Ordinal));
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus", stem + ".txt");
        return File.Exists(corpus) ? corpus : PathOf(stem + ".txt");
    }

    public static ComplianceReport Check(string path)
    {
        using var stream = File.OpenRead(path);
        var result = ComplianceChecker.Check(Path.GetFileName(path), stream, 1 << 26);
        Assert.True(result.Success, result.Message);
        return result.Value;
    }

    /// <summary>A report's JSON without what names the file it came from: "file" and each "location".</summary>
    public static string WithoutFile(ComplianceReport report)
    {
        var json = JsonNode.Parse(ComplianceReportJson.Serialize(report, includeFacts: false))!.AsObject();
        json.Remove("file");
        foreach (var document in json["documents"]!.AsArray())
        {
            foreach (var finding in document!["findings"]!.AsArray())
            {
                finding!.AsObject().Remove("location");
            }
        }

        return json.ToJsonString();
    }
}
