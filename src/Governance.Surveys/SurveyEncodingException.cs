namespace Participation.Governance.Surveys;

/// <summary>Raised inside the reader when bytes past the start of a CSV file are not in the encoding the start is in; it never leaves the package.</summary>
internal sealed class SurveyEncodingException(string message) : IOException(message);
