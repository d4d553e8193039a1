namespace Participation.Governance.Assessment;

/// <summary>
/// The one rounding rule assessment results use: two decimals, half away from zero, as reports print
/// them. Applied once, to the final figure, never to intermediate sums, so that rounding errors do not
/// accumulate.
/// </summary>
internal static class ScoreRounding
{
    /// <summary>Rounds to two decimals, half away from zero (84.995 → 85.00, 4.505 → 4.51).</summary>
    internal static decimal ToHundredths(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
