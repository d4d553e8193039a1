using Participation.Governance.Announcements.Compliance;
using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Tests;

/// <summary>Short ways for tests to ask what a report says of a document.</summary>
internal static class DocumentTestExtensions
{
    public static IReadOnlyList<Finding> Findings(this OfficialDocument document) => CheckedDocument.ForDocument(document).Findings;

    public static bool IsCompliant(this OfficialDocument document) => CheckedDocument.ForDocument(document).Verdict == ComplianceVerdict.Compliant;

    public static IEnumerable<ParticipationPhase> Phases(this Measure measure) => measure.Steps.SelectMany(s => s.Phases).Distinct().Order();

    public static int LineOf(this OfficialDocument document, FactKind kind) => document.Facts.First(f => f.Kind == kind).Line;
}
