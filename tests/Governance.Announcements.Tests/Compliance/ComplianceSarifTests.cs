using System.Text.Json;
using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Announcements.Tests.Reading;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Tests.Compliance;

/// <summary>
/// The SARIF log conforms to the SARIF 2.1.0 schema for every object it writes — checked by the rules of that schema's
/// definitions (required properties, no properties the schema does not define, enumerations, minimums, URI references)
/// — and says the same as the reports.
/// </summary>
public sealed class ComplianceSarifTests
{
    // The properties each SARIF 2.1.0 object may have (the schema sets additionalProperties false on all but property bags) and those it must.
    private static readonly Dictionary<string, (string[] Allowed, string[] Required)> Objects = new()
    {
        ["sarifLog"] = (["$schema", "version", "runs", "inlineExternalProperties", "properties"], ["version", "runs"]),
        ["run"] = (["addresses", "artifacts", "automationDetails", "baselineGuid", "columnKind", "conversion", "defaultEncoding", "defaultSourceLanguage", "externalPropertyFileReferences", "graphs", "invocations", "language", "logicalLocations", "newlineSequences", "originalUriBaseIds", "policies", "properties", "redactionTokens", "results", "runAggregates", "specialLocations", "taxonomies", "threadFlowLocations", "tool", "translations", "versionControlProvenance", "webRequests", "webResponses"], ["tool"]),
        ["tool"] = (["driver", "extensions", "properties"], ["driver"]),
        ["toolComponent"] = (["associatedComponent", "contents", "dottedQuadFileVersion", "downloadUri", "fullDescription", "fullName", "globalMessageStrings", "guid", "informationUri", "isComprehensive", "language", "localizedDataSemanticVersion", "locations", "minimumRequiredLocalizedDataSemanticVersion", "name", "notifications", "organization", "product", "productSuite", "properties", "releaseDateUtc", "rules", "semanticVersion", "shortDescription", "supportedTaxonomies", "taxa", "translationMetadata", "version"], ["name"]),
        ["reportingDescriptor"] = (["defaultConfiguration", "deprecatedGuids", "deprecatedIds", "deprecatedNames", "fullDescription", "guid", "help", "helpUri", "id", "messageStrings", "name", "properties", "relationships", "shortDescription"], ["id"]),
        ["multiformatMessageString"] = (["markdown", "properties", "text"], ["text"]),
        ["reportingConfiguration"] = (["enabled", "level", "parameters", "properties", "rank"], []),
        ["result"] = (["analysisTarget", "attachments", "baselineState", "codeFlows", "correlationGuid", "fingerprints", "fixes", "graphTraversals", "graphs", "guid", "hostedViewerUri", "kind", "level", "locations", "message", "occurrenceCount", "partialFingerprints", "properties", "provenance", "rank", "relatedLocations", "rule", "ruleId", "ruleIndex", "stacks", "suppressions", "taxa", "webRequest", "webResponse", "workItemUris"], ["message"]),
        ["message"] = (["arguments", "id", "markdown", "properties", "text"], []),
        ["location"] = (["annotations", "id", "logicalLocations", "message", "physicalLocation", "properties", "relationships"], []),
        ["physicalLocation"] = (["address", "artifactLocation", "contextRegion", "properties", "region"], []),
        ["artifactLocation"] = (["description", "index", "properties", "uri", "uriBaseId"], []),
        ["region"] = (["byteLength", "byteOffset", "charLength", "charOffset", "endColumn", "endLine", "message", "properties", "snippet", "sourceLanguage", "startColumn", "startLine"], []),
    };

    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    [Fact]
    public void The_log_conforms_to_SARIF_2_1_0_and_holds_one_result_per_finding_on_its_file_and_line()
    {
        var reports = new[]
        {
            ComplianceChecker.Check("corpus/ประกาศ B.txt", AnnouncementReaderTests.CorpusText("B-no-satisfaction.txt")).Value,
            ComplianceChecker.Check("corpus/D.txt", AnnouncementReaderTests.CorpusText("D-memo-then-announcement.txt")).Value,
            ComplianceReport.ForMeasure("measure.json", new Measure { Agency = "ก", Title = "ข" }),
        };

        using var sarif = JsonDocument.Parse(ComplianceSarif.Serialize(reports));

        var log = sarif.RootElement;
        Conform(log, "sarifLog");
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray().ToList());
        Conform(run, "run");
        var tool = run.GetProperty("tool");
        Conform(tool, "tool");
        var driver = tool.GetProperty("driver");
        Conform(driver, "toolComponent");
        Assert.True(Uri.IsWellFormedUriString(driver.GetProperty("informationUri").GetString(), UriKind.Absolute));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        foreach (var rule in rules)
        {
            Conform(rule, "reportingDescriptor");
            Conform(rule.GetProperty("shortDescription"), "multiformatMessageString");
            Conform(rule.GetProperty("fullDescription"), "multiformatMessageString");
            Conform(rule.GetProperty("defaultConfiguration"), "reportingConfiguration");
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
            Assert.Equal("https://github.com/participation-governance/participation-governance/blob/main/docs/rules/" + rule.GetProperty("id").GetString() + ".md", rule.GetProperty("helpUri").GetString());
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        var findings = reports.SelectMany(r => r.Documents.SelectMany(d => d.Findings.Select(f => (r.Source, f)))).ToList();
        Assert.Equal(findings.Count, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var (source, finding) = findings[i];
            Conform(result, "result");
            Conform(result.GetProperty("message"), "message");
            Assert.Equal(finding.Message, result.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(finding.ThaiMessage, result.GetProperty("properties").GetProperty("thaiMessage").GetString());
            Assert.Equal(finding.Id, result.GetProperty("ruleId").GetString());
            Assert.Equal(finding.Id, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), Levels);
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray().ToList());
            Conform(location, "location");
            var physical = location.GetProperty("physicalLocation");
            Conform(physical, "physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            Conform(artifact, "artifactLocation");
            var uri = artifact.GetProperty("uri").GetString()!;
            Assert.True(uri.All(c => c < 0x80) && Uri.IsWellFormedUriString(uri, UriKind.RelativeOrAbsolute), uri);
            Assert.Equal(source, Uri.UnescapeDataString(uri));
            if (finding.Line is { } line)
            {
                var region = physical.GetProperty("region");
                Conform(region, "region");
                Assert.Equal(line, region.GetProperty("startLine").GetInt32());
            }
            else
            {
                Assert.False(physical.TryGetProperty("region", out _));
            }
        }

        Assert.Contains(results, r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "corpus/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8%20B.txt");
    }

    [Fact]
    public void Info_findings_are_notes_and_a_log_with_no_findings_has_no_results()
    {
        var info = ComplianceChecker.Check("g.txt", "ประกาศสำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑. จัดให้มีช่องทางรับฟังความคิดเห็นที่หลากหลาย\n๒. ประเมินความพึงพอใจของผู้รับบริการ\n").Value;
        using var withNote = JsonDocument.Parse(ComplianceSarif.Serialize([info]));
        using var empty = JsonDocument.Parse(ComplianceSarif.Serialize([]));

        Assert.Equal("note", withNote.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("level").GetString());
        Assert.Equal(0, empty.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    private static void Conform(JsonElement element, string definition)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        var (allowed, required) = Objects[definition];
        var names = element.EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(names, name => Assert.True(allowed.Contains(name), $"{definition} may not have \"{name}\""));
        Assert.All(required, name => Assert.True(names.Contains(name), $"{definition} must have \"{name}\""));
        if (definition == "message")
        {
            Assert.True(names.Contains("text") || names.Contains("id"), "a message needs text or id");
        }

        if (definition == "physicalLocation")
        {
            Assert.True(names.Contains("artifactLocation") || names.Contains("address"), "a physical location needs an artifact location or an address");
        }

        if (definition == "region")
        {
            Assert.True(element.GetProperty("startLine").GetInt32() >= 1, "startLine is at least 1");
        }
    }
}
