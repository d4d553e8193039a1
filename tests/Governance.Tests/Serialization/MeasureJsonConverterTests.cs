using System.Text.Json;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Serialization;

public class MeasureJsonConverterTests
{
    private sealed record Envelope(string Name, Measure Measure);

    [Fact]
    public void PlainJsonSerializer_UsesTheMeasureFormat()
    {
        var measure = new Measure { Agency = "a", Title = "t", Channels = [new FeedbackChannel(ChannelKind.InPerson)] };
        var json = JsonSerializer.Serialize(measure);
        Assert.Equal(MeasureJson.Serialize(measure), json);
        Assert.Equal(measure, JsonSerializer.Deserialize<Measure>(json));
    }

    [Fact]
    public void NestedMeasure_RoundTrips()
    {
        Prop.ForAll(
                MeasureGenerators.Measure.ToArbitrary(),
                measure =>
                {
                    var json = JsonSerializer.Serialize(new Envelope("x", measure));
                    var back = JsonSerializer.Deserialize<Envelope>(json)!;
                    return back.Name == "x" && back.Measure.Equals(measure);
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void NestedBadMeasure_StillGetsTheStrictChecks()
    {
        var json = """{"Name":"x","Measure":{"schemaVersion":1,"agency":"a","agency":"b","title":"t"}}""";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Envelope>(json));
        Assert.Contains("appears more than once", e.Message, StringComparison.Ordinal);
    }
}
