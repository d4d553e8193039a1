using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Participation.Governance.Analyzers.Tests.Harness;

/// <summary>
/// Runs analyzers and code fixes directly, for what the testing library's verifiers do not express: code that does not
/// compile (no analyzer exception, whatever is reported), whole files and corpora, which fixes are offered. A
/// <see cref="CSharpCompilation"/> over <see cref="TestReferences"/>, analyzers through
/// <see cref="CompilationWithAnalyzers"/>, fixes in an <see cref="AdhocWorkspace"/>. Every run fails the test on an
/// analyzer exception (AD0001).
/// </summary>
internal static class AnalyzerHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static ImmutableArray<MetadataReference> References => TestReferences.All;

    /// <summary>A fresh instance of every GOV analyzer the package ships.</summary>
    public static DiagnosticAnalyzer[] AllAnalyzers() =>
        [new NoFeedbackChannelAnalyzer(), new NoSatisfactionAssessmentAnalyzer(), new BuddhistYearAsGregorianAnalyzer(), new UnnamedFeedbackChannelsAnalyzer()];

    /// <summary>The repository root, baked in at build time.</summary>
    public static string RepositoryRoot { get; } = typeof(AnalyzerHarness).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static CSharpCompilation Compile(string source, bool requireNoErrors = true, OutputKind kind = OutputKind.DynamicallyLinkedLibrary, CSharpParseOptions? parseOptions = null)
    {
        var tree = CSharpSyntaxTree.ParseText(source, parseOptions ?? ParseOptions, path: "Test.cs");
        var compilation = CSharpCompilation.Create(
            "Test",
            [tree],
            References,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        if (requireNoErrors)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        }

        return compilation;
    }

    /// <summary>Runs the analyzers and fails on any analyzer exception.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.True(exceptions.IsEmpty, "An analyzer threw:\n" + string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>Runs the analyzer over code that need not compile (mid-typing) and returns what it reported.</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeIncompleteAsync(string source, params DiagnosticAnalyzer[] analyzers) =>
        AnalyzeAsync(Compile(source, requireNoErrors: false), analyzers);

    /// <summary>Applies one code fix (the one with <paramref name="equivalenceKey"/> when several are offered) to the <paramref name="index"/>th diagnostic.</summary>
    public static async Task<string> ApplyFixAsync(string source, DiagnosticAnalyzer analyzer, CodeFixProvider provider, string? equivalenceKey = null, int index = 0, OutputKind kind = OutputKind.DynamicallyLinkedLibrary, CSharpParseOptions? parseOptions = null)
    {
        var (document, diagnostics) = await OpenAsync(source, analyzer, provider, kind, parseOptions);
        Assert.True(index < diagnostics.Length, $"Expected at least {index + 1} fixable diagnostics, found {diagnostics.Length}.");
        var actions = await FixesForAsync(document, provider, diagnostics[index]);
        var action = equivalenceKey is null ? Assert.Single(actions) : Assert.Single(actions, a => a.EquivalenceKey == equivalenceKey);
        return await ApplyAsync(document, action);
    }

    /// <summary>The code actions offered for each fixable diagnostic, to check what is (not) offered.</summary>
    public static async Task<ImmutableArray<CodeAction>> OfferedFixesAsync(string source, DiagnosticAnalyzer analyzer, CodeFixProvider provider, int index = 0)
    {
        var (document, diagnostics) = await OpenAsync(source, analyzer, provider);
        Assert.True(index < diagnostics.Length, $"Expected at least {index + 1} fixable diagnostics, found {diagnostics.Length}.");
        return await FixesForAsync(document, provider, diagnostics[index]);
    }

    /// <summary>Fixes every fixable diagnostic of the document at once through the provider's fix-all provider.</summary>
    public static async Task<string> FixAllAsync(string source, DiagnosticAnalyzer analyzer, CodeFixProvider provider, string equivalenceKey)
    {
        var (document, diagnostics) = await OpenAsync(source, analyzer, provider);
        Assert.NotEmpty(diagnostics);
        var fixAll = provider.GetFixAllProvider();
        Assert.NotNull(fixAll);
        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            equivalenceKey,
            provider.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        return await ApplyAsync(document, action);
    }

    private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> OpenAsync(string source, DiagnosticAnalyzer analyzer, CodeFixProvider provider, OutputKind kind = OutputKind.DynamicallyLinkedLibrary, CSharpParseOptions? parseOptions = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Test",
            "Test",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: parseOptions ?? ParseOptions,
            metadataReferences: References));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test.cs", SourceText.From(source));
        Assert.True(workspace.TryApplyChanges(solution));
        var document = workspace.CurrentSolution.GetDocument(documentId)!;
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await AnalyzeAsync(compilation, analyzer);
        return (document, [.. diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id))]);
    }

    private static async Task<ImmutableArray<CodeAction>> FixesForAsync(Document document, CodeFixProvider provider, Diagnostic diagnostic)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions.ToImmutable();
    }

    private static async Task<string> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        var text = await changed.GetDocument(document.Id)!.GetTextAsync();
        return text.ToString();
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
