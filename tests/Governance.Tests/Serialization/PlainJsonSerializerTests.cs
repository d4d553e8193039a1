using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Serialization;

/// <summary>
/// The library's value types carry their converters, so an application's plain <see cref="JsonSerializerOptions"/> (no
/// <see cref="GovernanceJson.AddGovernanceConverters"/>) reads and writes them; and dates are written exactly as
/// NodaTime.Serialization.SystemTextJson writes them, so an application can use either for its own LocalDates.
/// </summary>
public class PlainJsonSerializerTests
{
    private static readonly JsonSerializerOptions Plain = new();

    private static readonly JsonSerializerOptions NodaTimeOptions = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    private static readonly JsonSerializerOptions Governance = new JsonSerializerOptions().AddGovernanceConverters();

    private sealed record Plan(ThaiFiscalYear Year, FiscalQuarter Quarter, FiscalPeriod Period, ChannelKind Channel, FindingSeverity Severity);

    private sealed record Issued(LocalDate IssuedOn, ThaiFiscalYear Year, FiscalQuarter Quarter, Measure Measure);

    [FuzzProperty]
    public bool A_fiscal_year_is_its_BE_number_and_reads_back(ThaiFiscalYear year)
        => JsonSerializer.Serialize(year, Plain) == year.BuddhistYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
           && JsonSerializer.Deserialize<ThaiFiscalYear>(JsonSerializer.Serialize(year, Plain), Plain) == year;

    [FuzzProperty]
    public bool A_quarter_is_its_text_form_and_reads_back(FiscalQuarter quarter)
        => JsonSerializer.Serialize(quarter, Plain) == $"\"{quarter}\""
           && JsonSerializer.Deserialize<FiscalQuarter>(JsonSerializer.Serialize(quarter, Plain), Plain) == quarter;

    [FuzzProperty]
    public bool A_period_is_its_text_form_and_reads_back(FiscalPeriod period)
        => JsonSerializer.Serialize(period, Plain) == $"\"{period}\""
           && JsonSerializer.Deserialize<FiscalPeriod>(JsonSerializer.Serialize(period, Plain), Plain) == period;

    [FuzzProperty]
    public bool A_measure_reads_back(Measure measure)
    {
        var json = JsonSerializer.Serialize(measure, Plain);
        return JsonSerializer.Serialize(JsonSerializer.Deserialize<Measure>(json, Plain), Plain) == json;
    }

    [Fact]
    public void The_value_types_inside_an_applications_own_type_need_no_options()
    {
        var plan = new Plan(new ThaiFiscalYear(2567), new FiscalQuarter(new ThaiFiscalYear(2567), 2), new ThaiFiscalYear(2567).FirstHalf, ChannelKind.SuggestionBox, FindingSeverity.Warning);

        var json = JsonSerializer.Serialize(plan, Plain);

        Assert.Equal("""{"Year":2567,"Quarter":"2567Q2","Period":"2567H1","Channel":"suggestionBox","Severity":"warning"}""", json);
        Assert.Equal(plan, JsonSerializer.Deserialize<Plan>(json, Plain));
    }

    [Fact]
    public void Every_model_enum_is_its_camelCase_name_without_options()
    {
        AssertCamelCase<FindingSeverity>();
        AssertCamelCase<ParticipationLevel>();
        AssertCamelCase<StakeholderGroup>();
        AssertCamelCase<ChannelKind>();
        AssertCamelCase<ChannelDirection>();
        AssertCamelCase<StepKind>();
        AssertCamelCase<ParticipationPhase>();
    }

    [Theory]
    [InlineData("\"2567Q5\"", "\"2567Q5\" is not a fiscal quarter")]
    [InlineData("2567", "Expected a fiscal quarter as a string such as \"2563Q2\" but found a number.")]
    public void A_bad_quarter_is_a_JsonException_that_says_what_was_expected(string json, string message)
    {
        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FiscalQuarter>(json, Plain));
        Assert.StartsWith(message, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_period_is_a_JsonException_that_names_the_text()
    {
        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FiscalPeriod>("\"2567H3\"", Plain));
        Assert.StartsWith("\"2567H3\" is not a fiscal period: ", thrown.Message, StringComparison.Ordinal);
    }

    [FuzzProperty]
    public bool A_date_is_written_as_NodaTime_Serialization_SystemTextJson_writes_it_and_each_reads_the_other(LocalDate date)
    {
        var ours = JsonSerializer.Serialize(date, Governance);
        var theirs = JsonSerializer.Serialize(date, NodaTimeOptions);
        return ours == theirs
               && JsonSerializer.Deserialize<LocalDate>(theirs, Governance) == date
               && JsonSerializer.Deserialize<LocalDate>(ours, NodaTimeOptions) == date;
    }

    [FuzzProperty]
    public bool Our_types_beside_an_applications_LocalDate_serialize_the_same_with_NodaTimes_converters_or_ours(Measure measure, LocalDate issuedOn, FiscalQuarter quarter)
    {
        var issued = new Issued(issuedOn, quarter.FiscalYear, quarter, measure);

        var withNodaTime = JsonSerializer.Serialize(issued, NodaTimeOptions);
        var withOurs = JsonSerializer.Serialize(issued, Governance);

        using var document = JsonDocument.Parse(withNodaTime);
        var measureIssuedOn = document.RootElement.GetProperty("Measure").TryGetProperty("issuedOn", out var stated) ? stated.GetRawText() : null;
        return withNodaTime == withOurs
               && (measure.IssuedOn is not { } day || measureIssuedOn == JsonSerializer.Serialize(day, NodaTimeOptions))
               && JsonSerializer.Serialize(JsonSerializer.Deserialize<Issued>(withNodaTime, Governance), NodaTimeOptions) == withNodaTime;
    }

    private static void AssertCamelCase<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var json = JsonSerializer.Serialize(value, Plain);
            Assert.Equal($"\"{char.ToLowerInvariant(value.ToString()[0])}{value.ToString()[1..]}\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize<TEnum>(json, Plain));
        }
    }
}
