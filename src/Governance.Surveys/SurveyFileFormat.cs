namespace Participation.Governance.Surveys;

/// <summary>The kind of file responses come in.</summary>
public enum SurveyFileFormat
{
    /// <summary>Told from the bytes: a zip archive is an .xlsx workbook, anything else is read as CSV text.</summary>
    Detect = 0,

    /// <summary>CSV text in UTF-8 (with or without a byte-order mark), UTF-16 or Windows-874 / TIS-620.</summary>
    Csv = 1,

    /// <summary>An Excel workbook (.xlsx), as Microsoft Forms and Excel save it.</summary>
    Xlsx = 2,
}
