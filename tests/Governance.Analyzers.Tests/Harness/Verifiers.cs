using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Participation.Governance.Analyzers.Tests.Harness;

/// <summary>
/// Analyzer tests on Microsoft.CodeAnalysis.CSharp.Analyzer.Testing: expected diagnostics marked in the source
/// (<c>[|…|]</c> for the analyzer's rule, <c>{|GOV001:…|}</c> naming one), the source must compile, and the library's
/// own checks run too (nothing reported in generated code, a <c>#pragma</c> suppresses).
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string markup, OutputKind kind = OutputKind.DynamicallyLinkedLibrary, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var test = new Test(languageVersion) { TestCode = markup };
        test.TestState.OutputKind = kind;
        return test.RunAsync();
    }

    internal sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        private readonly LanguageVersion languageVersion;

        public Test(LanguageVersion languageVersion = LanguageVersion.Latest)
        {
            this.languageVersion = languageVersion;
            OfflineReferences.Apply(TestState);
        }

        protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(languageVersion);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}

/// <summary>
/// Code-fix tests on Microsoft.CodeAnalysis.CSharp.CodeFix.Testing: the fix (the one with the equivalence key, when
/// several are offered) turns the marked source into exactly the expected text, fix-all gives the same, and what the
/// fixed text still reports is marked in it.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyFixAsync(string markup, string fixedMarkup, string? equivalenceKey = null, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var test = new Test(languageVersion) { TestCode = markup, FixedCode = fixedMarkup, CodeActionEquivalenceKey = equivalenceKey };
        return test.RunAsync();
    }

    internal sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        private readonly LanguageVersion languageVersion;

        public Test(LanguageVersion languageVersion = LanguageVersion.Latest)
        {
            this.languageVersion = languageVersion;
            OfflineReferences.Apply(TestState);
        }

        protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(languageVersion);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}

/// <summary>Points a test at <see cref="TestReferences"/> instead of reference packages the library would download.</summary>
internal static class OfflineReferences
{
    // A ReferenceAssemblies with no package resolves to nothing without touching a package source.
    private static readonly ReferenceAssemblies None = new("net10.0");

    public static void Apply(SolutionState state)
    {
        state.ReferenceAssemblies = None;
        state.AdditionalReferences.AddRange(TestReferences.All);
    }
}
