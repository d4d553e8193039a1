using System.Text.Json;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Fuzz;

/// <summary>
/// Read → write → read equality for every JSON converter of the library, through an application's own serializer
/// options, and the same through the mutations the fuzz suite makes of measure documents.
/// </summary>
public class JsonConverterRoundTripTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().AddGovernanceConverters();

    [FuzzProperty]
    public bool LocalDates_RoundTrip(LocalDate date) => RoundTrips(date);

    [FuzzProperty]
    public bool FiscalYears_RoundTrip(ThaiFiscalYear year) => RoundTrips(year);

    [FuzzProperty]
    public bool Measures_RoundTripThroughTheSerializer(Measure measure) => RoundTrips(measure);

    [FuzzProperty]
    public bool Findings_RoundTrip(Measure measure)
        => measure.Validate().All(RoundTrips) && RoundTrips(measure.Validate().ToArray());

    [FuzzProperty]
    public bool EnumValues_RoundTrip(byte kind, byte level, byte step)
    {
        var kinds = Enum.GetValues<ChannelKind>();
        var levels = Enum.GetValues<ParticipationLevel>();
        var steps = Enum.GetValues<StepKind>();
        return RoundTrips(kinds[kind % kinds.Length]) && RoundTrips(levels[level % levels.Length]) && RoundTrips(steps[step % steps.Length]);
    }

    private static bool RoundTrips<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, Options);
        var read = JsonSerializer.Deserialize<T>(json, Options)!;
        var equal = EqualityComparer<T>.Default.Equals(read, value)
                    || (read is System.Collections.IEnumerable a && value is System.Collections.IEnumerable b && a.Cast<object>().SequenceEqual(b.Cast<object>()));
        return equal && JsonSerializer.Serialize(read, Options) == json;
    }
}
