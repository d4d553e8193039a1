using System.Text.Json;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Serialization;

public class CamelCaseEnumJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new CamelCaseEnumJsonConverter<ChannelKind>() } };

    [Theory]
    [InlineData(ChannelKind.Website, "\"website\"")]
    [InlineData(ChannelKind.SuggestionBox, "\"suggestionBox\"")]
    [InlineData(ChannelKind.ElectronicForm, "\"electronicForm\"")]
    [InlineData(ChannelKind.SocialMedia, "\"socialMedia\"")]
    [InlineData(ChannelKind.InPerson, "\"inPerson\"")]
    [InlineData(ChannelKind.NoticeBoard, "\"noticeBoard\"")]
    public void UsesTheCamelCaseNamesOfTheCorpus(ChannelKind kind, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(kind, Options));
        Assert.Equal(kind, JsonSerializer.Deserialize<ChannelKind>(json, Options));
    }

    [Theory]
    [InlineData("\"Website\"")]
    [InlineData("\"WEBSITE\"")]
    [InlineData("\"website,email\"")]
    [InlineData("\"1\"")]
    [InlineData("1")]
    [InlineData("\"\"")]
    public void RefusesOtherSpellingsAndNumbers(string json)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ChannelKind>(json, Options));
        Assert.Contains("suggestionBox", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesToWriteAnUndefinedValue()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((ChannelKind)99, Options));
    }

    [Fact]
    public void CorpusChannelNames_AllRead()
    {
        // The channel kinds /work/shared/corpus/expected.json uses.
        string[] corpus = ["website", "telephone", "suggestionBox", "electronicForm", "email", "socialMedia", "inPerson"];
        Assert.All(corpus, name => JsonSerializer.Deserialize<ChannelKind>($"\"{name}\"", Options));
    }
}
