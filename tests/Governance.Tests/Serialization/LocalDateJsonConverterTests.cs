using System.Text.Json;
using NodaTime;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Serialization;

public class LocalDateJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new LocalDateJsonConverter() } };

    [Theory]
    [InlineData(2023, 10, 15, "\"2023-10-15\"")]
    [InlineData(1, 1, 1, "\"0001-01-01\"")]
    [InlineData(9999, 12, 31, "\"9999-12-31\"")]
    [InlineData(2024, 2, 29, "\"2024-02-29\"")]
    public void WritesAndReadsIsoDates(int year, int month, int day, string json)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(json, JsonSerializer.Serialize(date, Options));
        Assert.Equal(date, JsonSerializer.Deserialize<LocalDate>(json, Options));
    }

    [Fact]
    public void WritesDatesOfOtherCalendarsAsIso()
    {
        var date = new LocalDate(2023, 10, 15).WithCalendar(CalendarSystem.Julian);
        Assert.Equal("\"2023-10-15\"", JsonSerializer.Serialize(date, Options));
    }

    [Theory]
    [InlineData("\"2023-02-29\"")]
    [InlineData("\"2023-1-5\"")]
    [InlineData("\"15/10/2023\"")]
    [InlineData("\"2023-10-15T00:00:00\"")]
    [InlineData("\"\"")]
    [InlineData("20231015")]
    [InlineData("true")]
    public void RefusesAnythingElse(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalDate>(json, Options));
    }

    [Fact]
    public void RoundTripsEveryDateOfFourDigitYears()
    {
        Prop.ForAll(
                Gen.Choose(0, 3_652_058).Select(days => new LocalDate(1, 1, 1).PlusDays(days)).ToArbitrary(),
                date => JsonSerializer.Deserialize<LocalDate>(JsonSerializer.Serialize(date, Options), Options) == date)
            .QuickCheckThrowOnFailure();
    }
}
