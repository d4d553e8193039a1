using Participation.Governance.Text;

namespace Participation.Governance.Assessment;

/// <summary>
/// The running totals of a satisfaction survey: one <see cref="SatisfactionAccumulator"/> per question and one over
/// every answer, and the number of respondents. Feeding it rows costs no allocation, so a file of millions of
/// respondents is summarized in memory proportional to the number of questions.
/// </summary>
/// <remarks>A respondent who answered no question is not counted (a blank row is not a respondent).</remarks>
/// <threadsafety>Not thread-safe: give each thread its own tally.</threadsafety>
public sealed class SurveyTally
{
    private readonly SatisfactionAccumulator[] _questions;
    private SatisfactionAccumulator _overall;

    /// <summary>Initializes an empty tally for the given questions.</summary>
    /// <param name="questions">The question names, in column order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="questions"/> or a name is null.</exception>
    public SurveyTally(IEnumerable<string> questions)
    {
        var names = Preconditions.CheckNotNull(questions).ToArray();
        Preconditions.CheckArgument(names.All(n => n is not null), nameof(questions), "A question name is null.");
        Questions = Array.AsReadOnly(names);
        _questions = new SatisfactionAccumulator[names.Length];
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

    /// <summary>Gets the tally of the answers to one question.</summary>
    /// <param name="question">The question's index in <see cref="Questions"/>.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="question"/> is not an index of <see cref="Questions"/>.</exception>
    public SatisfactionAccumulator GetAnswers(int question)
    {
        Preconditions.CheckArgumentRange(nameof(question), question, 0, _questions.Length - 1);
        return _questions[question];
    }

    /// <summary>Adds one respondent's answers.</summary>
    /// <param name="answers">One entry per question in column order (fewer means the rest are unanswered): 1–5, or 0 for no answer.</param>
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
                _questions[i].Add(answers[i]);
                _overall.Add(answers[i]);
            }
        }
    }

    /// <summary>Summarizes every question and all answers together.</summary>
    /// <param name="scheme">The band scheme to read the means through.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public SurveyReport Summarize(SatisfactionBandScheme scheme)
    {
        Preconditions.CheckNotNull(scheme);
        var summaries = new SurveySummary[_questions.Length];
        for (var i = 0; i < summaries.Length; i++)
        {
            summaries[i] = _questions[i].Summarize(Questions[i], scheme);
        }

        return new SurveyReport(Respondents, summaries, _overall.Summarize(SurveyReport.OverallName, scheme), scheme);
    }
}
