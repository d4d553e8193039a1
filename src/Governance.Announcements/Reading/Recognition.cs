using Participation.Governance.Calendar;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Reading;

/// <summary>What <see cref="ClauseRecognizer"/> found in one document, with the lines it found things on.</summary>
internal sealed class Recognition
{
    public ThaiFiscalYear? FiscalYear { get; set; }

    public SortedSet<ParticipationLevel> Levels { get; } = [];

    public List<(FeedbackChannel Channel, int Line)> Channels { get; } = [];

    public List<MeasureStep> Steps { get; } = [];

    public int? SatisfactionLine { get; set; }

    public SortedSet<ParticipationPhase> Phases { get; } = [];

    public SortedSet<int> Quarters { get; } = [];

    public int? QuarterLine { get; set; }

    public List<string> LegalBases { get; } = [];

    public HashSet<string> LegalBasisSet { get; } = new(StringComparer.Ordinal);
}
