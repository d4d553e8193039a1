using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.Governance.Calendar;

namespace Participation.Governance.Serialization;

/// <summary>Reads and writes a <see cref="ThaiFiscalYear"/> as its Buddhist-Era number, e.g. <c>2567</c>.</summary>
/// <remarks>
/// Reading throws <see cref="JsonException"/> for anything but an integer from <see cref="ThaiFiscalYear.MinBuddhistYear"/>
/// to <see cref="ThaiFiscalYear.MaxBuddhistYear"/>.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class ThaiFiscalYearJsonConverter : JsonConverter<ThaiFiscalYear>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not an integer naming a supported fiscal year.</exception>
    public override ThaiFiscalYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var year))
        {
            var found = reader.TokenType == JsonTokenType.Number ? "a number that is not an integer" : Describe.Token(reader.TokenType);
            throw new JsonException($"Expected a fiscal year as a Buddhist-Era integer (e.g. 2567) but found {found}.");
        }

        if (year < ThaiFiscalYear.MinBuddhistYear || year > ThaiFiscalYear.MaxBuddhistYear)
        {
            throw new JsonException(FiscalCalendar.DescribeUnsupportedFiscalYear(year));
        }

        return new ThaiFiscalYear((int)year);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ThaiFiscalYear value, JsonSerializerOptions options)
        => writer.WriteNumberValue(value.BuddhistYear);
}
