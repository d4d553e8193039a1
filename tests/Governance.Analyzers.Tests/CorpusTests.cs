using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Participation.Governance.Analyzers.Tests.Harness;

namespace Participation.Governance.Analyzers.Tests;

/// <summary>
/// The analyzers over the committed corpus (Corpus/README.md): real-world-shaped date code on which GOV003 must report
/// the Buddhist-Era mistakes and nothing else.
/// </summary>
public sealed partial class CorpusTests
{
    private static readonly DiagnosticAnalyzer[] All = AnalyzerHarness.AllAnalyzers();

    private static string CorpusFolder => Path.Combine(AnalyzerHarness.RepositoryRoot, "tests", "Governance.Analyzers.Tests", "Corpus");

    [Fact]
    public async Task Reports_exactly_the_marked_mistakes()
    {
        var files = Directory.GetFiles(CorpusFolder, "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), AnalyzerHarness.ParseOptions, path: Path.GetFileName(f))).ToList();
        var compilation = CSharpCompilation.Create(
            "Corpus",
            trees,
            AnalyzerHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The corpus does not compile:\n" + string.Join("\n", errors));

        var expected = trees
            .SelectMany(tree => tree.GetText().Lines
                .Select(line => (Tree: tree, Line: line, Match: Expectation().Match(line.ToString())))
                .Where(x => x.Match.Success)
                .Select(x => Describe(x.Tree.FilePath, x.Line.LineNumber, x.Match.Groups[1].Value)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var reported = (await AnalyzerHarness.AnalyzeAsync(compilation, All))
            .Select(d => Describe(d.Location.SourceTree!.FilePath, d.Location.GetLineSpan().StartLinePosition.Line, d.Id))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.Count >= 10, "The corpus should hold the true mistakes it is meant to find.");
        Assert.Equal(expected, reported);
    }

    private static string Describe(string file, int line, string id) => string.Create(CultureInfo.InvariantCulture, $"{file}:{line + 1}: {id}");

    [GeneratedRegex(@"// expect: (GOV\d{3})")]
    private static partial Regex Expectation();
}
