using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Participation.Governance.Analyzers;

/// <summary>
/// Works out, from the operations of one method body, whether a measure being built or created certainly has, certainly
/// lacks, or may have a route for people's views, a named inbound channel and a satisfaction-assessment step. Branches
/// and loops are joined over their paths; anything that cannot be followed (a parameter, a call, a capture, an alias,
/// paths that disagree) is <see cref="Presence.Unknown"/>, so the rules never guess. Stateless apart from the resolved
/// symbols: safe to share between concurrent operation actions.
/// </summary>
internal sealed partial class MeasureContentsAnalysis
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
            case IObjectCreationOperation creation when symbols.IsMeasure(creation.Type) && !IsOnlyValidated(creation):
                contents = OfCreation(creation);
                location = Location.Create(creation.Syntax.SyntaxTree, CreationHeadSpan(creation.Syntax));
                form = MeasureForm.Creation;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether a created measure is only checked: <c>new Measure { … }.Validate()</c>,
    /// <c>MeasureValidator.Validate(new Measure { … })</c>, or a local whose every use is one of these. The findings are
    /// then what the code asks for (a test, a validation screen), not a measure put to use.
    /// </summary>
    private bool IsOnlyValidated(IObjectCreationOperation creation)
    {
        IOperation value = creation;
        while (value.Parent is IConversionOperation conversion)
        {
            value = conversion;
        }

        if (IsValidated(value))
        {
            return true;
        }

        if (value.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { IsRef: false } local } declarator })
        {
            return false;
        }

        IOperation? scope = declarator;
        while (scope is not null && !(scope is IBlockOperation block && block.Locals.Contains(local, SymbolEqualityComparer.Default)))
        {
            scope = scope.Parent;
        }

        var uses = 0;
        foreach (var descendant in scope?.Descendants() ?? [])
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                if (!IsValidated(reference))
                {
                    return false;
                }

                uses++;
            }
        }

        return uses > 0;
    }

    private bool IsValidated(IOperation value)
    {
        while (value.Parent is IConversionOperation conversion)
        {
            value = conversion;
        }

        return value.Parent switch
        {
            IInvocationOperation { TargetMethod.Name: "Validate" } call => call.Instance == value && symbols.IsMeasure(call.TargetMethod.ContainingType),
            IArgumentOperation { Parent: IInvocationOperation { Instance: null, TargetMethod: { Name: "Validate", ContainingType: { Name: "MeasureValidator" } validator } } } =>
                SymbolEqualityComparer.Default.Equals(validator.ContainingNamespace, symbols.Measure.ContainingNamespace),
            _ => false,
        };
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
                // An object initializer can only be empty: the builder has no settable members.
                return creation.Initializer is null or { Initializers.IsEmpty: true }
                    && creation.Constructor is { } constructor && HasOnlyPlainParameters(constructor)
                    ? MeasureContents.Empty
                    : MeasureContents.Unknown;
            case IConditionalOperation { WhenFalse: { } whenFalse } choice:
                // flag ? new MeasureBuilder(…) : other: what both branches agree on; a null branch builds nothing.
                return OfBranches(OfBranch(choice.WhenTrue, depth), OfBranch(whenFalse, depth));
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

    private MeasureContents? OfBranch(IOperation branch, int depth) =>
        SkipConversions(branch) is { ConstantValue: { HasValue: true, Value: null } } ? null : OfBuilder(branch, depth);

    private static MeasureContents OfBranches(MeasureContents? first, MeasureContents? second) =>
        first is null ? second ?? MeasureContents.Unknown
        : second is null ? first.Value
        : Join(first, second) ?? MeasureContents.Unknown;

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
                // Inbound by its name; named unless the kind is Unspecified.
                return new MeasureContents(Presence.Present, KindArgument(call), Presence.Absent);
            case "AddSatisfactionAssessment":
                return new MeasureContents(Presence.Absent, Presence.Absent, Presence.Present);
            case "AddPublicationChannel":
                // Outbound: tells people things, takes no opinions in.
                return MeasureContents.Empty;
            case "AddChannel":
                return ChannelArgument(call);
            case "AddStep":
                return StepArgument(call);
            default:
                return EffectOfOtherCall(call.TargetMethod);
        }
    }

    private Presence KindArgument(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (symbols.IsChannelKind(argument.Parameter?.Type))
            {
                return ChannelKindNamed(argument.Value);
            }
        }

        return Presence.Unknown;
    }

    private MeasureContents ChannelArgument(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (symbols.IsChannel(argument.Parameter?.Type))
            {
                return ChannelElement(argument.Value);
            }
        }

        return MeasureContents.UnknownChannel;
    }

    private MeasureContents StepArgument(IInvocationOperation call)
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

        return MeasureContents.UnknownStep;
    }

    // A builder method the rules do not know by name: neutral unless it takes something that could carry a channel or
    // a step (or code that could add one).
    private MeasureContents EffectOfOtherCall(IMethodSymbol method)
    {
        var effect = MeasureContents.Empty;
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
                effect = effect.Then(MeasureContents.UnknownChannel);
            }

            if (MeasureSymbols.Mentions(type, symbols.Step))
            {
                effect = effect.Then(MeasureContents.UnknownStep);
            }
        }

        return effect;
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

        var channel = channelsUnknown ? MeasureContents.UnknownChannel
            : channelsGiven ? Collection(channels, ChannelElement, MeasureContents.UnknownChannel)
            : MeasureContents.Empty;
        var step = stepsUnknown ? MeasureContents.UnknownStep
            : stepsGiven ? Collection(steps, StepElement, MeasureContents.UnknownStep)
            : MeasureContents.Empty;
        return channel.Then(step);
    }

    /// <summary>
    /// What the elements of a literal collection (or of one held in a local, see <see cref="OfLocalCollection"/>) add
    /// together; <paramref name="unknown"/>, the effect of an element that cannot be seen, for anything else.
    /// </summary>
    private MeasureContents Collection(IOperation? value, Func<IOperation?, MeasureContents> element, MeasureContents unknown, bool followLocals = true)
    {
        value = SkipConversions(value);
        switch (value)
        {
            case null:
                return unknown;
            case ILocalReferenceOperation local when followLocals:
                return OfLocalCollection(local, element, unknown);
            case IInvocationOperation { Instance: null, Arguments.IsEmpty: true, TargetMethod: { Name: "Empty", ContainingType: var type } }
                when type.ToDisplayString() is "System.Array" or "System.Linq.Enumerable":
                return MeasureContents.Empty;
            case { Syntax: CollectionExpressionSyntax expression }:
                var result = MeasureContents.Empty;
                foreach (var item in expression.Elements)
                {
                    result = result.Then(item is ExpressionElementSyntax single ? element(value.SemanticModel?.GetOperation(single.Expression)) : unknown);
                }

                return result;
            case IArrayCreationOperation array:
                if (array.Initializer is { } arrayInitializer)
                {
                    return All(arrayInitializer.ElementValues, element);
                }

                foreach (var size in array.DimensionSizes)
                {
                    if (size.ConstantValue is not { HasValue: true, Value: 0 })
                    {
                        return unknown;
                    }
                }

                return MeasureContents.Empty;
            case IObjectCreationOperation list when IsFrameworkCollection(list.Type)
                && list.Arguments.All(a => a.Parameter?.Type.SpecialType == SpecialType.System_Int32):
                if (list.Initializer is null)
                {
                    return MeasureContents.Empty;
                }

                var items = ImmutableArray.CreateBuilder<IOperation>();
                foreach (var add in list.Initializer.Initializers)
                {
                    if (add is not IInvocationOperation { Arguments.Length: 1 } call)
                    {
                        return unknown;
                    }

                    items.Add(call.Arguments[0].Value);
                }

                return All(items.ToImmutable(), element);
            default:
                return unknown;
        }
    }

    // Only the framework's own collections are known to start empty; a class of the caller's could fill itself.
    private static bool IsFrameworkCollection(ITypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() is "System.Collections.Generic" or "System.Collections.ObjectModel";

    private static MeasureContents All(ImmutableArray<IOperation> items, Func<IOperation?, MeasureContents> element)
    {
        var result = MeasureContents.Empty;
        foreach (var item in items)
        {
            result = result.Then(element(item));
        }

        return result;
    }

    /// <summary>
    /// <c>new FeedbackChannel(kind[, direction])</c>: a route in unless the direction says outbound, and a named one
    /// when it is also of a constant kind other than <c>Unspecified</c>.
    /// </summary>
    private MeasureContents ChannelElement(IOperation? operation)
    {
        if (SkipConversions(operation) is not IObjectCreationOperation creation || !symbols.IsChannel(creation.Type)
            || InitializesMemberOfType(creation, symbols.ChannelDirection, symbols.ChannelKind))
        {
            return MeasureContents.UnknownChannel;
        }

        var inbound = Presence.Present;
        var named = Presence.Unknown;
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (symbols.IsChannelDirection(parameter.Type))
            {
                inbound = argument.ArgumentKind == ArgumentKind.DefaultValue
                    ? parameter.HasExplicitDefaultValue && Equals(parameter.ExplicitDefaultValue, symbols.InboundValue) ? Presence.Present : Presence.Unknown
                    : argument.Value.ConstantValue is { HasValue: true } direction
                        ? Equals(direction.Value, symbols.InboundValue) ? Presence.Present : Presence.Absent
                        : Presence.Unknown;
            }
            else if (symbols.IsChannelKind(parameter.Type))
            {
                named = ChannelKindNamed(argument.Value);
            }
        }

        return new MeasureContents(inbound, MeasureContents.Both(inbound, named), Presence.Absent);
    }

    /// <summary>Whether a channel kind is a named one: a constant other than <c>ChannelKind.Unspecified</c>.</summary>
    private Presence ChannelKindNamed(IOperation value) =>
        value.ConstantValue is { HasValue: true } kind
            ? Equals(kind.Value, symbols.UnspecifiedValue) ? Presence.Absent : Presence.Present
            : Presence.Unknown;

    /// <summary><c>new MeasureStep(kind, description)</c>: what a step of that kind is, when the kind is a constant.</summary>
    private MeasureContents StepElement(IOperation? operation)
    {
        if (SkipConversions(operation) is not IObjectCreationOperation creation || !symbols.IsStep(creation.Type)
            || InitializesMemberOfType(creation, symbols.StepKind))
        {
            return MeasureContents.UnknownStep;
        }

        foreach (var argument in creation.Arguments)
        {
            if (symbols.IsStepKind(argument.Parameter?.Type))
            {
                return StepKindValue(argument.Value);
            }
        }

        return MeasureContents.UnknownStep;
    }

    // An object initializer that sets the direction or kind would override what the constructor was given; one that
    // is not a plain assignment is not followed.
    private static bool InitializesMemberOfType(IObjectCreationOperation creation, INamedTypeSymbol type, INamedTypeSymbol? otherType = null)
    {
        if (creation.Initializer is null)
        {
            return false;
        }

        foreach (var member in creation.Initializer.Initializers)
        {
            if (member is not ISimpleAssignmentOperation assignment || MeasureSymbols.Mentions(assignment.Target.Type, type)
                || (otherType is not null && MeasureSymbols.Mentions(assignment.Target.Type, otherType)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A step of a constant kind: a route in when it hears people or seats their representatives (as
    /// <c>MeasureValidator.IsRouteIn</c>), the assessment when it is <c>SatisfactionAssessment</c>. A kind from a variable
    /// could be any of them.
    /// </summary>
    private MeasureContents StepKindValue(IOperation value)
    {
        if (value.ConstantValue is not { HasValue: true, Value: var kind })
        {
            return MeasureContents.UnknownStep;
        }

        var routeIn = Equals(kind, symbols.CollectFeedbackValue) || Equals(kind, symbols.AppointRepresentativesValue);
        return new MeasureContents(
            routeIn ? Presence.Present : Presence.Absent,
            Presence.Absent,
            Equals(kind, symbols.SatisfactionAssessmentValue) ? Presence.Present : Presence.Absent);
    }

    private static IOperation? SkipConversions(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
