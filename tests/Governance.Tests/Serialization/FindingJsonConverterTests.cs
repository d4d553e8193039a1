using System.Text.Json;
using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Serialization;

public class FindingJsonConverterTests
{
    [Fact]
    public void WritesOneShape_WhateverTheNamingPolicy()
    {
        var finding = new Finding("GOV002", FindingSeverity.Warning, "m", "ไทย");
        var expected = """{"id":"GOV002","severity":"warning","line":null,"message":"m","thaiMessage":"\u0E44\u0E17\u0E22"}""";
        Assert.Equal(expected, JsonSerializer.Serialize(finding));
        Assert.Equal(expected, JsonSerializer.Serialize(finding, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper }));
    }

    [Fact]
    public void RoundTrips()
    {
        var findings = new[]
        {
            new Finding("GOV001", FindingSeverity.Warning, "m", "t"),
            new Finding("GOV005", FindingSeverity.Info, "m", "t") { Line = 7 },
            new Finding("X", FindingSeverity.Error, "m \"q\"", "t"),
        };
        Assert.Equal(findings, JsonSerializer.Deserialize<Finding[]>(JsonSerializer.Serialize(findings)));
    }

    [Theory]
    [InlineData("""{"id":"GOV001","severity":"warning","message":"m"}""")]
    [InlineData("""{"id":"GOV001","severity":"Warning","message":"m","thaiMessage":"t"}""")]
    [InlineData("""{"id":"GOV001","severity":"warning","message":"m","thaiMessage":"t","line":0}""")]
    [InlineData("""{"id":"GOV001","id":"GOV002","severity":"warning","message":"m","thaiMessage":"t"}""")]
    [InlineData("""{"id":"GOV001","severity":"warning","message":"m","thaiMessage":"t","extra":1}""")]
    [InlineData("""{"id":"","severity":"warning","message":"m","thaiMessage":"t"}""")]
    [InlineData("""["GOV001"]""")]
    public void RefusesMalformedFindings(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Finding>(json));
    }
}
