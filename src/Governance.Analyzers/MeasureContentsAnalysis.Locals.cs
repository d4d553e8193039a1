using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Participation.Governance.Analyzers;

/// <summary>Builders and collections held in locals: replaying the statements of the method that touch them.</summary>
internal sealed partial class MeasureContentsAnalysis
{
    /// <summary>
    /// The contents of the builder in a local at <paramref name="reference"/>, replaying in order every statement of the
    /// declaring block before that point (declaration, deconstruction, call chains on the local, <c>b = b.…</c>,
    /// <c>b = new…</c>, reads such as <c>b.Validate()</c>; blocks, <c>if</c>/<c>else</c>, loops and
    /// <c>try</c>/<c>catch</c>/<c>finally</c> joined over their paths), and entering the blocks, <c>try</c>, <c>using</c>,
    /// <c>lock</c> and <c>if</c> (with a type pattern that declares the local) on the way to the reference.
    /// </summary>
    private MeasureContents OfLocal(ILocalReferenceOperation reference, int depth)
    {
        var local = reference.Local;
        if (depth > MaxLocalDepth || local.IsRef || !TryFindDeclaringBlock(reference, out var block, out _))
        {
            return MeasureContents.Unknown;
        }

        // A local captured anywhere in the block can change whenever the function capturing it runs, even through a
        // local function called before its declaration.
        if (IsCaptured(block, local))
        {
            return MeasureContents.Unknown;
        }

        // A builder read into another local (depth > 0) is shared with it: a later change through this one, or an
        // earlier one repeated by a loop, would be missed.
        if (depth > 0 && (IsUsedAfter(block, local, reference) || IsInLoopWithin(reference, block)))
        {
            return MeasureContents.Unknown;
        }

        return AtTarget(block.Operations, null, new Tracked(local, reference, depth));
    }

    /// <summary>The local followed, the reference being analysed, and how deep in locals read through locals.</summary>
    private readonly struct Tracked
    {
        public Tracked(ILocalSymbol local, ILocalReferenceOperation target, int depth)
        {
            Local = local;
            Target = target;
            Depth = depth;
        }

        public ILocalSymbol Local { get; }

        public ILocalReferenceOperation Target { get; }

        public int Depth { get; }
    }

    // A null state: the local is not declared yet on this path.
    private MeasureContents AtTarget(ImmutableArray<IOperation> statements, MeasureContents? state, in Tracked tracked)
    {
        foreach (var statement in statements)
        {
            if (Contains(statement, tracked.Target))
            {
                return Enter(statement, state, tracked);
            }

            state = After(statement, state, tracked);
        }

        return MeasureContents.Unknown;
    }

    /// <summary>The state at the target inside <paramref name="statement"/>, given the state before it.</summary>
    private MeasureContents Enter(IOperation statement, MeasureContents? state, in Tracked tracked)
    {
        var references = ReferencesTo(tracked.Local, statement, out var captured, out var jumps);
        if (captured || jumps)
        {
            return MeasureContents.Unknown;
        }

        if (statement is IConditionalOperation typeTest && Matched(typeTest.Condition, tracked.Local) is { } matched)
        {
            // if (x is MeasureBuilder b) { … b.Build() … }: b is x where the branch runs.
            return Contains(typeTest.WhenTrue, tracked.Target) ? Enter(typeTest.WhenTrue, OfBuilder(matched, tracked.Depth + 1), tracked) : MeasureContents.Unknown;
        }

        if (references.Length == 1)
        {
            // The use being analysed is the only one in the statement: nothing else there runs before or after it.
            return state ?? MeasureContents.Unknown;
        }

        switch (statement)
        {
            case IBlockOperation block:
                return AtTarget(block.Operations, state, tracked);
            case ITryOperation attempt when Contains(attempt.Body, tracked.Target):
                return AtTarget(attempt.Body.Operations, state, tracked);
            case ITryOperation { Finally: { } cleanUp } attempt when Contains(cleanUp, tracked.Target):
                // The finally block also runs when the body stopped half-way.
                return AtTarget(cleanUp.Operations, ThroughTryBody(attempt, state, tracked, partial: true), tracked);
            case IUsingOperation { Body: var body } use when !Mentions(use.Resources, tracked.Local):
                return Enter(body, state, tracked);
            case ILockOperation { Body: var body } guard when !Mentions(guard.LockedValue, tracked.Local):
                return Enter(body, state, tracked);
            case IConditionalOperation { WhenTrue: var whenTrue, WhenFalse: var whenFalse } branch when !Mentions(branch.Condition, tracked.Local):
                return Contains(whenTrue, tracked.Target) ? Enter(whenTrue, state, tracked)
                    : whenFalse is not null ? Enter(whenFalse, state, tracked)
                    : MeasureContents.Unknown;
            default:
                return MeasureContents.Unknown;
        }
    }

    /// <summary>The state after a statement that does not contain the target.</summary>
    private MeasureContents? After(IOperation statement, MeasureContents? state, in Tracked tracked)
    {
        var references = ReferencesTo(tracked.Local, statement, out var captured, out var jumps);
        if (captured || jumps)
        {
            return MeasureContents.Unknown;
        }

        if (Declares(statement, tracked.Local, out var initializer))
        {
            return references.Length > 0 || initializer is null ? MeasureContents.Unknown : OfBuilder(initializer, tracked.Depth + 1);
        }

        if (references.Length == 0)
        {
            return state;
        }

        if (DeconstructedInto(statement, tracked.Local) is { } element)
        {
            // var (b, name) = (new MeasureBuilder(…), …): the one reference is the declaration itself.
            return references.Length == 1 ? OfBuilder(element, tracked.Depth + 1) : MeasureContents.Unknown;
        }

        switch (statement)
        {
            case IBlockOperation block:
                return AfterAll(block.Operations, state, tracked);
            case ITryOperation attempt:
                var afterBody = ThroughTryBody(attempt, state, tracked, partial: !attempt.Catches.IsEmpty);
                return attempt.Finally is { } cleanUp ? AfterAll(cleanUp.Operations, afterBody, tracked) : afterBody;
            case IUsingOperation { Body: var body } use when !Mentions(use.Resources, tracked.Local):
                return After(body, state, tracked);
            case ILockOperation { Body: var body } guard when !Mentions(guard.LockedValue, tracked.Local):
                return After(body, state, tracked);
            case IConditionalOperation { WhenTrue: var whenTrue, WhenFalse: var whenFalse } branch
                when !Mentions(branch.Condition, tracked.Local) && Matched(branch.Condition, tracked.Local) is null:
                return Join(After(whenTrue, state, tracked), whenFalse is null ? state : After(whenFalse, state, tracked));
            case ILoopOperation loop when !MentionsOutsideBody(loop, tracked.Local):
                // Any number of passes: each adds what one adds (a removal makes everything unknown), so zero or one
                // pass covers them all.
                return Join(state, After(loop.Body, state, tracked));
            default:
                return state is { } known ? Replay(known, statement, references, tracked.Depth) : MeasureContents.Unknown;
        }
    }

    private MeasureContents? AfterAll(ImmutableArray<IOperation> statements, MeasureContents? state, in Tracked tracked)
    {
        foreach (var statement in statements)
        {
            state = After(statement, state, tracked);
        }

        return state;
    }

    // A catch (and a finally) may start anywhere in the body: it sees the state before the body, after it, or in
    // between, which the join of the two covers because additions only add. Catch blocks that touch the local are not
    // followed.
    private MeasureContents? ThroughTryBody(ITryOperation attempt, MeasureContents? state, in Tracked tracked, bool partial)
    {
        foreach (var handler in attempt.Catches)
        {
            if (Mentions(handler, tracked.Local))
            {
                return MeasureContents.Unknown;
            }
        }

        var afterBody = AfterAll(attempt.Body.Operations, state, tracked);
        return partial ? Join(state, afterBody) : afterBody;
    }

    /// <summary>Either of two paths: what both agree on is certain, the rest unknown.</summary>
    private static MeasureContents? Join(MeasureContents? first, MeasureContents? second)
    {
        if (first is not { } a || second is not { } b)
        {
            return first is null && second is null ? null : MeasureContents.Unknown;
        }

        return MeasureContents.Join(a, b);
    }

    /// <summary>The value tested by <c>if (value is MeasureBuilder local)</c> (or <c>is { } local</c>, <c>is var local</c>), when the condition declares the local.</summary>
    private static IOperation? Matched(IOperation condition, ILocalSymbol local)
    {
        if (condition is not IIsPatternOperation test)
        {
            return null;
        }

        var declared = test.Pattern switch
        {
            IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
            IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
            _ => null,
        };
        return SymbolEqualityComparer.Default.Equals(declared, local) ? test.Value : null;
    }

    /// <summary>In <c>var (b, n) = (x, y)</c> or <c>(b, n) = (x, y)</c>, the element assigned to the local.</summary>
    private static IOperation? DeconstructedInto(IOperation statement, ILocalSymbol local)
    {
        if (statement is not IExpressionStatementOperation { Operation: IDeconstructionAssignmentOperation assignment })
        {
            return null;
        }

        return ElementFor(assignment.Target, SkipConversions(assignment.Value), local);
    }

    private static IOperation? ElementFor(IOperation target, IOperation? value, ILocalSymbol local)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        switch (target)
        {
            case ILocalReferenceOperation reference:
                return SymbolEqualityComparer.Default.Equals(reference.Local, local) ? value : null;
            case ITupleOperation targets when value is ITupleOperation values && values.Elements.Length == targets.Elements.Length:
                for (var i = 0; i < targets.Elements.Length; i++)
                {
                    if (ElementFor(targets.Elements[i], SkipConversions(values.Elements[i]), local) is { } element)
                    {
                        return element;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool TryFindDeclaringBlock(ILocalReferenceOperation reference, out IBlockOperation block, out int statementIndex)
    {
        IOperation current = reference;
        while (current.Parent is { } parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                // Declared outside the function that reads it: captured, so it can change at any time.
                break;
            }

            if (parent is IBlockOperation candidate && candidate.Locals.Contains(reference.Local, SymbolEqualityComparer.Default))
            {
                block = candidate;
                statementIndex = candidate.Operations.IndexOf(current);
                return statementIndex >= 0;
            }

            current = parent;
        }

        block = null!;
        statementIndex = -1;
        return false;
    }

    private static bool Contains(IOperation outer, IOperation inner)
    {
        for (var current = inner; current is not null; current = current.Parent)
        {
            if (current == outer)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(IOperation? operation, ILocalSymbol local)
    {
        if (operation is null)
        {
            return false;
        }

        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MentionsOutsideBody(ILoopOperation loop, ILocalSymbol local)
    {
        foreach (var child in loop.ChildOperations)
        {
            if (child != loop.Body && Mentions(child, local))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUsedAfter(IBlockOperation block, ILocalSymbol local, ILocalReferenceOperation reference)
    {
        foreach (var descendant in block.Descendants())
        {
            if (descendant is ILocalReferenceOperation other && other != reference
                && SymbolEqualityComparer.Default.Equals(other.Local, local) && other.Syntax.SpanStart > reference.Syntax.SpanStart)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCaptured(IBlockOperation block, ILocalSymbol local)
    {
        foreach (var descendant in block.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && CrossesFunction(reference, block))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInLoopWithin(IOperation operation, IBlockOperation block)
    {
        for (var current = operation.Parent; current is not null && current != block; current = current.Parent)
        {
            if (current is ILoopOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<ILocalReferenceOperation> ReferencesTo(ILocalSymbol local, IOperation statement, out bool captured, out bool jumps)
    {
        captured = false;
        jumps = false;
        var found = ImmutableArray.CreateBuilder<ILocalReferenceOperation>();
        foreach (var operation in statement.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ILocalReferenceOperation candidate when SymbolEqualityComparer.Default.Equals(candidate.Local, local):
                    found.Add(candidate);
                    if (CrossesFunction(candidate, statement))
                    {
                        captured = true;
                    }

                    break;
                case ILabeledOperation:
                case IBranchOperation { BranchKind: BranchKind.GoTo }:
                    jumps = true;
                    break;
            }
        }

        return found.ToImmutable();
    }

    private static bool CrossesFunction(IOperation operation, IOperation statement)
    {
        for (var current = operation; current is not null && current != statement; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return statement is ILocalFunctionOperation;
    }

    private static bool Declares(IOperation statement, ILocalSymbol local, out IOperation? initializer)
    {
        initializer = null;
        if (statement is not IVariableDeclarationGroupOperation group)
        {
            return false;
        }

        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                {
                    initializer = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The state after one earlier expression statement that uses the local; <see cref="MeasureContents.Unknown"/> if it cannot be replayed.</summary>
    private MeasureContents Replay(MeasureContents state, IOperation statement, ImmutableArray<ILocalReferenceOperation> references, int depth)
    {
        if (references.Length == 1)
        {
            var reference = references[0];
            if (reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
            {
                // b = new MeasureBuilder(…) / b = other.…: starts afresh.
                return assignment.Parent == statement && statement is IExpressionStatementOperation
                    ? OfBuilder(assignment.Value, depth + 1)
                    : MeasureContents.Unknown;
            }

            var (top, effect) = ClimbChain(state, reference);
            if (top.Parent is IExpressionStatementOperation expressionStatement && expressionStatement == statement)
            {
                return effect;
            }

            if (top.Parent is IInvocationOperation reader && reader.Instance == top && symbols.IsBuilder(reader.TargetMethod.ContainingType)
                && !symbols.IsBuilder(reader.Type))
            {
                // A read such as b.Build() or b.Validate(): harmless, unless calls before it in the chain added
                // something in a place that may not run.
                return !EffectAdds(state, effect) || RunsUnconditionally(reader, statement) ? effect : MeasureContents.Unknown;
            }

            return MeasureContents.Unknown;
        }

        if (references.Length == 2 && statement is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment2 }
            && assignment2.Target is ILocalReferenceOperation target && references.Contains(target))
        {
            // b = b.AddX(…): the chain on the right must start from the local itself.
            var source = references[0] == target ? references[1] : references[0];
            var (top, effect) = ClimbChain(state, source);
            return SkipConversions(assignment2.Value) == top ? effect : MeasureContents.Unknown;
        }

        return MeasureContents.Unknown;
    }

    private (IOperation Top, MeasureContents State) ClimbChain(MeasureContents state, IOperation start)
    {
        var top = start;
        while (top.Parent is IInvocationOperation call && call.Instance == top && IsFluent(call.TargetMethod))
        {
            state = Apply(state, call);
            top = call;
        }

        return (top, state);
    }

    /// <summary>
    /// Whether a collection is read only to be copied into a measure: the channels or steps argument of a
    /// <c>new Measure(…)</c>, or the value of <c>Channels =</c> / <c>Steps =</c> in its object initializer.
    /// </summary>
    private bool IsCopiedByMeasure(IOperation reference)
    {
        var value = reference;
        while (value.Parent is IConversionOperation conversion)
        {
            value = conversion;
        }

        return value.Parent switch
        {
            IArgumentOperation { Parent: IObjectCreationOperation creation } => symbols.IsMeasure(creation.Type),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property, Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation } } assignment =>
                assignment.Value == value && symbols.IsMeasure(creation.Type) && symbols.IsMeasure(property.Property.ContainingType),
            _ => false,
        };
    }

    private static bool EffectAdds(MeasureContents before, MeasureContents after) => !before.SameAs(after);

    private static bool RunsUnconditionally(IOperation operation, IOperation statement)
    {
        for (var current = operation.Parent; current is not null && current != statement; current = current.Parent)
        {
            switch (current)
            {
                case IInvocationOperation:
                case IArgumentOperation:
                case IConversionOperation:
                case IVariableInitializerOperation:
                case IVariableDeclaratorOperation:
                case IVariableDeclarationOperation:
                case ISimpleAssignmentOperation:
                case IExpressionStatementOperation:
                    continue;
                default:
                    return false;
            }
        }

        return statement is IVariableDeclarationGroupOperation or IExpressionStatementOperation or IReturnOperation;
    }

    /// <summary>
    /// What the elements of a collection held in a local add together: the local is declared with a literal collection
    /// and, before <paramref name="reference"/>, only <c>Add</c>ed to or given to another measure; otherwise
    /// <paramref name="unknown"/>. A measure copies the collection, so what happens to it afterwards does not matter.
    /// </summary>
    private MeasureContents OfLocalCollection(ILocalReferenceOperation reference, Func<IOperation?, MeasureContents> element, MeasureContents unknown)
    {
        var local = reference.Local;
        if (local.IsRef || !TryFindDeclaringBlock(reference, out var block, out var statementIndex))
        {
            return unknown;
        }

        if (IsCaptured(block, local))
        {
            return unknown;
        }

        MeasureContents? result = null;
        for (var i = 0; i <= statementIndex; i++)
        {
            var statement = block.Operations[i];
            var references = ReferencesTo(local, statement, out var captured, out var jumps);
            if (captured || jumps)
            {
                return unknown;
            }

            if (i == statementIndex)
            {
                return references.Length == 1 ? result ?? unknown : unknown;
            }

            if (Declares(statement, local, out var initializer))
            {
                result = references.Length > 0 ? unknown : Collection(initializer, element, unknown, followLocals: false);
            }
            else if (references.Length == 0)
            {
                continue;
            }
            else if (result is { } known && references.Length == 1
                && statement is IExpressionStatementOperation { Operation: IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add }
                && add.Instance == references[0] && IsFrameworkCollection(add.TargetMethod.ContainingType))
            {
                result = known.Then(element(add.Arguments[0].Value));
            }
            else if (result is not null && references.Length == 1 && IsCopiedByMeasure(references[0]))
            {
                // One list shared by several measures: each copies it and none changes it.
                continue;
            }
            else
            {
                return unknown;
            }
        }

        return unknown;
    }
}
