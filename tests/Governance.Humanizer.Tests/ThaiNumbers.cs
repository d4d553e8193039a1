using FSharpGen = FsCheck.FSharp.Gen;

namespace Participation.Governance.Humanizer.Tests;

/// <summary>
/// FsCheck arbitraries for numbers across the whole range: FsCheck's own draw mostly small numbers, while Thai words
/// change with every six-digit group (ล้าน, ล้านล้าน, …) and with the sign.
/// </summary>
public static class ThaiNumbers
{
    private static readonly long[] Edges = [0, 1, -1, 8, 11, 21, 101, 1_000_001, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue];

    /// <summary>Edge values, and numbers of every length from 1 to 19 digits with either sign, equally often.</summary>
    public static Arbitrary<long> Numbers() =>
        Gen.OneOf(Gen.Elements(Edges), OfLength(maxDigits: 19, long.MaxValue)).ToArbitrary();

    /// <summary>The same for <see cref="int"/>: Humanizer takes ordinals, tuples and its int overloads as int.</summary>
    public static Arbitrary<int> Positions() =>
        Gen.OneOf(
                Gen.Elements(Edges.Where(e => e is >= int.MinValue and <= int.MaxValue).Select(e => (int)e).ToArray()),
                OfLength(maxDigits: 10, int.MaxValue).Select(n => (int)n))
            .ToArbitrary();

    private static Gen<long> OfLength(int maxDigits, long max) =>
        from digits in Gen.Choose(1, maxDigits)
        from negative in Gen.Elements(false, true)
        from magnitude in FSharpGen.Choose64(digits == 1 ? 0 : Pow10(digits - 1), digits == maxDigits ? max : Pow10(digits) - 1)
        select negative ? -magnitude : magnitude;

    private static long Pow10(int exponent)
    {
        var value = 1L;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }
}
