using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO calendar date string, <c>"yyyy-MM-dd"</c>.</summary>
/// <remarks>
/// Reading accepts exactly that form (e.g. <c>"2023-10-15"</c>) and throws <see cref="JsonException"/> for anything
/// else, including a date that does not exist. A date in another NodaTime calendar is written as its ISO equivalent.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string holding a valid yyyy-MM-dd date.</exception>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string in the form yyyy-MM-dd but found {Describe.Token(reader.TokenType)}.");
        }

        var text = JsonTextCheck.GetString(ref reader);
        var result = LocalDatePattern.Iso.Parse(text);
        // NodaTime's ISO pattern is lenient about digit counts; the format is exactly four-digit year, two-digit month and day.
        if (!result.Success || !(text.Length == 10 || (text.Length == 11 && text[0] == '-')))
        {
            throw new JsonException($"{TextExcerpt.Quote(text)} is not a date in the form yyyy-MM-dd.");
        }

        return result.Value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[10];
        var date = value.Calendar == CalendarSystem.Iso ? value : value.WithCalendar(CalendarSystem.Iso);
        if (date.Year is < 0 or > 9999)
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(date));
            return;
        }

        WriteDigits(buffer.Slice(0, 4), date.Year);
        buffer[4] = '-';
        WriteDigits(buffer.Slice(5, 2), date.Month);
        buffer[7] = '-';
        WriteDigits(buffer.Slice(8, 2), date.Day);
        writer.WriteStringValue(buffer);
    }

    private static void WriteDigits(Span<char> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
