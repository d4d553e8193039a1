using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Serialization;

public class GovernanceJsonTests
{
    private sealed record Report(LocalDate Date, ThaiFiscalYear Year, FindingSeverity Severity, ChannelKind Kind);

    [Fact]
    public void AddGovernanceConverters_FormatsTheLibraryTypesInAppOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddGovernanceConverters();
        var json = JsonSerializer.Serialize(new Report(new LocalDate(2024, 3, 31), new ThaiFiscalYear(2567), FindingSeverity.Warning, ChannelKind.SuggestionBox), options);
        Assert.Equal("""{"date":"2024-03-31","year":2567,"severity":"warning","kind":"suggestionBox"}""", json);
        Assert.Equal(new Report(new LocalDate(2024, 3, 31), new ThaiFiscalYear(2567), FindingSeverity.Warning, ChannelKind.SuggestionBox), JsonSerializer.Deserialize<Report>(json, options));
    }

    [Fact]
    public void AddGovernanceConverters_LeavesOtherEnumsAlone()
    {
        var options = new JsonSerializerOptions().AddGovernanceConverters();
        Assert.Equal("1", JsonSerializer.Serialize(DayOfWeek.Monday, options));
    }

    [Fact]
    public void AddGovernanceConverters_RefusesNull()
    {
        Assert.Throws<ArgumentNullException>(() => GovernanceJson.AddGovernanceConverters(null!));
    }

    [Fact]
    public void TypeInfoResolver_ServesMeasuresAndFindingsWithoutReflection()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = GovernanceJson.TypeInfoResolver };
        var measure = new Measure { Agency = "a", Title = "t" };
        Assert.Equal(MeasureJson.Serialize(measure), JsonSerializer.Serialize(measure, options));

        var findings = measure.Validate();
        var json = JsonSerializer.Serialize(findings, options);
        Assert.Contains("\"id\":\"GOV001\"", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\":\"warning\"", json, StringComparison.Ordinal);
        Assert.Equal(findings, JsonSerializer.Deserialize<IReadOnlyList<Finding>>(json, options));
    }

    [Fact]
    public void TypeInfoResolver_CanBeChainedInFrontOfAnAppsResolver()
    {
        var options = new JsonSerializerOptions();
        options.TypeInfoResolverChain.Add(GovernanceJson.TypeInfoResolver);
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        var finding = new Finding("GOV002", FindingSeverity.Warning, "m", "ไทย") { Line = 3 };
        Assert.Equal(finding, JsonSerializer.Deserialize<Finding>(JsonSerializer.Serialize(finding, options), options));
        Assert.Equal("[1,2]", JsonSerializer.Serialize(new[] { 1, 2 }, options));
    }
}
