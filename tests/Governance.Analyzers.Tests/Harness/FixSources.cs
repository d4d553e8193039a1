namespace Participation.Governance.Analyzers.Tests.Harness;

/// <summary>Source templates the code-fix tests share, so every fix is checked in the same surroundings.</summary>
internal static class FixSources
{
    /// <summary>Places statements in the body of a method <c>object M()</c> with the model's namespace imported.</summary>
    public static string InMethod(string body) => $$"""
        using System.Collections.Generic;
        using Participation.Governance.Measures;

        class C
        {
            object M()
            {
                {{body}}
            }
        }
        """;
}
