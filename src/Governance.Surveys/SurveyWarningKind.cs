namespace Participation.Governance.Surveys;

/// <summary>What a <see cref="SurveyWarning"/> is about.</summary>
public enum SurveyWarningKind
{
    /// <summary>Which columns were taken as questions, and which were left out and why (timestamp, e-mail, demographic, not answers on the scale).</summary>
    ColumnsLeftOut = 0,

    /// <summary>A column whose cells are answers on the scale in some rows but not in enough of them to call it a question; it was left out.</summary>
    UncertainColumn = 1,

    /// <summary>Rows above the header that were taken for a title and skipped.</summary>
    RowsAboveHeader = 2,

    /// <summary>Rows with no text in any cell; they are not respondents.</summary>
    BlankRows = 3,

    /// <summary>Rows with text but no answer to any question (e.g. only a timestamp); they are not respondents.</summary>
    RowsWithoutAnswers = 4,

    /// <summary>Rows that could not be read (a stray or unclosed quote, an overlong cell); they were left out.</summary>
    MalformedRows = 5,

    /// <summary>Rows with text in cells past the last column the header names; that text was left out.</summary>
    CellsBeyondHeader = 6,

    /// <summary>Answers to a question that are not on the 1–5 scale (6, 0, other words …); they were left out.</summary>
    AnswersOffScale = 7,

    /// <summary>A question whose answers are written in more than one way (numbers and words); all were counted.</summary>
    MixedWordsAndNumbers = 8,

    /// <summary>An option that does not apply to the file, such as a sheet named for a CSV file.</summary>
    OptionIgnored = 9,

    /// <summary>A column taken as a question although no one answered it in the first rows (an optional question); reported with n = 0.</summary>
    QuestionWithoutAnswers = 10,
}
