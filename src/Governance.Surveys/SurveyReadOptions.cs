using Participation.Governance.Assessment;

namespace Participation.Governance.Surveys;

/// <summary>How to read a response file: its format, which sheet of a workbook, the band scheme.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SurveyReadOptions
{
    /// <summary>The most groups a breakdown may have: a column with more values is not a column of categories.</summary>
    public const int MaxGroups = 100;

    /// <summary>Gets the default options: format told from the bytes, the first sheet, the 0.5-wide band scheme.</summary>
    public static SurveyReadOptions Default { get; } = new();

    /// <summary>Gets the file's format; <see cref="SurveyFileFormat.Detect"/> (the default) tells it from the bytes.</summary>
    public SurveyFileFormat Format { get; init; }

    /// <summary>Gets the worksheet of a workbook to read, by name or 1-based number; null (the default) for the first.</summary>
    public string? Sheet { get; init; }

    /// <summary>Gets the band scheme the means are read through; <see cref="SatisfactionBandScheme.HalfPoint"/> by default.</summary>
    public SatisfactionBandScheme Scheme { get; init; } = SatisfactionBandScheme.HalfPoint;
}
