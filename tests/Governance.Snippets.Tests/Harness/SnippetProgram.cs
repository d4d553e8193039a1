using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Participation.Governance.Snippets.Tests.Harness;

/// <summary>What compiling and running one example found.</summary>
/// <param name="Problems">Everything wrong: compiler errors, comments that do not hold, an exception. Empty when the example is right.</param>
/// <param name="Ran">Whether the example was run (an example whose comments expect analyzer findings is only compiled).</param>
/// <param name="Checked">How many commented values and outputs were checked.</param>
/// <param name="Output">What the example printed.</param>
/// <param name="LoadedLibraries">The paths of this repository's assemblies the run loaded.</param>
internal sealed record SnippetResult(IReadOnlyList<string> Problems, bool Ran, int Checked, string Output, IReadOnlyList<string> LoadedLibraries);

/// <summary>
/// Turns an example into a console program as a reader would paste it into Program.cs (with the implicit usings of
/// <c>dotnet new console</c>), compiles it in-process, runs the library analyzers over it, and runs it in a load
/// context of its own (fresh statics, e.g. Humanizer's registry), checking the values its comments state.
/// </summary>
/// <remarks>
/// Which comments are checked: a comment at the end of a top-level statement that does not start with a lower-case
/// English word. On a statement that prints (<c>Console.Write…</c>) it states what is printed; on an expression
/// statement with a value or a declaration, the value (strings as they are, dates as yyyy-MM-dd, sequences joined
/// with ", "). A comment naming GOVxxx states the analyzer findings on that statement instead, and such an example is
/// compiled, not run (the code is an example of what the analyzers flag).
/// </remarks>
internal static partial class SnippetProgram
{
    private const string ImplicitUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n"
        + "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.ConsoleApplication,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false);

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(() =>
        [
            .. Assembly.Load("Participation.Governance.Analyzers").GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
        ]);

    private static readonly string Checks = ReadChecks();

    /// <summary>Compiles and runs <paramref name="chain"/> (an example and the ones it continues, first first).</summary>
    public static SnippetResult Run(IReadOnlyList<MarkdownSnippet> chain, SnippetLibraries libraries, string repositoryRoot, bool runAnalyzers)
    {
        var problems = new List<string>();
        var tree = CSharpSyntaxTree.ParseText(BuildSource(chain), ParseOptions, path: "Program.cs", encoding: Encoding.UTF8);
        var compilation = Compile(libraries, tree);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            problems.AddRange(errors.Select(Describe));
            return new SnippetResult(problems, false, 0, "", []);
        }

        var model = compilation.GetSemanticModel(tree);
        var statements = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToList();
        // An example of what the analyzers flag is compiled, not run, on either build: it is wrong code on purpose.
        var expectsFindings = statements.Any(s => Comment(s) is { } comment && !IsProse(comment) && RuleId().IsMatch(comment));
        if (runAnalyzers)
        {
            CheckAnalyzerFindings(compilation, statements, problems);
        }

        if (expectsFindings || problems.Count > 0)
        {
            return new SnippetResult(problems, false, 0, "", []);
        }

        var rewritten = InsertChecks(tree, model, statements, problems);
        var runnable = Compile(libraries, tree.WithChangedText(rewritten), CSharpSyntaxTree.ParseText(Checks, ParseOptions, path: "SnippetChecks.cs"));
        using var image = new MemoryStream();
        var emitted = runnable.Emit(image);
        if (!emitted.Success)
        {
            problems.AddRange(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => "(with checks) " + Describe(d)));
            return new SnippetResult(problems, false, 0, "", []);
        }

        return Execute(image, libraries, chain, repositoryRoot, problems);
    }

    private static CSharpCompilation Compile(SnippetLibraries libraries, params SyntaxTree[] trees)
        => CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "GlobalUsings.cs"), .. trees],
            libraries.References,
            CompilationOptions);

    // The usings of every block first (a block's own using lines are blanked, so each block keeps its line numbers),
    // then each block's code under a #line that maps it back to its Markdown file.
    private static string BuildSource(IReadOnlyList<MarkdownSnippet> chain)
    {
        var usings = new List<string>();
        var body = new StringBuilder();
        foreach (var snippet in chain)
        {
            body.Append(CultureInfo.InvariantCulture, $"#line {snippet.FirstLine} \"{snippet.File}\"\n");
            foreach (var line in snippet.Code.Split('\n'))
            {
                if (UsingDirective().IsMatch(line))
                {
                    if (!usings.Contains(line.Trim()))
                    {
                        usings.Add(line.Trim());
                    }

                    body.Append('\n');
                }
                else
                {
                    body.Append(line).Append('\n');
                }
            }
        }

        return string.Join("\n", usings) + "\n" + body;
    }

    private static void CheckAnalyzerFindings(CSharpCompilation compilation, IReadOnlyList<StatementSyntax> statements, List<string> problems)
    {
        var findings = compilation.WithAnalyzers(Analyzers.Value).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Id.StartsWith("GOV", StringComparison.Ordinal))
            .ToList();
        foreach (var statement in statements)
        {
            var span = statement.GetLocation().GetMappedLineSpan();
            var expected = Comment(statement) is { } comment && !IsProse(comment)
                ? RuleId().Matches(comment).Select(m => m.Value).ToHashSet()
                : [];
            var found = findings
                .Where(d => d.Location.GetMappedLineSpan() is var at && at.Path == span.Path
                    && at.StartLinePosition.Line >= span.StartLinePosition.Line && at.StartLinePosition.Line <= span.EndLinePosition.Line)
                .Select(d => d.Id)
                .ToHashSet();
            if (!expected.SetEquals(found))
            {
                problems.Add($"{Where(statement)}: the comment names analyzer findings [{string.Join(", ", expected.Order())}] but the analyzers report [{string.Join(", ", found.Order())}]");
            }
        }
    }

    private static SourceText InsertChecks(SyntaxTree tree, SemanticModel model, IReadOnlyList<StatementSyntax> statements, List<string> problems)
    {
        var changes = new List<TextChange>();
        foreach (var statement in statements)
        {
            if (Comment(statement) is not { } comment || IsProse(comment) || RuleId().IsMatch(comment))
            {
                continue;
            }

            var (expected, quoted) = Expected(comment);
            var arguments = $"{Literal(Where(statement))}, {Literal(expected)}, {(quoted ? "true" : "false")}";
            if (Prints(statement, model))
            {
                changes.Add(new TextChange(new TextSpan(statement.SpanStart, 0), "__SnippetChecks.BeginOutput(); "));
                changes.Add(new TextChange(new TextSpan(statement.Span.End, 0), $" __SnippetChecks.EndOutput({arguments});"));
            }
            else if (statement is ExpressionStatementSyntax { Expression: var expression }
                && model.GetTypeInfo(expression).Type is { SpecialType: not SpecialType.System_Void })
            {
                changes.Add(new TextChange(statement.Span, $"__SnippetChecks.Value({arguments}, ({expression}));"));
            }
            else if (statement is LocalDeclarationStatementSyntax declaration)
            {
                var name = declaration.Declaration.Variables.Last().Identifier.ValueText;
                changes.Add(new TextChange(new TextSpan(statement.Span.End, 0), $" __SnippetChecks.Value({arguments}, {name});"));
            }
            else
            {
                problems.Add($"{Where(statement)}: the comment reads as a value ({comment}) but the statement has none; start an explanation with a lower-case word");
            }
        }

        return tree.GetText().WithChanges(changes);
    }

    private static SnippetResult Execute(MemoryStream image, SnippetLibraries libraries, IReadOnlyList<MarkdownSnippet> chain, string repositoryRoot, List<string> problems)
    {
        var work = Directory.CreateTempSubdirectory("gov-snippet-");
        foreach (var (name, source) in chain.SelectMany(s => s.Files))
        {
            File.Copy(Path.Combine(repositoryRoot, source), Path.Combine(work.FullName, name));
        }

        // A context of its own per example: fresh statics (e.g. Humanizer's registry).
        var context = new LibraryLoadContext(libraries, "snippet", isCollectible: true);
        var output = new StringWriter();
        var (outer, directory, culture, uiCulture) = (Console.Out, Environment.CurrentDirectory, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            Console.SetOut(output);
            Environment.CurrentDirectory = work.FullName;
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            try
            {
                var entry = assembly.EntryPoint!;
                var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                (result as Task)?.GetAwaiter().GetResult();
            }
            catch (TargetInvocationException e) when (e.InnerException is { } thrown)
            {
                problems.Add($"{chain[^1]} threw {thrown}");
            }
            finally
            {
                Console.SetOut(outer);
                Environment.CurrentDirectory = directory;
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            }

            var checks = assembly.GetType("__SnippetChecks")!;
            problems.AddRange((List<string>)checks.GetField("Failures")!.GetValue(null)!);
            var loaded = context.Assemblies
                .Where(a => a.GetName().Name!.StartsWith("Participation.Governance", StringComparison.Ordinal))
                .Select(a => a.Location)
                .ToList();
            return new SnippetResult(problems, true, (int)checks.GetField("Checked")!.GetValue(null)!, output.ToString(), loaded);
        }
        finally
        {
            context.Unload();
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file the example left open until its context unloads; the folder is under the temporary directory.
            }
        }
    }

    private static string? Comment(StatementSyntax statement)
        => statement.GetLastToken().TrailingTrivia
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia))
            .Select(t => t.ToString()[2..].Trim())
            .FirstOrDefault();

    // "true", "false" and "null" are values that happen to be lower-case words.
    private static bool IsProse(string comment)
        => comment.Length == 0
            || (comment[0] is >= 'a' and <= 'z' && ProseValue().Match(comment) is not { Success: true });

    private static (string Expected, bool Quoted) Expected(string comment)
    {
        if (comment.StartsWith('"') && StringLiteral().Match(comment) is { Success: true } literal
            && SyntaxFactory.ParseExpression(literal.Value) is LiteralExpressionSyntax parsed)
        {
            return (parsed.Token.ValueText, true);
        }

        return (comment, false);
    }

    private static bool Prints(StatementSyntax statement, SemanticModel model)
        => statement.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(invocation =>
            model.GetSymbolInfo(invocation).Symbol is IMethodSymbol { Name: "Write" or "WriteLine", ContainingType: { Name: "Console", ContainingNamespace.Name: "System" } });

    private static string Where(SyntaxNode node)
    {
        var span = node.GetLocation().GetMappedLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}";
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}: {diagnostic.Id} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static string ReadChecks()
    {
        using var stream = typeof(SnippetProgram).Assembly.GetManifestResourceStream("SnippetChecks.cs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^\s*using\s+(static\s+)?[\w.]+\s*;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^(true|false|null)\b")]
    private static partial Regex ProseValue();

    [GeneratedRegex(@"\bGOV\d{3}\b")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();
}
