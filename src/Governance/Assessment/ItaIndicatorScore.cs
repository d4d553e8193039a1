namespace Participation.Governance.Assessment;

/// <summary>The score (0–100) an agency received on one ITA indicator.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Score">The score as given, 0–100, not rounded.</param>
/// <remarks>Equality is by indicator and score value.</remarks>
public readonly record struct ItaIndicatorScore(ItaIndicator Indicator, decimal Score);
