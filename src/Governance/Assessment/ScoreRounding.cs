namespace Participation.Governance.Assessment;

/// <summary>
/// The one rounding rule assessment results use: two decimals, half away from zero, as reports print
/// them. Applied once, to the final figure, never to intermediate sums, so that rounding errors do not
/// accumulate. Satisfaction bands are read from the mean rounded this way, so a printed mean and its band always agree.
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ScoreRounding
{
    /// <summary>Rounds to two decimals, half away from zero (84.995 → 85.00, 4.505 → 4.51).</summary>
    /// <param name="value">The exact figure.</param>
    /// <returns>The figure as reports print it.</returns>
    public static decimal ToHundredths(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds to two decimals, half away from zero; null stays null (an undefined figure, such as the mean of no answers).</summary>
    /// <param name="value">The exact figure, or null.</param>
    /// <returns>The figure as reports print it, or null.</returns>
    public static decimal? ToHundredths(decimal? value) => value is { } v ? ToHundredths(v) : null;
}
