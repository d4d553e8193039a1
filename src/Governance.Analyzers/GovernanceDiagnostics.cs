using Microsoft.CodeAnalysis;
using Participation.Governance.Rules;

namespace Participation.Governance.Analyzers;

/// <summary>
/// The one descriptor of each analyzer rule. IDs, titles and messages come from <see cref="GovernanceRuleText"/>,
/// the source file the runtime validation also compiles, so a diagnostic and a runtime finding say the same thing.
/// </summary>
internal static class GovernanceDiagnostics
{
    /// <summary>The category every GOV rule reports under (also the category in AnalyzerReleases.*.md).</summary>
    public const string Category = "Governance";

    /// <summary>GOV001: a measure with no route for people's views (no inbound channel, no step that hears them).</summary>
    public static readonly DiagnosticDescriptor NoFeedbackChannel = new(
        GovernanceRuleText.NoFeedbackChannelId,
        GovernanceRuleText.NoFeedbackChannelTitle,
        GovernanceRuleText.NoFeedbackChannelMessage,
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: GovernanceRuleText.NoFeedbackChannelMessageThai + ".",
        helpLinkUri: GovernanceRuleText.HelpLink(GovernanceRuleText.NoFeedbackChannelId));

    /// <summary>GOV002: a measure with no satisfaction-assessment step.</summary>
    public static readonly DiagnosticDescriptor NoSatisfactionAssessment = new(
        GovernanceRuleText.NoSatisfactionAssessmentId,
        GovernanceRuleText.NoSatisfactionAssessmentTitle,
        GovernanceRuleText.NoSatisfactionAssessmentMessage,
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: GovernanceRuleText.NoSatisfactionAssessmentMessageThai + ".",
        helpLinkUri: GovernanceRuleText.HelpLink(GovernanceRuleText.NoSatisfactionAssessmentId));

    /// <summary>GOV003: a Buddhist-Era year where a Gregorian year is expected. Arguments: the year, its CE value.</summary>
    public static readonly DiagnosticDescriptor BuddhistYearAsGregorian = new(
        GovernanceRuleText.BuddhistYearAsGregorianId,
        GovernanceRuleText.BuddhistYearAsGregorianTitle,
        GovernanceRuleText.BuddhistYearAsGregorianMessage,
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A constant year from 2400 to 2700 (other than the century values 24/25/26/27 00 and 99 that code uses as sentinels) given where a Gregorian year is certainly expected is a Buddhist-Era year (พ.ศ.) that should be 543 less.",
        helpLinkUri: GovernanceRuleText.HelpLink(GovernanceRuleText.BuddhistYearAsGregorianId));

    /// <summary>GOV005 (info): a measure with a route for people's views but no named inbound channel.</summary>
    public static readonly DiagnosticDescriptor UnnamedFeedbackChannels = new(
        GovernanceRuleText.UnnamedFeedbackChannelsId,
        GovernanceRuleText.UnnamedFeedbackChannelsTitle,
        GovernanceRuleText.UnnamedFeedbackChannelsMessage,
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: GovernanceRuleText.UnnamedFeedbackChannelsMessageThai + ".",
        helpLinkUri: GovernanceRuleText.HelpLink(GovernanceRuleText.UnnamedFeedbackChannelsId));

    /// <summary>The difference between a Buddhist-Era year and the Gregorian year it stands for.</summary>
    public const int BuddhistEraOffset = Participation.Governance.Calendar.EraOffsets.BuddhistEra;

    /// <summary>The smallest year GOV003 treats as Buddhist-Era (CE 1857): Rattanakosin-era records and later.</summary>
    public const int SmallestBuddhistYear = 2400;

    /// <summary>The largest year GOV003 treats as Buddhist-Era (CE 2157): past any plan application code makes.</summary>
    public const int LargestBuddhistYear = 2700;

    /// <summary>The diagnostic property naming how a GOV001/GOV002/GOV005 measure was written (see <see cref="MeasureForm"/>).</summary>
    public const string FormProperty = "MeasureForm";
}

/// <summary>How the measure a GOV001/GOV002/GOV005 diagnostic points at was written; tells the code fix what to edit.</summary>
internal static class MeasureForm
{
    /// <summary>The diagnostic is on the name of a <c>Build()</c> / <c>TryBuild(…)</c> call.</summary>
    public const string BuilderCall = "BuilderCall";

    /// <summary>The diagnostic is on the <c>new Measure</c> of a constructor or object-initializer creation.</summary>
    public const string Creation = "Creation";
}
