using System.Text.Json;
using Participation.Governance.Calendar;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Serialization;

public class ThaiFiscalYearJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new ThaiFiscalYearJsonConverter() } };

    [Fact]
    public void WritesTheBuddhistEraNumber()
    {
        Assert.Equal("2567", JsonSerializer.Serialize(new ThaiFiscalYear(2567), Options));
        Assert.Equal(new ThaiFiscalYear(2563), JsonSerializer.Deserialize<ThaiFiscalYear>("2563", Options));
    }

    [Theory]
    [InlineData("2503", "2504")]
    [InlineData("10543", "10542")]
    [InlineData("99999999999", "not supported")]
    [InlineData("2567.5", "not an integer")]
    [InlineData("\"2567\"", "Buddhist-Era integer")]
    public void RefusesUnsupportedYears(string json, string expected)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ThaiFiscalYear>(json, Options));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTripsEverySupportedYear()
    {
        Prop.ForAll(
                Gen.Choose(ThaiFiscalYear.MinBuddhistYear, ThaiFiscalYear.MaxBuddhistYear).Select(y => new ThaiFiscalYear(y)).ToArbitrary(),
                year => JsonSerializer.Deserialize<ThaiFiscalYear>(JsonSerializer.Serialize(year, Options), Options) == year)
            .QuickCheckThrowOnFailure();
    }
}
