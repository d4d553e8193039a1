namespace Participation.Governance.Surveys;

/// <summary>
/// Which columns of a response file are the questions, which column to break the figures down by, and which questions are
/// reversed items. With no questions named, they are recognised: every column whose header is not a timestamp, e-mail,
/// identity, score or demographic one and whose cells are answers on the 1–5 scale.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SurveyColumnMapping
{
    private SurveyColumnMapping(IReadOnlyList<SurveyColumnSelector> questions, SurveyColumnSelector? breakdown, IReadOnlyList<SurveyColumnSelector> reversed)
    {
        Questions = questions;
        BreakdownColumn = breakdown;
        ReversedQuestions = reversed;
    }

    /// <summary>Gets the mapping that recognises the questions, breaks nothing down and reverses nothing.</summary>
    public static SurveyColumnMapping Recognised { get; } = new([], null, []);

    /// <summary>Gets the question columns, in the order to report them; empty to recognise them.</summary>
    public IReadOnlyList<SurveyColumnSelector> Questions { get; }

    /// <summary>Gets the column whose values group the respondents (เพศ, สถานภาพ …), or null for no breakdown.</summary>
    public SurveyColumnSelector? BreakdownColumn { get; }

    /// <summary>Gets the reversed items among the questions, scored 6 − the answer.</summary>
    public IReadOnlyList<SurveyColumnSelector> ReversedQuestions { get; }

    /// <summary>Returns a mapping with these question columns (none: recognise them).</summary>
    /// <param name="questions">The question columns, in the order to report them.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="questions"/> or an element is null.</exception>
    public SurveyColumnMapping WithQuestions(IEnumerable<SurveyColumnSelector> questions)
        => new(Checked(questions, nameof(questions)), BreakdownColumn, ReversedQuestions);

    /// <summary>Returns a mapping that breaks the figures down by a column (null: no breakdown).</summary>
    /// <param name="column">The column.</param>
    /// <returns>The new mapping.</returns>
    public SurveyColumnMapping WithBreakdown(SurveyColumnSelector? column) => new(Questions, column, ReversedQuestions);

    /// <summary>Returns a mapping with these reversed items.</summary>
    /// <param name="questions">The reversed questions; each must be among the questions.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="questions"/> or an element is null.</exception>
    public SurveyColumnMapping WithReversed(IEnumerable<SurveyColumnSelector> questions)
        => new(Questions, BreakdownColumn, Checked(questions, nameof(questions)));

    private static IReadOnlyList<SurveyColumnSelector> Checked(IEnumerable<SurveyColumnSelector> selectors, string paramName)
    {
        var list = Preconditions.CheckNotNull(selectors, paramName).ToArray();
        Preconditions.CheckArgument(list.All(s => s is not null), paramName, "A column selector is null.");
        return Array.AsReadOnly(list);
    }
}
