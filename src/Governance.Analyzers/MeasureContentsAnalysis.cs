using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Participation.Governance.Analyzers;

/// <summary>
/// Works out, from the operations of one method body, whether a measure being built or created certainly has, certainly
/// lacks, or may have an inbound feedback channel and a satisfaction-assessment step. Anything that cannot be followed
/// (a parameter, a call, a loop, a branch, a capture, an alias) is <see cref="Presence.Unknown"/>, so the rules never
/// guess. Stateless apart from the resolved symbols: safe to share between concurrent operation actions.
/// </summary>
internal sealed class MeasureContentsAnalysis
{
    // Bounds how far builder locals initialised from other builder locals are followed.
    private const int MaxLocalDepth = 8;

    private readonly MeasureSymbols symbols;

    public MeasureContentsAnalysis(MeasureSymbols symbols) => this.symbols = symbols;

    /// <summary>
    /// The contents of the measure that <paramref name="operation"/> produces, and where a diagnostic about it goes, when
    /// the operation is a <c>Build()</c>/<c>TryBuild(…)</c> call on a builder or a <c>new Measure…</c> creation.
    /// </summary>
    public bool TryAnalyze(IOperation operation, out MeasureContents contents, out Location location, out string form)
    {
        contents = MeasureContents.Unknown;
        location = Location.None;
        form = string.Empty;
        switch (operation)
        {
            case IInvocationOperation invocation when IsBuildCall(invocation.TargetMethod) && invocation.Instance is not null:
                if (invocation.Syntax is not InvocationExpressionSyntax syntax || BuildNameStart(syntax) is not { } start)
                {
                    return false;
                }

                contents = OfBuilder(invocation.Instance, 0);
                location = Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(start, syntax.Span.End));
                form = MeasureForm.BuilderCall;
                return true;
            case IObjectCreationOperation creation when symbols.IsMeasure(creation.Type):
                contents = OfCreation(creation);
                location = Location.Create(creation.Syntax.SyntaxTree, CreationHeadSpan(creation.Syntax));
                form = MeasureForm.Creation;
                return true;
            default:
                return false;
        }
    }

    private bool IsBuildCall(IMethodSymbol method) =>
        symbols.IsBuilder(method.ContainingType) && !method.IsStatic && method.Name is "Build" or "TryBuild";

    private static int? BuildNameStart(InvocationExpressionSyntax syntax) => syntax.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.SpanStart,
        MemberBindingExpressionSyntax binding => binding.Name.SpanStart,
        _ => null,
    };

    // "new Measure(…)" without its initializer: the part that names what is created.
    private static TextSpan CreationHeadSpan(SyntaxNode syntax) => syntax switch
    {
        ObjectCreationExpressionSyntax creation =>
            TextSpan.FromBounds(creation.NewKeyword.SpanStart, creation.ArgumentList?.Span.End ?? creation.Type.Span.End),
        ImplicitObjectCreationExpressionSyntax creation =>
            TextSpan.FromBounds(creation.NewKeyword.SpanStart, creation.ArgumentList.Span.End),
        _ => syntax.Span,
    };

    // ---- builders -------------------------------------------------------------------------------------------------

    private MeasureContents OfBuilder(IOperation? operation, int depth)
    {
        // A chain a.B().C().Build() nests right to left; collect the fluent calls, then replay them from the root.
        var calls = ImmutableArray.CreateBuilder<IInvocationOperation>();
        var current = SkipConversions(operation);
        while (current is IInvocationOperation { Instance: { } instance } call && IsFluent(call.TargetMethod))
        {
            calls.Add(call);
            current = SkipConversions(instance);
        }

        var state = OfBuilderRoot(current, depth);
        for (var i = calls.Count - 1; i >= 0; i--)
        {
            state = Apply(state, calls[i]);
        }

        return state;
    }

    private MeasureContents OfBuilderRoot(IOperation? root, int depth)
    {
        switch (root)
        {
            case IObjectCreationOperation creation when symbols.IsBuilder(creation.Type):
                return creation.Initializer is null && creation.Constructor is { } constructor && HasOnlyPlainParameters(constructor)
                    ? MeasureContents.Empty
                    : MeasureContents.Unknown;
            case IInvocationOperation { Instance: null } factory
                when factory.TargetMethod.Name == "CreateBuilder" && symbols.IsMeasure(factory.TargetMethod.ContainingType)
                    && symbols.IsBuilder(factory.Type):
                return HasOnlyPlainParameters(factory.TargetMethod) ? MeasureContents.Empty : MeasureContents.Unknown;
            case ILocalReferenceOperation local:
                return OfLocal(local, depth);
            case IConditionalAccessInstanceOperation instance:
                return EnclosingConditionalAccess(instance) is { } access ? OfBuilder(access.Operation, depth) : MeasureContents.Unknown;
            default:
                return MeasureContents.Unknown;
        }
    }

    private static IConditionalAccessOperation? EnclosingConditionalAccess(IConditionalAccessInstanceOperation instance)
    {
        // The access whose WhenNotNull holds the instance; in a?.B()?.C() the inner access's Operation holds B's.
        IOperation child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access;
            }
        }

        return null;
    }

    /// <summary>An instance method of the builder that returns the builder, so a chain can go on.</summary>
    private bool IsFluent(IMethodSymbol method) =>
        !method.IsStatic && symbols.IsBuilder(method.ContainingType) && symbols.IsBuilder(method.ReturnType);

    private MeasureContents Apply(MeasureContents state, IInvocationOperation call)
    {
        var name = call.TargetMethod.Name;
        if (name.StartsWith("Remove", StringComparison.Ordinal) || name.StartsWith("Clear", StringComparison.Ordinal)
            || name.StartsWith("Reset", StringComparison.Ordinal) || name.StartsWith("Without", StringComparison.Ordinal))
        {
            // Taking things away could undo what was seen before; nothing is certain afterwards.
            return MeasureContents.Unknown;
        }

        return state.Then(EffectOf(call));
    }

    private MeasureContents EffectOf(IInvocationOperation call)
    {
        switch (call.TargetMethod.Name)
        {
            case "AddFeedbackChannel":
                return new MeasureContents(Presence.Present, Presence.Absent);
            case "AddSatisfactionAssessment":
                return new MeasureContents(Presence.Absent, Presence.Present);
            case "AddPublicationChannel":
                // Outbound: tells people things, takes no opinions in.
                return MeasureContents.Empty;
            case "AddChannel":
                return new MeasureContents(ChannelArgument(call), Presence.Absent);
            case "AddStep":
                return new MeasureContents(Presence.Absent, StepArgument(call));
            default:
                return EffectOfOtherCall(call.TargetMethod);
        }
    }

    private Presence ChannelArgument(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (symbols.IsChannel(argument.Parameter?.Type))
            {
                return ChannelElement(argument.Value);
            }
        }

        return Presence.Unknown;
    }

    private Presence StepArgument(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            var type = argument.Parameter?.Type;
            if (symbols.IsStepKind(type))
            {
                return StepKindValue(argument.Value);
            }

            if (symbols.IsStep(type))
            {
                return StepElement(argument.Value);
            }
        }

        return Presence.Unknown;
    }

    // A builder method the rules do not know by name: neutral unless it takes something that could carry a channel or
    // a step (or code that could add one).
    private MeasureContents EffectOfOtherCall(IMethodSymbol method)
    {
        var channel = Presence.Absent;
        var step = Presence.Absent;
        foreach (var parameter in method.Parameters)
        {
            var type = parameter.Type;
            if (type.TypeKind == TypeKind.Delegate || MeasureSymbols.Mentions(type, symbols.Measure)
                || MeasureSymbols.Mentions(type, symbols.Builder))
            {
                return MeasureContents.Unknown;
            }

            if (MeasureSymbols.Mentions(type, symbols.Channel))
            {
                channel = Presence.Unknown;
            }

            if (MeasureSymbols.Mentions(type, symbols.Step))
            {
                step = Presence.Unknown;
            }
        }

        return new MeasureContents(channel, step);
    }

    private bool HasOnlyPlainParameters(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            var type = parameter.Type;
            if (type.TypeKind == TypeKind.Delegate || MeasureSymbols.Mentions(type, symbols.Measure)
                || MeasureSymbols.Mentions(type, symbols.Builder) || MeasureSymbols.Mentions(type, symbols.Channel)
                || MeasureSymbols.Mentions(type, symbols.Step))
            {
                return false;
            }
        }

        return true;
    }

    // ---- builders held in locals ----------------------------------------------------------------------------------

    /// <summary>
    /// The contents of the builder in a local at <paramref name="reference"/>, when every use of the local before that
    /// point is a statement of the declaring block that can be replayed in order (declaration, a call chain on the
    /// local, <c>b = b.…</c>, <c>b = new…</c>, a read such as <c>b.Build()</c>).
    /// </summary>
    private MeasureContents OfLocal(ILocalReferenceOperation reference, int depth)
    {
        var local = reference.Local;
        if (depth > MaxLocalDepth || local.IsRef || !TryFindDeclaringBlock(reference, out var block, out var statementIndex))
        {
            return MeasureContents.Unknown;
        }

        // Unknown until the declaration is seen: a local declared any other way (out var, pattern) is not followed.
        var state = MeasureContents.Unknown;
        for (var i = 0; i < block.Operations.Length; i++)
        {
            var statement = block.Operations[i];
            var references = ReferencesTo(local, statement, out var captured, out var jumps);
            if (captured || jumps)
            {
                return MeasureContents.Unknown;
            }

            if (i == statementIndex)
            {
                // The use being analysed must be the only one in its statement: any other could run before or after it.
                if (references.Length != 1)
                {
                    return MeasureContents.Unknown;
                }

                continue;
            }

            if (i > statementIndex)
            {
                // After the point of interest nothing matters for a Build() call; a builder read into another local
                // (depth > 0) is shared with it, so later changes through this one would be missed.
                if (depth > 0 && references.Length > 0)
                {
                    return MeasureContents.Unknown;
                }

                continue;
            }

            if (Declares(statement, local, out var initializer))
            {
                if (references.Length > 0)
                {
                    return MeasureContents.Unknown;
                }

                state = initializer is null ? MeasureContents.Unknown : OfBuilder(initializer, depth + 1);
                continue;
            }

            if (references.Length > 0)
            {
                state = Replay(state, statement, references, depth);
            }
        }

        return state;
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

    /// <summary>The state after one earlier statement that uses the local; <see cref="MeasureContents.Unknown"/> if it cannot be replayed.</summary>
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

    private static bool EffectAdds(MeasureContents before, MeasureContents after) =>
        before.InboundChannel != after.InboundChannel || before.SatisfactionAssessment != after.SatisfactionAssessment;

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

    // ---- constructors and object initializers ---------------------------------------------------------------------

    private MeasureContents OfCreation(IObjectCreationOperation creation)
    {
        if (creation.Constructor is null)
        {
            return MeasureContents.Unknown;
        }

        IOperation? channels = null;
        IOperation? steps = null;
        var channelsGiven = false;
        var stepsGiven = false;
        foreach (var argument in creation.Arguments)
        {
            var type = argument.Parameter?.Type;
            if (MeasureSymbols.Mentions(type, symbols.Channel))
            {
                (channels, channelsGiven) = (argument.Value, true);
            }
            else if (MeasureSymbols.Mentions(type, symbols.Step))
            {
                (steps, stepsGiven) = (argument.Value, true);
            }
            else if (type is null || type.TypeKind == TypeKind.Delegate || MeasureSymbols.Mentions(type, symbols.Measure)
                || MeasureSymbols.Mentions(type, symbols.Builder))
            {
                return MeasureContents.Unknown;
            }
        }

        var channelsUnknown = false;
        var stepsUnknown = false;
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                switch (member)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation or IFieldReferenceOperation } assignment:
                        var memberType = assignment.Target.Type;
                        if (MeasureSymbols.Mentions(memberType, symbols.Channel))
                        {
                            (channels, channelsGiven) = (assignment.Value, true);
                        }
                        else if (MeasureSymbols.Mentions(memberType, symbols.Step))
                        {
                            (steps, stepsGiven) = (assignment.Value, true);
                        }

                        break;
                    case IMemberInitializerOperation nested:
                        // Channels = { … } adds to whatever the constructor put there.
                        channelsUnknown |= MeasureSymbols.Mentions(nested.InitializedMember.Type, symbols.Channel);
                        stepsUnknown |= MeasureSymbols.Mentions(nested.InitializedMember.Type, symbols.Step);
                        break;
                    default:
                        // Anything else touching the collections (an indexer, a dynamic member) is not followed.
                        if (member.Type is not null && (MeasureSymbols.Mentions(member.Type, symbols.Channel) || MeasureSymbols.Mentions(member.Type, symbols.Step)))
                        {
                            return MeasureContents.Unknown;
                        }

                        break;
                }
            }
        }

        var channel = channelsUnknown ? Presence.Unknown : channelsGiven ? Collection(channels, ChannelElement) : Presence.Absent;
        var step = stepsUnknown ? Presence.Unknown : stepsGiven ? Collection(steps, StepElement) : Presence.Absent;
        return new MeasureContents(channel, step);
    }

    /// <summary>Whether any element of a literal collection has the property; Unknown for anything but a literal.</summary>
    private static Presence Collection(IOperation? value, Func<IOperation?, Presence> element)
    {
        value = SkipConversions(value);
        switch (value)
        {
            case null:
                return Presence.Unknown;
            case { Syntax: CollectionExpressionSyntax expression }:
                var result = Presence.Absent;
                foreach (var item in expression.Elements)
                {
                    result = MeasureContents.Combine(
                        result,
                        item is ExpressionElementSyntax single ? element(value.SemanticModel?.GetOperation(single.Expression)) : Presence.Unknown);
                }

                return result;
            case IArrayCreationOperation array:
                if (array.Initializer is { } arrayInitializer)
                {
                    return Any(arrayInitializer.ElementValues, element);
                }

                foreach (var size in array.DimensionSizes)
                {
                    if (size.ConstantValue is not { HasValue: true, Value: 0 })
                    {
                        return Presence.Unknown;
                    }
                }

                return Presence.Absent;
            case IObjectCreationOperation list when IsFrameworkCollection(list.Type)
                && list.Arguments.All(a => a.Parameter?.Type.SpecialType == SpecialType.System_Int32):
                if (list.Initializer is null)
                {
                    return Presence.Absent;
                }

                var items = ImmutableArray.CreateBuilder<IOperation>();
                foreach (var add in list.Initializer.Initializers)
                {
                    if (add is not IInvocationOperation { Arguments.Length: 1 } call)
                    {
                        return Presence.Unknown;
                    }

                    items.Add(call.Arguments[0].Value);
                }

                return Any(items.ToImmutable(), element);
            default:
                return Presence.Unknown;
        }
    }

    // Only the framework's own collections are known to start empty; a class of the caller's could fill itself.
    private static bool IsFrameworkCollection(ITypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() is "System.Collections.Generic" or "System.Collections.ObjectModel";

    private static Presence Any(ImmutableArray<IOperation> items, Func<IOperation?, Presence> element)
    {
        var result = Presence.Absent;
        foreach (var item in items)
        {
            result = MeasureContents.Combine(result, element(item));
        }

        return result;
    }

    /// <summary><c>new FeedbackChannel(kind[, direction])</c>: inbound unless the direction says otherwise.</summary>
    private Presence ChannelElement(IOperation? operation)
    {
        if (SkipConversions(operation) is not IObjectCreationOperation creation || !symbols.IsChannel(creation.Type)
            || InitializesMemberOfType(creation, symbols.ChannelDirection))
        {
            return Presence.Unknown;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter && symbols.IsChannelDirection(parameter.Type))
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    return parameter.HasExplicitDefaultValue && Equals(parameter.ExplicitDefaultValue, symbols.InboundValue)
                        ? Presence.Present
                        : Presence.Unknown;
                }

                return argument.Value.ConstantValue is { HasValue: true } direction
                    ? Equals(direction.Value, symbols.InboundValue) ? Presence.Present : Presence.Absent
                    : Presence.Unknown;
            }
        }

        return Presence.Present;
    }

    /// <summary><c>new MeasureStep(kind, description)</c>: a satisfaction assessment when the kind is that constant.</summary>
    private Presence StepElement(IOperation? operation)
    {
        if (SkipConversions(operation) is not IObjectCreationOperation creation || !symbols.IsStep(creation.Type)
            || InitializesMemberOfType(creation, symbols.StepKind))
        {
            return Presence.Unknown;
        }

        foreach (var argument in creation.Arguments)
        {
            if (symbols.IsStepKind(argument.Parameter?.Type))
            {
                return StepKindValue(argument.Value);
            }
        }

        return Presence.Unknown;
    }

    // An object initializer that sets the direction (or kind) would override what the constructor was given.
    private static bool InitializesMemberOfType(IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        if (creation.Initializer is null)
        {
            return false;
        }

        foreach (var member in creation.Initializer.Initializers)
        {
            if (member is not ISimpleAssignmentOperation assignment || MeasureSymbols.Mentions(assignment.Target.Type, type))
            {
                return true;
            }
        }

        return false;
    }

    private Presence StepKindValue(IOperation value) =>
        value.ConstantValue is { HasValue: true } kind
            ? Equals(kind.Value, symbols.SatisfactionAssessmentValue) ? Presence.Present : Presence.Absent
            : Presence.Unknown;

    private static IOperation? SkipConversions(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
