using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace Participation.Governance.Analyzers.CodeFixes;

/// <summary>
/// Text-level edits the fixes share. The fixes work on text rather than on syntax factories because the code being
/// edited may use syntax newer than the Roslyn 4.5 this assembly is compiled against (collection expressions); the
/// host's own parser re-reads the result.
/// </summary>
internal static class TextInsertion
{
    /// <summary>
    /// Inserts <paramref name="before"/> + <paramref name="part"/> + <paramref name="after"/> at
    /// <paramref name="position"/> and, when <paramref name="simplify"/>, marks the node <paramref name="part"/> parses
    /// to for the simplifier, so a <c>global::</c>-qualified name there becomes as short as the file's usings allow.
    /// </summary>
    public static Task<Document> InsertAsync(Document document, int position, string before, string part, string after, bool simplify, CancellationToken cancellationToken) =>
        ReplaceAsync(document, new TextSpan(position, 0), before, part, after, simplify, cancellationToken);

    /// <summary>Replaces <paramref name="span"/> with <paramref name="before"/> + <paramref name="part"/> + <paramref name="after"/>, as <see cref="InsertAsync"/>.</summary>
    public static async Task<Document> ReplaceAsync(Document document, TextSpan span, string before, string part, string after, bool simplify, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changed = document.WithText(text.WithChanges(new TextChange(span, before + part + after)));
        if (!simplify)
        {
            return changed;
        }

        var root = await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return changed;
        }

        // Every node of the inserted part, not just its root: the simplifier does not always reach a qualified type
        // name through an invocation around it.
        var inserted = new TextSpan(span.Start + before.Length, part.Length);
        var node = root.FindNode(inserted, getInnermostNodeForTie: true);
        var annotated = node.ReplaceNodes(
            node.DescendantNodesAndSelf().Where(n => inserted.Contains(n.Span)),
            (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
        return changed.WithSyntaxRoot(root.ReplaceNode(node, annotated));
    }

    /// <summary>The white space a line starts with.</summary>
    public static string IndentationOf(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        var end = line.Start;
        while (end < line.End && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, end));
    }

    /// <summary>Whether only white space stands before <paramref name="position"/> on its line.</summary>
    public static bool StartsLine(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        for (var i = line.Start; i < position; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two positions are on different lines.</summary>
    public static bool OnDifferentLines(SourceText text, int first, int second) =>
        text.Lines.GetLineFromPosition(first).LineNumber != text.Lines.GetLineFromPosition(second).LineNumber;

    /// <summary>The line break the document already uses.</summary>
    public static string NewLineOf(SourceText text) =>
        text.Lines.Count > 1 && text.Lines[0].EndIncludingLineBreak - text.Lines[0].End == 2 ? "\r\n" : "\n";

    /// <summary>
    /// A type or member name as written where it binds, or <c>global::</c>-qualified (for the simplifier) where the
    /// simple name means something else or nothing.
    /// </summary>
    public static bool BindsAt(SemanticModel model, int position, string simpleName, ISymbol expected)
    {
        foreach (var symbol in model.LookupNamespacesAndTypes(position, name: simpleName))
        {
            if (SymbolEqualityComparer.Default.Equals(symbol, expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the file may use collection expressions (C# 12).</summary>
    public static bool AllowsCollectionExpressions(SyntaxTree tree) =>
        tree.Options is CSharpParseOptions options && (int)options.LanguageVersion >= 1200;
}
