namespace Participation.Governance.Assessment;

/// <summary>A row of a survey response file that could not be read, and why.</summary>
/// <param name="LineNumber">The 1-based line on which the row starts (the header is line 1).</param>
/// <param name="Message">What was expected and what was found, e.g. <c>column 3 (Q3): expected an answer 1–5 or an empty cell, found "6"</c>.</param>
public readonly record struct SurveyRowProblem(long LineNumber, string Message)
{
    /// <summary>Returns the line number and message, e.g. <c>line 5: column 3 (Q3): …</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => $"line {LineNumber}: {Message}";
}
