namespace Participation.Governance.Testing.Generators;

/// <summary>Generators for numbers as Thai documents hold them: integers of every size and amounts of money.</summary>
public static class AmountGenerators
{
    // Integer is declared first: Baht draws from it, and static initializers run in order.

    /// <summary>Any <see cref="long"/>, small values and the range's ends over-represented.</summary>
    public static Gen<long> Integer { get; } = Gen.Frequency(new[]
    {
        (5, Gen.Choose(-1000, 1_000_000).Select(n => (long)n)),
        (5, Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(0, int.MaxValue)).Select(t => ((long)t.Item1 << 31) ^ t.Item2)),
        (1, Gen.Elements(0L, 1L, 11L, 21L, 101L, 1_000_001L, 21_000_000L, 101_000_000L, long.MaxValue, long.MinValue, long.MinValue + 1)),
    });

    /// <summary>
    /// An amount of baht: mostly whole satang, some with a third decimal (to exercise rounding half away from zero),
    /// negative ones, zero, and the largest amounts the words can name.
    /// </summary>
    public static Gen<decimal> Baht { get; } = Gen.Frequency(new[]
    {
        (6, Gen.Choose(0, 1_000_000).Zip(Gen.Choose(0, 99)).Select(t => t.Item1 + (t.Item2 / 100m))),
        (3, Gen.Choose(-1_000_000, 1_000_000).Zip(Gen.Choose(0, 999)).Select(t => t.Item1 + (Math.Sign(t.Item1 == 0 ? 1 : t.Item1) * t.Item2 / 1000m))),
        (2, Integer.Select(n => (decimal)n)),
        (1, Gen.Elements(0m, 0.005m, -0.005m, 0.25m, 2.675m, 0.125m, 121.50m, -11.25m, 100m, 999_999_999_999.99m)),
    });
}
