using System.Text;
using System.Text.Json;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Serialization;

public class MeasureJsonTests
{
    private const string Minimal = """{"schemaVersion":1,"agency":"a","title":"t"}""";

    public static TheoryData<string, string, string> BadDocuments => new()
    {
        // Malformed JSON.
        { """{"schemaVersion":1,"agency":"a",""", "$", "" },
        { "", "$", "" },
        { """{"schemaVersion":1,"agency":"a","title":"t"} x""", "$", "" },
        { """{"schemaVersion":1, // comment""", "$", "" },
        { """{"schemaVersion":1,"agency":"a","title":"t","levels":["inform",]}""", "$.levels", "" },

        // Not a measure at all.
        { "[]", "$", "must be a JSON object" },
        { "\"measure\"", "$", "must be a JSON object" },

        // Wrong types.
        { """{"schemaVersion":1,"agency":5,"title":"t"}""", "$.agency", "" },
        { """{"schemaVersion":"1","agency":"a","title":"t"}""", "$.schemaVersion", "" },
        { """{"schemaVersion":1,"agency":"a","title":"t","channels":{}}""", "$.channels", "" },
        { """{"schemaVersion":1,"agency":"a","title":"t","channels":[{"kind":"website","detail":3}]}""", "$.channels[0].detail", "" },
        { """{"schemaVersion":1,"agency":"a","title":"t","fiscalYear":"2567"}""", "$.fiscalYear", "Buddhist-Era integer" },
        { """{"schemaVersion":1,"agency":"a","title":"t","fiscalYear":2567.5}""", "$.fiscalYear", "not an integer" },
        { """{"schemaVersion":1,"agency":"a","title":"t","issuedOn":20231015}""", "$.issuedOn", "yyyy-MM-dd" },

        // Unknown enum values, including numbers and other casing.
        { """{"schemaVersion":1,"agency":"a","title":"t","channels":[{"kind":"website"},{"kind":"fax"}]}""", "$.channels[1].kind", "\"fax\" is not a ChannelKind" },
        { """{"schemaVersion":1,"agency":"a","title":"t","levels":[1]}""", "$.levels[0]", "ParticipationLevel" },
        { """{"schemaVersion":1,"agency":"a","title":"t","levels":["Inform"]}""", "$.levels[0]", "\"Inform\" is not a ParticipationLevel" },
        { """{"schemaVersion":1,"agency":"a","title":"t","channels":[{"kind":"email","direction":"in"}]}""", "$.channels[0].direction", "inbound, outbound" },
        { """{"schemaVersion":1,"agency":"a","title":"t","steps":[{"kind":"report","description":"d","phases":["during"]}]}""", "$.steps[0].phases[0]", "duringOperation" },

        // Missing required properties, empty required text.
        { """{"agency":"a","title":"t"}""", "$", "\"schemaVersion\" is missing" },
        { """{"schemaVersion":1,"title":"t"}""", "$", "\"agency\" is missing" },
        { """{"schemaVersion":1,"agency":"a"}""", "$", "\"title\" is missing" },
        { """{"schemaVersion":1,"agency":" ","title":"t"}""", "$.agency", "must not be empty" },
        { """{"schemaVersion":1,"agency":"a","title":"t","channels":[{"detail":"x"}]}""", "$.channels[0]", "\"kind\" is missing" },
        { """{"schemaVersion":1,"agency":"a","title":"t","steps":[{"kind":"report"}]}""", "$.steps[0]", "\"description\" is missing" },
        { """{"schemaVersion":1,"agency":"a","title":"t","reportingSchedule":{}}""", "$.reportingSchedule", "\"quarters\" is missing" },
        { """{"schemaVersion":1,"agency":"a","title":"t","oversight":{}}""", "$.oversight", "\"minimumTimesPerFiscalYear\" is missing" },

        // Values out of range.
        { """{"schemaVersion":2,"agency":"a","title":"t"}""", "$.schemaVersion", "schema version 2 is not supported" },
        { """{"schemaVersion":1,"agency":"a","title":"t","issuedOn":"2023-02-30"}""", "$.issuedOn", "\"2023-02-30\" is not a date" },
        { """{"schemaVersion":1,"agency":"a","title":"t","issuedOn":"2023-2-3"}""", "$.issuedOn", "yyyy-MM-dd" },
        { """{"schemaVersion":1,"agency":"a","title":"t","fiscalYear":2400}""", "$.fiscalYear", "2504" },
        { """{"schemaVersion":1,"agency":"a","title":"t","reportingSchedule":{"quarters":[2,5]}}""", "$.reportingSchedule.quarters[1]", "5 is not a fiscal quarter" },
        { """{"schemaVersion":1,"agency":"a","title":"t","reportingSchedule":{"quarters":[]}}""", "$.reportingSchedule.quarters", "at least one quarter" },
        { """{"schemaVersion":1,"agency":"a","title":"t","oversight":{"minimumTimesPerFiscalYear":0}}""", "$.oversight.minimumTimesPerFiscalYear", "out of range" },

        // Duplicate properties, at the top and nested.
        { """{"schemaVersion":1,"agency":"a","agency":"b","title":"t"}""", "$.agency", "appears more than once" },
        { """{"schemaVersion":1,"agency":"a","title":"t","channels":[{"kind":"website","kind":"email"}]}""", "$.channels[0].kind", "appears more than once" },
        { """{"schemaVersion":1,"agency":"a","title":"t","\u0061gency":"b"}""", "$.agency", "appears more than once" },

        // Unknown properties.
        { """{"schemaVersion":1,"agency":"a","title":"t","colour":"red"}""", "$.colour", "not a property" },
        { """{"schemaVersion":1,"agency":"a","title":"t","steps":[{"kind":"report","description":"d","owner":"x"}]}""", "$.steps[0].owner", "not a property" },
        { """{"schemaVersion":1,"agency":"a","title":"t","oversight":{"times":2}}""", "$.oversight.times", "minimumTimesPerFiscalYear" },

        // Explicit nulls.
        { """{"schemaVersion":1,"agency":"a","title":"t","issuedOn":null}""", "$.issuedOn", "null is not allowed" },
        { """{"schemaVersion":1,"agency":"a","title":"t","legalBases":["x",null]}""", "$.legalBases[1]", "null is not allowed" },

        // Nesting past the limit.
        { """{"schemaVersion":1,"agency":"a","title":"t","legalBases":[[[[[[[[[[]]]]]]]]]]}""", "$.legalBases[0][0][0][0][0][0]", "depth" },
    };

    [Fact]
    public void Serialize_WritesTheDocumentedShape()
    {
        var measure = new Measure(
            "หน่วยงาน",
            "มาตรการ",
            [new FeedbackChannel(ChannelKind.SuggestionBox, ChannelDirection.Inbound, "ชั้น 1 <lobby>")],
            [new MeasureStep(StepKind.SatisfactionAssessment, "ประเมิน") { Phases = [ParticipationPhase.AfterOperation] }])
        {
            IssuedOn = new LocalDate(2023, 10, 15),
            FiscalYear = new ThaiFiscalYear(2567),
            Levels = [ParticipationLevel.Consult, ParticipationLevel.Inform],
            StakeholderGroups = [StakeholderGroup.ServiceRecipients],
            ReportingSchedule = ReportingSchedule.SemiAnnual,
            Oversight = OversightRule.AtLeast(2),
        };

        Assert.Equal(
            """{"schemaVersion":1,"agency":"หน่วยงาน","title":"มาตรการ","issuedOn":"2023-10-15","fiscalYear":2567,"legalBases":[],"levels":["inform","consult"],"stakeholderGroups":["serviceRecipients"],"channels":[{"kind":"suggestionBox","direction":"inbound","detail":"ชั้น 1 \u003Clobby\u003E"}],"steps":[{"kind":"satisfactionAssessment","description":"ประเมิน","phases":["afterOperation"],"responsibleUnits":[]}],"reportingSchedule":{"quarters":[2,4]},"oversight":{"minimumTimesPerFiscalYear":2}}""",
            MeasureJson.Serialize(measure));
    }

    [Fact]
    public void Serialize_LeavesOutAbsentOptionalValues()
    {
        var json = MeasureJson.Serialize(MeasureJson.Deserialize(Minimal));
        Assert.Equal("""{"schemaVersion":1,"agency":"a","title":"t","legalBases":[],"levels":[],"stakeholderGroups":[],"channels":[],"steps":[]}""", json);
    }

    [Fact]
    public void Indented_IsTheSameDocument()
    {
        var measure = MeasureJson.Deserialize(File.ReadAllText(RepositoryFiles.PathOf("samples/measures/compliant.json")));
        var indented = MeasureJson.Serialize(measure, indented: true);
        Assert.Contains("\n  \"agency\": \"สำนักงาน", indented, StringComparison.Ordinal);
        Assert.Equal(measure, MeasureJson.Deserialize(indented));
    }

    [FuzzProperty]
    public bool RoundTrip_GivesAnEqualMeasure(Measure measure)
        => MeasureJson.Deserialize(MeasureJson.Serialize(measure)).Equals(measure)
           && MeasureJson.Deserialize(MeasureJson.Serialize(measure, indented: true)).Equals(measure)
           && MeasureJson.Deserialize(MeasureJson.SerializeToUtf8Bytes(measure)).Equals(measure);

    [Fact]
    public void Serialize_IsDeterministic()
    {
        Prop.ForAll(
                MeasureGenerators.Measure.ToArbitrary(),
                measure =>
                {
                    var first = MeasureJson.Serialize(measure);
                    return first == MeasureJson.Serialize(measure)
                        && first == MeasureJson.Serialize(MeasureJson.Deserialize(first));
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void EqualMeasures_SerializeIdentically()
    {
        var a = new Measure { Agency = "a", Title = "t", Levels = [ParticipationLevel.Empower, ParticipationLevel.Inform] };
        var b = new Measure { Agency = "a", Title = "t", Levels = [ParticipationLevel.Inform, ParticipationLevel.Empower, ParticipationLevel.Inform] };
        Assert.Equal(a, b);
        Assert.Equal(MeasureJson.Serialize(a), MeasureJson.Serialize(b));
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void BadDocument_ThrowsJsonExceptionNamingThePath(string json, string path, string reason)
    {
        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(json));
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.Path);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);

        Assert.False(MeasureJson.TryDeserialize(json, out var measure, out var error));
        Assert.Null(measure);
        Assert.Equal(e.Message, error);
    }

    [Fact]
    public void DuplicateProperty_IsReportedWithItsLine()
    {
        var json = "{\n  \"schemaVersion\": 1,\n  \"agency\": \"a\",\n  \"title\": \"t\",\n  \"title\": \"u\"\n}";
        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(json));
        Assert.Equal("$.title: the property \"title\" appears more than once in the same object. (line 5)", e.Message);
        Assert.Equal(4, e.LineNumber);
    }

    [Fact]
    public void OversizedArray_IsRefused_AndTheLimitItselfIsAccepted()
    {
        static string WithLegalBases(int count)
            => """{"schemaVersion":1,"agency":"a","title":"t","legalBases":[""" + string.Join(",", Enumerable.Repeat("\"x\"", count)) + "]}";

        Assert.Equal(MeasureJson.MaxArrayLength, MeasureJson.Deserialize(WithLegalBases(MeasureJson.MaxArrayLength)).LegalBases.Count);
        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(WithLegalBases(MeasureJson.MaxArrayLength + 1)));
        Assert.StartsWith($"$.legalBases[{MeasureJson.MaxArrayLength}]: the array has more than {MeasureJson.MaxArrayLength} elements", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNesting_IsRefusedWithoutStackOverflow()
    {
        var json = """{"schemaVersion":1,"agency":"a","title":"t","legalBases":""" + new string('[', 100_000) + new string(']', 100_000) + "}";
        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(json));
        Assert.StartsWith("$.legalBases[0]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedDocument_IsRefused()
    {
        var json = """{"schemaVersion":1,"agency":"a","title":""" + "\"" + new string('x', MeasureJson.MaxDocumentLength) + "\"}";
        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(json));
        Assert.StartsWith("$: the document is", e.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => MeasureJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void DocumentThatFailsValidation_IsReturnedWithItsFindings()
    {
        var measure = MeasureJson.Deserialize(Minimal);
        Assert.Equal(["GOV001", "GOV002"], measure.Validate().Select(f => f.Id));
        Assert.False(measure.IsCompliant);
    }

    [Fact]
    public void Direction_DefaultsToInbound_AndSchemaReferenceIsIgnored()
    {
        var measure = MeasureJson.Deserialize("""{"$schema":"x.json","schemaVersion":1,"agency":"a","title":"t","channels":[{"kind":"telephone"}]}""");
        Assert.Equal([new FeedbackChannel(ChannelKind.Telephone)], measure.Channels);
        Assert.DoesNotContain("$schema", MeasureJson.Serialize(measure), StringComparison.Ordinal);
    }

    [Fact]
    public void EscapedText_IsUnescaped()
    {
        var measure = MeasureJson.Deserialize("""{"schemaVersion":1,"agency":"\u0E2A\u0E1E\u0E10.","title":"a \"b\" \\ c\n"}""");
        Assert.Equal("สพฐ.", measure.Agency);
        Assert.Equal("a \"b\" \\ c\n", measure.Title);
    }

    [Fact]
    public void StreamAndBytes_AgreeWithText_AndByteOrderMarkIsSkipped()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("samples/measures/compliant.json"));
        var expected = MeasureJson.Deserialize(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, MeasureJson.Deserialize(bytes));
        Assert.Equal(expected, MeasureJson.Deserialize(new MemoryStream([0xEF, 0xBB, 0xBF, .. bytes])));

        using var output = new MemoryStream();
        MeasureJson.Serialize(output, expected);
        Assert.Equal(MeasureJson.SerializeToUtf8Bytes(expected), output.ToArray());
    }

    [Fact]
    public void CorruptedDocuments_OnlyEverThrowJsonException()
    {
        var valid = MeasureJson.Serialize(MeasureJson.Deserialize(File.ReadAllText(RepositoryFiles.PathOf("samples/measures/compliant.json"))));
        var corruptions =
            from position in Gen.Choose(0, valid.Length - 1)
            from action in Gen.Choose(0, 2)
            from c in Gen.Elements('{', '}', '[', ']', '"', ',', ':', '1', 'x', '\\', ' ', 'n')
            select action switch
            {
                0 => valid.Substring(0, position),
                1 => valid.Remove(position, 1),
                _ => valid.Insert(position, c.ToString()),
            };
        Prop.ForAll(
                corruptions.ToArbitrary(),
                json =>
                {
                    try
                    {
                        return MeasureJson.Deserialize(json) is not null;
                    }
                    catch (JsonException e)
                    {
                        return e.Message.StartsWith('$') && e.Path is not null;
                    }
                })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => MeasureJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => MeasureJson.Deserialize((string)null!));
        Assert.Throws<ArgumentNullException>(() => MeasureJson.Deserialize((Stream)null!));
        Assert.False(MeasureJson.TryDeserialize(null, out _, out var error));
        Assert.StartsWith("$:", error, StringComparison.Ordinal);
    }
}
