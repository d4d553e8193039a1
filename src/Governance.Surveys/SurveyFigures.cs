using System.Globalization;
using Participation.Governance.Assessment;

namespace Participation.Governance.Surveys;

/// <summary>How every report prints a figure: rounded once by <see cref="ScoreRounding"/>, two decimals, invariant digits.</summary>
internal static class SurveyFigures
{
    /// <summary>The five answer levels as Thai forms print them, 1 (index 0) to 5.</summary>
    public static readonly string[] LevelLabels = ["น้อยที่สุด", "น้อย", "ปานกลาง", "มาก", "มากที่สุด"];

    /// <summary>A figure with two decimals, or <paramref name="undefined"/> when there is none (no answers, or the S.D. of one).</summary>
    public static string Figure(decimal? value, string undefined = "-")
        => ScoreRounding.ToHundredths(value) is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : undefined;

    /// <summary>A count.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a report calls the group of respondents who left the breakdown column blank.</summary>
    public static string GroupName(SurveyGroup group, string blank) => group.Value.Length == 0 ? blank : group.Value;
}
