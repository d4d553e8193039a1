using Participation.Governance.Text;

namespace Participation.Governance.Assessment;

/// <summary>
/// The running totals of a satisfaction survey: one <see cref="SatisfactionAccumulator"/> per question and one over
/// every answer, and the number of respondents. Feeding it rows costs no allocation, so a file of millions of
/// respondents is summarized in memory proportional to the number of questions.
/// </summary>
/// <remarks>
/// A respondent who answered no question is not counted (a blank row is not a respondent). A reversed item (a question
/// worded so that agreeing means being less satisfied) is scored the other way round, 6 − the answer, before it is
/// counted, so its figures and the overall ones read like every other question's.
/// </remarks>
/// <threadsafety>Not thread-safe: give each thread its own tally.</threadsafety>
public sealed class SurveyTally
{
    private readonly SatisfactionAccumulator[] _questions;
    private readonly bool[] _reversed;
    private SatisfactionAccumulator _overall;

    /// <summary>Initializes an empty tally for the given questions.</summary>
    /// <param name="questions">The question names, in column order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="questions"/> or a name is null.</exception>
    public SurveyTally(IEnumerable<string> questions)
        : this(questions, [])
    {
    }

    /// <summary>Initializes an empty tally for the given questions, some of them reversed items.</summary>
    /// <param name="questions">The question names, in column order.</param>
    /// <param name="reversedQuestions">The indexes in <paramref name="questions"/> of the reversed items, scored 6 − the answer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="questions"/>, a name or <paramref name="reversedQuestions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A reversed index is not an index of <paramref name="questions"/>.</exception>
    public SurveyTally(IEnumerable<string> questions, IEnumerable<int> reversedQuestions)
    {
        var names = Preconditions.CheckNotNull(questions).ToArray();
        Preconditions.CheckArgument(names.All(n => n is not null), nameof(questions), "A question name is null.");
        Questions = Array.AsReadOnly(names);
        _questions = new SatisfactionAccumulator[names.Length];
        _reversed = new bool[names.Length];
        foreach (var index in Preconditions.CheckNotNull(reversedQuestions))
        {
            Preconditions.CheckArgumentRange(nameof(reversedQuestions), index, 0, names.Length - 1);
            _reversed[index] = true;
        }
    }

    /// <summary>Gets the question names, in column order.</summary>
    public IReadOnlyList<string> Questions { get; }

    /// <summary>Gets the number of respondents who answered at least one question.</summary>
    public long Respondents { get; private set; }

    /// <summary>Gets the tally of every answer to every question.</summary>
    public SatisfactionAccumulator Overall => _overall;

    /// <summary>Reads a whole response file into a tally, streaming it row by row.</summary>
    /// <param name="input">The CSV text (see <see cref="SurveyResponseReader"/> for the format).</param>
    /// <param name="onProblem">Called for each malformed row, which is then left out; null to ignore them.</param>
    /// <returns>The tally of the well-formed rows, or a failure when the header is missing or unusable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="IOException">The underlying reader failed.</exception>
    public static ParseOutcome<SurveyTally> Read(TextReader input, Action<SurveyRowProblem>? onProblem = null)
    {
        var opened = SurveyResponseReader.Open(input);
        if (!opened.Success)
        {
            return opened.ConvertError<SurveyTally>();
        }

        var reader = opened.Value;
        var tally = new SurveyTally(reader.Questions);
        while (reader.Read())
        {
            if (reader.Problem is { } problem)
            {
                onProblem?.Invoke(new SurveyRowProblem(reader.LineNumber, problem));
            }
            else
            {
                tally.AddRespondent(reader.CurrentAnswers);
            }
        }

        return ParseOutcome<SurveyTally>.ForValue(tally);
    }

    /// <summary>Gets a value indicating whether a question is a reversed item, scored 6 − the answer.</summary>
    /// <param name="question">The question's index in <see cref="Questions"/>.</param>
    /// <returns>True when the question's answers are reversed before they are counted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="question"/> is not an index of <see cref="Questions"/>.</exception>
    public bool IsReversed(int question)
    {
        Preconditions.CheckArgumentRange(nameof(question), question, 0, _questions.Length - 1);
        return _reversed[question];
    }

    /// <summary>Gets the tally of the answers to one question (reversed items already scored 6 − the answer).</summary>
    /// <param name="question">The question's index in <see cref="Questions"/>.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="question"/> is not an index of <see cref="Questions"/>.</exception>
    public SatisfactionAccumulator GetAnswers(int question)
    {
        Preconditions.CheckArgumentRange(nameof(question), question, 0, _questions.Length - 1);
        return _questions[question];
    }

    /// <summary>Adds one respondent's answers.</summary>
    /// <param name="answers">One entry per question in column order (fewer means the rest are unanswered): 1–5 as answered (not yet reversed), or 0 for no answer.</param>
    /// <exception cref="ArgumentException">There are more answers than questions, or an answer is not 0–5; nothing is added.</exception>
    public void AddRespondent(ReadOnlySpan<int> answers)
    {
        if (answers.Length > _questions.Length)
        {
            // Checked without CheckArgument so the message is built only on failure: this runs once per respondent.
            Preconditions.ThrowArgument(nameof(answers), $"There are {answers.Length} answers for {_questions.Length} questions.");
        }

        var answered = false;
        for (var i = 0; i < answers.Length; i++)
        {
            if ((uint)answers[i] > 5u)
            {
                Preconditions.ThrowArgument(nameof(answers), $"The answer to question {i + 1} ({Questions[i]}) is {answers[i]}; expected 1–5, or 0 for no answer.");
            }

            answered |= answers[i] != 0;
        }

        if (!answered)
        {
            return;
        }

        Respondents++;
        for (var i = 0; i < answers.Length; i++)
        {
            if (answers[i] != 0)
            {
                var score = _reversed[i] ? 6 - answers[i] : answers[i];
                _questions[i].Add(score);
                _overall.Add(score);
            }
        }
    }

    /// <summary>Summarizes every question and all answers together.</summary>
    /// <param name="scheme">The band scheme to read the means through.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public SurveyReport Summarize(SatisfactionBandScheme scheme) => Summarize(scheme, null);

    /// <summary>Summarizes every question and all answers together, and the same for each group of respondents.</summary>
    /// <param name="scheme">The band scheme to read the means through.</param>
    /// <param name="breakdownColumn">The column the respondents were grouped by, e.g. เพศ.</param>
    /// <param name="groups">
    /// Each group's value (empty for respondents who left the column blank) and tally, in the order to report them; every
    /// tally has this tally's questions and reversed items, and together they hold this tally's respondents.
    /// </param>
    /// <returns>The report, with its <see cref="SurveyReport.Breakdown"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument, a group value or a group tally is null.</exception>
    /// <exception cref="ArgumentException">A group's questions or reversed items differ from this tally's, a value repeats, or the groups' respondents do not add up to this tally's.</exception>
    public SurveyReport Summarize(SatisfactionBandScheme scheme, string breakdownColumn, IEnumerable<KeyValuePair<string, SurveyTally>> groups)
    {
        Preconditions.CheckNotNull(scheme);
        Preconditions.CheckNotNull(breakdownColumn);
        var reports = new List<SurveyGroup>();
        var values = new HashSet<string>(StringComparer.Ordinal);
        var respondents = 0L;
        foreach (var group in Preconditions.CheckNotNull(groups))
        {
            var value = Preconditions.CheckNotNull(group.Key, nameof(groups));
            var tally = Preconditions.CheckNotNull(group.Value, nameof(groups));
            Preconditions.CheckArgument(values.Add(value), nameof(groups), $"The group \"{value}\" appears twice.");
            Preconditions.CheckArgument(
                tally.Questions.SequenceEqual(Questions, StringComparer.Ordinal) && tally._reversed.AsSpan().SequenceEqual(_reversed),
                nameof(groups),
                $"The group \"{value}\" has other questions or reversed items than the whole survey.");
            respondents += tally.Respondents;
            reports.Add(new SurveyGroup(value, tally.Summarize(scheme)));
        }

        Preconditions.CheckArgument(respondents == Respondents, nameof(groups), $"The groups hold {respondents} respondents; the whole survey has {Respondents}.");
        return Summarize(scheme, new SurveyBreakdown(breakdownColumn, reports.ToArray()));
    }

    private SurveyReport Summarize(SatisfactionBandScheme scheme, SurveyBreakdown? breakdown)
    {
        Preconditions.CheckNotNull(scheme);
        var summaries = new SurveySummary[_questions.Length];
        for (var i = 0; i < summaries.Length; i++)
        {
            summaries[i] = new SurveySummary(Questions[i], _questions[i], scheme, _reversed[i]);
        }

        return new SurveyReport(Respondents, summaries, _overall.Summarize(SurveyReport.OverallName, scheme), scheme, breakdown);
    }
}
