namespace Participation.Governance.Assessment;

/// <summary>The respondents who gave one value in a <see cref="SurveyBreakdown"/>'s column, and their figures.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SurveyGroup
{
    internal SurveyGroup(string value, SurveyReport report)
    {
        Value = value;
        Report = report;
    }

    /// <summary>Gets the value the group's respondents gave, e.g. หญิง; empty for those who left the column blank.</summary>
    public string Value { get; }

    /// <summary>Gets the group's figures: its respondents, each question and all its answers together (its own <see cref="SurveyReport.Breakdown"/> is null).</summary>
    public SurveyReport Report { get; }

    /// <summary>Returns the value and the number of respondents, e.g. <c>หญิง: 38 respondents</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{(Value.Length == 0 ? "(blank)" : Value)}: {Report.Respondents} respondents";
}
