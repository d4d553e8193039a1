using BenchmarkDotNet.Running;

namespace Participation.Governance.Benchmarks;

/// <summary>
/// Runs the suite: <c>dotnet run -c Release --project benchmarks/Governance.Benchmarks -- --filter '*'</c>.
/// One class per production type; each class's anchor is its <c>Baseline = true</c> method.
/// </summary>
public static class Program
{
    /// <summary>Entry point; arguments are BenchmarkDotNet's (e.g. <c>--filter</c>, <c>--job short</c>).</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
