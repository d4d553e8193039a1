using System.Globalization;
using FsCheck.Xunit;
using Participation.Governance.Testing.Generators;

namespace Participation.Governance.Testing.Fuzz;

/// <summary>
/// An FsCheck property that runs a small number of cases on every build (so CI stays at a few minutes) and as many as
/// the environment variable <c>GOV_FUZZ_CASES</c> asks for in a long local run.
/// </summary>
/// <remarks>
/// <c>GOV_FUZZ_CASES=100000 dotnet test tests/Governance.ThaiFormatting.Tests</c> runs each fuzz property with 100,000
/// cases. A failure prints FsCheck's replay seed: paste it into <see cref="PropertyAttribute.Replay"/> to reproduce.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FuzzPropertyAttribute : PropertyAttribute
{
    /// <summary>The environment variable that sets the number of cases per property.</summary>
    public const string CasesVariable = "GOV_FUZZ_CASES";

    /// <summary>The number of cases per property when <see cref="CasesVariable"/> is not set.</summary>
    public const int DefaultCases = 200;

    /// <summary>
    /// Initializes the attribute with <see cref="Cases"/> cases, the given arbitraries and, behind them,
    /// <see cref="GovernanceArbitraries"/> for the library's types.
    /// </summary>
    /// <param name="arbitraries">Classes of a test project's own arbitraries (they win over the shared ones for the same type).</param>
    public FuzzPropertyAttribute(params Type[] arbitraries)
    {
        MaxTest = Cases;
        Arbitrary = [.. arbitraries, typeof(GovernanceArbitraries)];
        QuietOnSuccess = true;
    }

    /// <summary>Gets the number of cases each fuzz property runs: <see cref="CasesVariable"/> when set to a positive number, else <see cref="DefaultCases"/>.</summary>
    public static int Cases { get; } = ReadCases();

    /// <summary>Scales a default case count the way <see cref="Cases"/> scales <see cref="DefaultCases"/>, for a property that is costly per case.</summary>
    /// <param name="defaultCases">The cases to run by default.</param>
    /// <returns><paramref name="defaultCases"/>, multiplied by the same factor as the environment asks for.</returns>
    public static int Scaled(int defaultCases) => Math.Max(1, (int)Math.Min(int.MaxValue, (long)defaultCases * Cases / DefaultCases));

    private static int ReadCases()
        => int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : DefaultCases;
}
