using System.Text;

namespace Participation.Governance.Benchmarks.Robustness;

/// <summary>
/// The sizes the linear-time benchmarks read: 1×, 4× and 16× a base input. Reading is linear when the 16× time is about
/// 16 times the 1× time (the goal of issue 11: at most 20); a quadratic reader would take 256 times as long.
/// </summary>
internal static class ScaledInput
{
    /// <summary>The scale factors, in the order the benchmarks use them.</summary>
    public static readonly int[] Factors = [1, 4, 16];

    /// <summary>Repeats <paramref name="unit"/> <paramref name="count"/> times between a prefix and a suffix.</summary>
    public static string Repeat(string prefix, string unit, int count, string suffix = "")
    {
        var builder = new StringBuilder(prefix.Length + (unit.Length * count) + suffix.Length);
        builder.Append(prefix);
        for (var i = 0; i < count; i++)
        {
            builder.Append(unit);
        }

        return builder.Append(suffix).ToString();
    }
}
