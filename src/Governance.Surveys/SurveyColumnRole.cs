namespace Participation.Governance.Surveys;

/// <summary>What a column of a response file holds, as the reader recognised it.</summary>
public enum SurveyColumnRole
{
    /// <summary>Answers to a question on the five-point scale.</summary>
    Question = 0,

    /// <summary>When the response was made: Google Forms' Timestamp (ประทับเวลา), Microsoft Forms' Start time and Completion time.</summary>
    Timestamp = 1,

    /// <summary>The respondent's e-mail address.</summary>
    Email = 2,

    /// <summary>Who or which response it is: an ID, a name, a running number.</summary>
    Identity = 3,

    /// <summary>About the respondent: เพศ, อายุ, สถานภาพ, อาชีพ, การศึกษา …; never a question, though it may be coded 1–5.</summary>
    Demographic = 4,

    /// <summary>A quiz score Google Forms adds.</summary>
    Score = 5,

    /// <summary>Anything else whose cells are not answers on the scale: comments, suggestions, choices of other kinds.</summary>
    Other = 6,

    /// <summary>The column the figures are broken down by.</summary>
    Breakdown = 7,

    /// <summary>Free-text comments and suggestions (ข้อเสนอแนะ, ความคิดเห็น), left out even when no one wrote any.</summary>
    Comment = 8,
}
