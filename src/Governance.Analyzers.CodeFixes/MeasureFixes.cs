using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Participation.Governance.Analyzers.CodeFixes;

/// <summary>What one GOV001/GOV002 fix adds, in each of the forms a measure can be written.</summary>
internal sealed class MeasureFixSpec
{
    public MeasureFixSpec(string title, string equivalenceKey, string call, string element, string member, string elementType, params string[] typeNames)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Call = call;
        Element = element;
        Member = member;
        ElementType = elementType;
        TypeNames = typeNames;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    /// <summary>The builder call inserted before Build(), with {TypeName} placeholders.</summary>
    public string Call { get; }

    /// <summary>The collection element added, with {TypeName} placeholders.</summary>
    public string Element { get; }

    /// <summary>The Measure property that holds the collection.</summary>
    public string Member { get; }

    /// <summary>The element type, to recognise the constructor parameter that takes the collection.</summary>
    public string ElementType { get; }

    /// <summary>The model types named by the placeholders, in Participation.Governance.Measures.</summary>
    public IReadOnlyList<string> TypeNames { get; }
}

/// <summary>The GOV001/GOV002 fixes: the same edits, different text.</summary>
internal static class MeasureFixes
{
    private const string MeasuresNamespace = "Participation.Governance.Measures";

    // Mirrors Participation.Governance.Analyzers.GovernanceDiagnostics.FormProperty and MeasureForm (not referenced:
    // that assembly is compiled against a newer Roslyn than this one).
    private const string FormProperty = "MeasureForm";
    private const string BuilderCall = "BuilderCall";
    private const string Creation = "Creation";

    public static async Task RegisterAsync(CodeFixContext context, MeasureFixSpec spec)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FormProperty, out var form))
            {
                continue;
            }

            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (form == BuilderCall && node?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation
                && DotAndName(invocation) is { } access)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(spec.Title, ct => InsertCallAsync(context.Document, access.Dot, access.Name, spec, ct), spec.EquivalenceKey),
                    diagnostic);
            }
            else if (form == Creation && node?.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation
                && creation.NewKeyword.SpanStart == diagnostic.Location.SourceSpan.Start)
            {
                var document = context.Document;
                var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                if (model is not null && PlanCreationEdit(model, creation, spec) is { } edit)
                {
                    context.RegisterCodeFix(CodeAction.Create(spec.Title, ct => edit(document, ct), spec.EquivalenceKey), diagnostic);
                }
            }
        }
    }

    private static (SyntaxToken Dot, SimpleNameSyntax Name)? DotAndName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => (access.OperatorToken, access.Name),
        MemberBindingExpressionSyntax binding => (binding.OperatorToken, binding.Name),
        _ => null,
    };

    private static async Task<Document> InsertCallAsync(Document document, SyntaxToken dot, SimpleNameSyntax name, MeasureFixSpec spec, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var (call, qualified) = Render(spec.Call, spec, model, dot.SpanStart);
        var open = call.IndexOf('(');
        var method = call.Substring(0, open + 1);
        var arguments = call.Substring(open + 1, call.Length - open - 2);
        var newLine = TextInsertion.NewLineOf(text);

        // The new call follows the chain's layout: one call per line with the dots at line starts or at line ends, or
        // all on one line.
        var (position, before, after) =
            TextInsertion.StartsLine(text, dot.SpanStart) ? (dot.SpanStart, "." + method, ")" + newLine + TextInsertion.IndentationOf(text, dot.SpanStart))
            : TextInsertion.StartsLine(text, name.SpanStart) ? (name.SpanStart, method, ")." + newLine + TextInsertion.IndentationOf(text, name.SpanStart))
            : (dot.SpanStart, "." + method, ")");
        return await TextInsertion.InsertAsync(document, position, before, arguments, after, qualified && arguments.Length > 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The template with each model type written as it binds at <paramref name="position"/>.</summary>
    private static (string Text, bool Qualified) Render(string template, MeasureFixSpec spec, SemanticModel? model, int position)
    {
        var qualified = false;
        foreach (var typeName in spec.TypeNames)
        {
            if (template.IndexOf("{" + typeName + "}", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var type = model?.Compilation.GetTypeByMetadataName(MeasuresNamespace + "." + typeName);
            var binds = model is not null && type is not null && TextInsertion.BindsAt(model, position, typeName, type);
            qualified |= !binds;
            template = template.Replace("{" + typeName + "}", binds ? typeName : "global::" + MeasuresNamespace + "." + typeName);
        }

        return (template, qualified);
    }

    /// <summary>How to add the element to a <c>new Measure…</c>, or null when the collection is not one the fix can edit.</summary>
    private static Func<Document, CancellationToken, Task<Document>>? PlanCreationEdit(SemanticModel model, BaseObjectCreationExpressionSyntax creation, MeasureFixSpec spec)
    {
        var elementType = model.Compilation.GetTypeByMetadataName(MeasuresNamespace + "." + spec.ElementType);
        if (elementType is null || model.GetOperation(creation) is not IObjectCreationOperation operation)
        {
            return null;
        }

        var (element, qualified) = Render(spec.Element, spec, model, creation.SpanStart);
        ExpressionSyntax? collection = null;
        foreach (var argument in operation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && Mentions(argument.Parameter?.Type, elementType) && argument.Syntax is ArgumentSyntax syntax)
            {
                collection = syntax.Expression;
            }
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment && name.Identifier.ValueText == spec.Member)
                {
                    collection = assignment.Right;
                }
            }
        }

        var value = TextInsertion.AllowsCollectionExpressions(creation.SyntaxTree) ? ("[", "]") : ("new[] { ", " }");
        if (collection is not null)
        {
            return AddElement(model, collection, element, value, qualified);
        }

        var memberBefore = spec.Member + " = " + value.Item1;
        var memberAfter = value.Item2;
        if (creation.Initializer is { } existing)
        {
            return (document, ct) => InsertIntoListAsync(document, existing.OpenBraceToken, existing.CloseBraceToken, existing.Expressions.GetWithSeparators().ToList(), memberBefore, element, memberAfter, qualified, ct);
        }

        return (document, ct) => TextInsertion.InsertAsync(document, creation.Span.End, " { " + memberBefore, element, memberAfter + " }", qualified, ct);
    }

    private static Func<Document, CancellationToken, Task<Document>>? AddElement(
        SemanticModel model, ExpressionSyntax collection, string element, (string Open, string Close) literal, bool qualified)
    {
        while (collection is CastExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            collection = collection is CastExpressionSyntax cast ? cast.Expression : ((ParenthesizedExpressionSyntax)collection).Expression;
        }

        if (IsCollectionExpression(collection))
        {
            var open = collection.GetFirstToken();
            var close = collection.GetLastToken();
            var items = collection.ChildNodesAndTokens().Where(n => n != open && n != close).ToList();
            return (document, ct) => InsertIntoListAsync(document, open, close, items, string.Empty, element, string.Empty, qualified, ct);
        }

        var initializer = collection switch
        {
            ArrayCreationExpressionSyntax array => array.Initializer,
            ImplicitArrayCreationExpressionSyntax array => array.Initializer,
            BaseObjectCreationExpressionSyntax list => list.Initializer,
            _ => null,
        };
        if (initializer is not null)
        {
            return (document, ct) => InsertIntoListAsync(document, initializer.OpenBraceToken, initializer.CloseBraceToken, initializer.Expressions.GetWithSeparators().ToList(), string.Empty, element, string.Empty, qualified, ct);
        }

        switch (collection)
        {
            case ObjectCreationExpressionSyntax emptyList:
                return (document, ct) => TextInsertion.InsertAsync(document, emptyList.Span.End, " { ", element, " }", qualified, ct);
            case ArrayCreationExpressionSyntax or InvocationExpressionSyntax:
                // new FeedbackChannel[0], Array.Empty<FeedbackChannel>(), Enumerable.Empty<…>(): the analyzer reports only
                // the empty ones, and a literal with the element replaces them.
                var span = collection.Span;
                return (document, ct) => TextInsertion.ReplaceAsync(document, span, literal.Open, element, literal.Close, qualified, ct);
            case IdentifierNameSyntax when model.GetSymbolInfo(collection).Symbol is ILocalSymbol local
                && local.DeclaringSyntaxReferences.Length == 1
                && local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var declared }
                && declared.SyntaxTree == collection.SyntaxTree:
                // A list declared in a local just before: the element goes where the list is written.
                return AddElement(model, declared, element, literal, qualified);
            default:
                return null;
        }
    }

    // Compiled against Roslyn 4.5, which predates collection expressions; the host that loads the 4.8 analyzer knows them.
    private static bool IsCollectionExpression(SyntaxNode node) =>
        Enum.TryParse<SyntaxKind>("CollectionExpression", out var kind) && node.IsKind(kind);

    /// <summary>
    /// Adds an item at the end of a bracketed or braced list, following its layout (one line, or one item per line) and
    /// leaving each comment beside what it was written after.
    /// </summary>
    private static async Task<Document> InsertIntoListAsync(
        Document document, SyntaxToken open, SyntaxToken close, IReadOnlyList<SyntaxNodeOrToken> items, string before, string part, string after, bool qualified, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var newLine = TextInsertion.NewLineOf(text);
        var brace = open.IsKind(SyntaxKind.OpenBraceToken);
        if (items.Count == 0)
        {
            // After any comment inside the empty list ("[ /* none yet */ ]"), never before it.
            var anchor = Math.Max(open.Span.End, Math.Max(CommentsEnd(open.TrailingTrivia), CommentsEnd(close.LeadingTrivia)));
            if (TextInsertion.OnDifferentLines(text, open.SpanStart, close.SpanStart))
            {
                var indent = TextInsertion.IndentationOf(text, close.SpanStart) + "    ";
                return await TextInsertion.InsertAsync(document, anchor, newLine + indent + before, part, after, qualified, cancellationToken).ConfigureAwait(false);
            }

            if (anchor > open.Span.End)
            {
                return await TextInsertion.InsertAsync(document, anchor, " " + before, part, after, qualified, cancellationToken).ConfigureAwait(false);
            }

            var between = TextSpan.FromBounds(open.Span.End, close.SpanStart);
            return await TextInsertion.ReplaceAsync(document, between, (brace ? " " : string.Empty) + before, part, after + (brace ? " " : string.Empty), qualified, cancellationToken).ConfigureAwait(false);
        }

        var last = items[items.Count - 1];
        var trailingComma = last.IsToken;
        var lastItem = trailingComma ? items[items.Count - 2] : last;

        // A comment after the last item or its comma stays there; the new item comes after it.
        var lastToken = last.IsToken ? last.AsToken() : last.AsNode()!.GetLastToken();
        var itemEnd = lastItem.Span.End;
        var anchorEnd = Math.Max(last.Span.End, CommentsEnd(lastToken.TrailingTrivia));
        var kept = text.ToString(TextSpan.FromBounds(itemEnd, anchorEnd));
        var replaced = TextSpan.FromBounds(itemEnd, anchorEnd);
        if (TextInsertion.OnDifferentLines(text, open.SpanStart, lastItem.SpanStart))
        {
            var indent = TextInsertion.IndentationOf(text, lastItem.SpanStart);
            var comma = trailingComma ? string.Empty : ",";
            return await TextInsertion.ReplaceAsync(document, replaced, comma + kept + newLine + indent + before, part, after + (trailingComma ? "," : string.Empty), qualified, cancellationToken).ConfigureAwait(false);
        }

        return await TextInsertion.ReplaceAsync(document, replaced, kept + (trailingComma ? " " : ", ") + before, part, after, qualified, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where the last comment in <paramref name="trivia"/> ends, or -1 when there is none.</summary>
    private static int CommentsEnd(SyntaxTriviaList trivia)
    {
        var end = -1;
        foreach (var piece in trivia)
        {
            if (!piece.IsKind(SyntaxKind.WhitespaceTrivia) && !piece.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                end = piece.Span.End;
            }
        }

        return end;
    }

    private static bool Mentions(ITypeSymbol? type, INamedTypeSymbol candidate) => type switch
    {
        IArrayTypeSymbol array => Mentions(array.ElementType, candidate),
        INamedTypeSymbol named => SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, candidate)
            || named.TypeArguments.Any(argument => Mentions(argument, candidate)),
        _ => false,
    };
}
