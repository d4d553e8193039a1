namespace Participation.Governance.Assessment;

/// <summary>
/// A survey's figures broken down by a column that is not a question, such as เพศ or สถานภาพ: one
/// <see cref="SurveyReport"/> per value respondents gave in that column, as agencies' reports show them side by side.
/// </summary>
/// <remarks>
/// The groups partition the respondents: every respondent of the whole report is in exactly one group, those who left the
/// column blank in the group whose <see cref="SurveyGroup.Value"/> is empty.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SurveyBreakdown
{
    internal SurveyBreakdown(string column, SurveyGroup[] groups)
    {
        Column = column;
        Groups = Array.AsReadOnly(groups);
    }

    /// <summary>Gets the column the respondents were grouped by, as its header names it.</summary>
    public string Column { get; }

    /// <summary>Gets the groups, in the order their values first appear in the file.</summary>
    public IReadOnlyList<SurveyGroup> Groups { get; }
}
