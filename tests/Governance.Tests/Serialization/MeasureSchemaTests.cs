using System.Text.Json;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Serialization;

public class MeasureSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/measure.schema.json"))).RootElement;

    public static TheoryData<string, string[]> Samples => new()
    {
        { "compliant.json", [] },
        { "missing-feedback-channel.json", ["GOV001"] },
        { "missing-satisfaction-step.json", ["GOV002"] },
    };

    [Fact]
    public void EverySampleFile_IsListedHere()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf("samples/measures"), "*.json").Select(Path.GetFileName).Order();
        Assert.Equal(Samples.Select(row => (string)row[0]).Order(), files);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ValidatesAgainstTheSchema_AndDeserializesWithTheExpectedFindings(string file, string[] findings)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("samples/measures", file)));
        Assert.Empty(JsonSchemaSubsetValidator.Validate(Schema, JsonDocument.Parse(text).RootElement));
        var measure = MeasureJson.Deserialize(text);
        Assert.Equal(findings, measure.Validate().Select(f => f.Id));
    }

    [Fact]
    public void SerializedMeasures_ValidateAgainstTheSchema()
    {
        Prop.ForAll(
                MeasureGenerators.Measure.ToArbitrary(),
                measure =>
                {
                    var errors = JsonSchemaSubsetValidator.Validate(Schema, JsonDocument.Parse(MeasureJson.Serialize(measure)).RootElement);
                    return errors.Count == 0;
                })
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("""{"agency":"a","title":"t"}""", "$: required property \"schemaVersion\"")]
    [InlineData("""{"schemaVersion":2,"agency":"a","title":"t"}""", "$.schemaVersion: expected 1")]
    [InlineData("""{"schemaVersion":1,"agency":" ","title":"t"}""", "$.agency: \" \" does not match")]
    [InlineData("""{"schemaVersion":1,"agency":"a","title":"t","x":1}""", "$.x: no value")]
    [InlineData("""{"schemaVersion":1,"agency":"a","title":"t","levels":["Inform"]}""", "$.levels[0]: \"Inform\" is not one of")]
    [InlineData("""{"schemaVersion":1,"agency":"a","title":"t","fiscalYear":2503}""", "$.fiscalYear: 2503 is less than 2504")]
    [InlineData("""{"schemaVersion":1,"agency":"a","title":"t","fiscalYear":2567.5}""", "$.fiscalYear: expected integer")]
    [InlineData("""{"schemaVersion":1,"agency":"a","title":"t","issuedOn":"2023-13-01"}""", "$.issuedOn: \"2023-13-01\" does not match")]
    [InlineData("""{"schemaVersion":1,"agency":"a","title":"t","channels":[{"detail":"x"}]}""", "$.channels[0]: required property \"kind\"")]
    [InlineData("""{"schemaVersion":1,"agency":"a","title":"t","reportingSchedule":{"quarters":[5]}}""", "$.reportingSchedule.quarters[0]: 5 is more than 4")]
    public void Schema_RefusesWhatTheReaderRefuses(string json, string expectedError)
    {
        var errors = JsonSchemaSubsetValidator.Validate(Schema, JsonDocument.Parse(json).RootElement);
        Assert.Contains(errors, e => e.StartsWith(expectedError, StringComparison.Ordinal));
        Assert.Throws<JsonException>(() => MeasureJson.Deserialize(json));
    }

    [Fact]
    public void Schema_UsesOnlyKeywordsTheValidatorImplements()
    {
        // The validator throws NotSupportedException on any other keyword; reaching every subschema proves there is none.
        var everything = """{"schemaVersion":1,"agency":"a","title":"t","$schema":"s","issuedOn":"2024-01-01","fiscalYear":2567,"legalBases":["x"],"levels":["inform"],"stakeholderGroups":["public"],"channels":[{"kind":"email","direction":"inbound","detail":"d"}],"steps":[{"kind":"report","description":"d","phases":["afterOperation"],"responsibleUnits":["u"]}],"reportingSchedule":{"quarters":[2]},"oversight":{"minimumTimesPerFiscalYear":2}}""";
        Assert.Empty(JsonSchemaSubsetValidator.Validate(Schema, JsonDocument.Parse(everything).RootElement));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
    }
}
