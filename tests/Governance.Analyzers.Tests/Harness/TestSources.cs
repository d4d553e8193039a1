namespace Participation.Governance.Analyzers.Tests.Harness;

/// <summary>Source templates the analyzer and code-fix tests share, so every rule is checked in the same surroundings.</summary>
internal static class TestSources
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

    /// <summary>
    /// Places statements, then <c>return null!;</c>, in a method <c>object M(parameters)</c> of a class with the given
    /// members; System, System.Collections.Generic, System.Linq and the model's namespace are imported.
    /// </summary>
    public static string InMethod(string parameters, string body, string members) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Participation.Governance.Measures;

        class C
        {
            {{members}}
            object M({{parameters}})
            {
                {{body}}
                return null!;
            }
        }
        """;
}
