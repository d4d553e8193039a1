using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Announcements.Reading;

/// <summary>What <see cref="ClauseRecognizer"/> found in one document, each thing with the fact that says where.</summary>
internal sealed class Recognition
{
    public ThaiFiscalYear? FiscalYear { get; private set; }

    public SortedSet<ParticipationLevel> Levels { get; } = [];

    public List<(FeedbackChannel Channel, int Line)> Channels { get; } = [];

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

    public void AddLevel(ParticipationLevel level, int line, string phrase)
    {
        Levels.Add(level);
        Facts.Add(new DocumentFact(FactKind.Level, CamelCaseEnumJsonConverter<ParticipationLevel>.GetName(level), line, phrase));
    }

    public void AddChannel(FeedbackChannel channel, int line, string phrase, string? note)
    {
        Channels.Add((channel, line));
        Facts.Add(new DocumentFact(
            channel.IsInbound ? FactKind.FeedbackChannel : FactKind.PublishingChannel,
            CamelCaseEnumJsonConverter<ChannelKind>.GetName(channel.Kind),
            line,
            phrase,
            note));
    }

    public void AddStep(MeasureStep step, int line)
    {
        Steps.Add(step);
        Facts.Add(new DocumentFact(FactKind.Step, CamelCaseEnumJsonConverter<StepKind>.GetName(step.Kind), line, step.Description));
    }

    public void AddPhase(ParticipationPhase phase, int line, string phrase)
        => Facts.Add(new DocumentFact(FactKind.Phase, CamelCaseEnumJsonConverter<ParticipationPhase>.GetName(phase), line, phrase));

    public void AddQuarter(int quarter, int line, string phrase)
    {
        Quarters.Add(quarter);
        Facts.Add(new DocumentFact(FactKind.ReportingQuarter, quarter.ToString(System.Globalization.CultureInfo.InvariantCulture), line, phrase));
    }

    public void AddLegalBasis(string basis, int line)
    {
        if (LegalBasisSet.Add(basis))
        {
            LegalBases.Add(basis);
            Facts.Add(new DocumentFact(FactKind.LegalBasis, basis, line, basis));
        }
    }
}
