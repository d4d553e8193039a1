using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Announcements.Reading;

/// <summary>What <see cref="ClauseRecognizer"/> found in one document, each thing with the fact that says where.</summary>
internal sealed class Recognition
{
    public ThaiFiscalYear? FiscalYear { get; private set; }

    public SortedSet<ParticipationLevel> Levels { get; } = [];

    /// <summary>The first mention of each kind and direction of channel: where the channel is promised.</summary>
    private readonly Dictionary<(ChannelKind, ChannelDirection), (FeedbackChannel Channel, int Line, int Order)> _channels = [];

    /// <summary>Gets the channels in document order, each kind and direction once, with the line of its first mention.</summary>
    public IEnumerable<(FeedbackChannel Channel, int Line)> Channels
        => _channels.Values.OrderBy(c => c.Line).ThenBy(c => c.Order).Select(c => (c.Channel, c.Line));

    public List<MeasureStep> Steps { get; } = [];

    public SortedSet<int> Quarters { get; } = [];

    public List<string> LegalBases { get; } = [];

    public List<DocumentFact> Facts { get; } = [];

    private HashSet<string> LegalBasisSet { get; } = new(StringComparer.Ordinal);


    public void SetFiscalYear(ThaiFiscalYear year, int line, string phrase)
    {
        FiscalYear = year;
        Facts.Add(new DocumentFact(FactKind.FiscalYear, year.BuddhistYear.ToString(System.Globalization.CultureInfo.InvariantCulture), line, phrase));
    }

    public void AddLevel(ParticipationLevel level, int line, string phrase, FactReading reading, string? readAs)
    {
        Levels.Add(level);
        AddFact(FactKind.Level, CamelCaseEnumJsonConverter<ParticipationLevel>.GetName(level), line, phrase, reading, readAs);
    }

    public void AddChannel(ChannelKind kind, ChannelDirection direction, string? detail, int line, string phrase, FactReading reading, string? readAs)
    {
        if (!_channels.TryGetValue((kind, direction), out var first) || line < first.Line)
        {
            _channels[(kind, direction)] = (new FeedbackChannel(kind, direction, detail), line, _channels.Count);
        }

        AddFact(direction == ChannelDirection.Inbound ? FactKind.FeedbackChannel : FactKind.PublishingChannel, CamelCaseEnumJsonConverter<ChannelKind>.GetName(kind), line, phrase, reading, readAs);
    }

    public void AddStep(MeasureStep step, int line, FactReading reading, string? readAs)
    {
        Steps.Add(step);
        AddFact(FactKind.Step, CamelCaseEnumJsonConverter<StepKind>.GetName(step.Kind), line, step.Description, reading, readAs);
    }

    public void AddPhase(ParticipationPhase phase, int line, string phrase, FactReading reading, string? readAs)
        => AddFact(FactKind.Phase, CamelCaseEnumJsonConverter<ParticipationPhase>.GetName(phase), line, phrase, reading, readAs);

    public void AddQuarter(int quarter, int line, string phrase)
    {
        Quarters.Add(quarter);
        AddFact(FactKind.ReportingQuarter, quarter.ToString(System.Globalization.CultureInfo.InvariantCulture), line, phrase, FactReading.Plain, null);
    }

    public void AddLegalBasis(string basis, int line)
    {
        if (LegalBasisSet.Add(basis))
        {
            LegalBases.Add(basis);
            Facts.Add(new DocumentFact(FactKind.LegalBasis, basis, line, basis));
        }
    }

    /// <summary>Whether a fact of this kind and value was already added for the line (see <see cref="AddFact"/>).</summary>
    public bool HasFact(FactKind kind, string value, int line)
    {
        for (var i = Facts.Count - 1; i >= 0 && Facts[i].Line == line; i--)
        {
            if (Facts[i].Kind == kind && string.Equals(Facts[i].Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds a fact once per kind, value and line: a clause that names a channel a thousand times says it once. A line's
    /// facts are added together (its own, then, after the clauses nested in it, its routes and steps, which are of other
    /// kinds), so looking back over the facts of the same line finds any repeat.
    /// </summary>
    private void AddFact(FactKind kind, string value, int line, string phrase, FactReading reading, string? readAs)
    {
        if (!HasFact(kind, value, line))
        {
            Facts.Add(new DocumentFact(kind, value, line, phrase, reading, readAs));
        }
    }
}
