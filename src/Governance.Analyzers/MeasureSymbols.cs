using Microsoft.CodeAnalysis;

namespace Participation.Governance.Analyzers;

/// <summary>
/// The measure-model types of one compilation, resolved once by metadata name in a compilation-start action.
/// </summary>
internal sealed class MeasureSymbols
{
    private const string MeasuresNamespace = "Participation.Governance.Measures.";

    private MeasureSymbols(
        INamedTypeSymbol measure,
        INamedTypeSymbol builder,
        INamedTypeSymbol channel,
        INamedTypeSymbol channelDirection,
        INamedTypeSymbol channelKind,
        INamedTypeSymbol step,
        INamedTypeSymbol stepKind,
        object inboundValue,
        object unspecifiedValue,
        object satisfactionAssessmentValue,
        object collectFeedbackValue,
        object appointRepresentativesValue)
    {
        Measure = measure;
        Builder = builder;
        Channel = channel;
        ChannelDirection = channelDirection;
        ChannelKind = channelKind;
        Step = step;
        StepKind = stepKind;
        InboundValue = inboundValue;
        UnspecifiedValue = unspecifiedValue;
        SatisfactionAssessmentValue = satisfactionAssessmentValue;
        CollectFeedbackValue = collectFeedbackValue;
        AppointRepresentativesValue = appointRepresentativesValue;
    }

    public INamedTypeSymbol Measure { get; }

    public INamedTypeSymbol Builder { get; }

    public INamedTypeSymbol Channel { get; }

    public INamedTypeSymbol ChannelDirection { get; }

    public INamedTypeSymbol ChannelKind { get; }

    public INamedTypeSymbol Step { get; }

    public INamedTypeSymbol StepKind { get; }

    /// <summary>The constant value of <c>ChannelDirection.Inbound</c>.</summary>
    public object InboundValue { get; }

    /// <summary>The constant value of <c>ChannelKind.Unspecified</c>: a channel promised without saying which (GOV005).</summary>
    public object UnspecifiedValue { get; }

    /// <summary>The constant value of <c>StepKind.SatisfactionAssessment</c>.</summary>
    public object SatisfactionAssessmentValue { get; }

    /// <summary>The constant value of <c>StepKind.CollectFeedback</c>: a promise to hear people, a route in.</summary>
    public object CollectFeedbackValue { get; }

    /// <summary>The constant value of <c>StepKind.AppointRepresentatives</c>: committees that seat people's representatives, a route in.</summary>
    public object AppointRepresentativesValue { get; }

    /// <summary>The symbols, or null when the compilation does not reference the measure model (nothing to check).</summary>
    public static MeasureSymbols? Create(Compilation compilation)
    {
        // Looked up in the one assembly that defines them: Compilation.GetTypeByMetadataName would index the names of
        // every referenced assembly first, which costs more than the whole analysis of a small project.
        if (AssemblyNamed(compilation, "Participation.Governance") is not { } model)
        {
            return null;
        }

        var measure = model.GetTypeByMetadataName(MeasuresNamespace + "Measure");
        var builder = model.GetTypeByMetadataName(MeasuresNamespace + "MeasureBuilder");
        var channel = model.GetTypeByMetadataName(MeasuresNamespace + "FeedbackChannel");
        var direction = model.GetTypeByMetadataName(MeasuresNamespace + "ChannelDirection");
        var channelKind = model.GetTypeByMetadataName(MeasuresNamespace + "ChannelKind");
        var step = model.GetTypeByMetadataName(MeasuresNamespace + "MeasureStep");
        var stepKind = model.GetTypeByMetadataName(MeasuresNamespace + "StepKind");
        if (measure is null || builder is null || channel is null || direction is null || channelKind is null || step is null || stepKind is null)
        {
            return null;
        }

        // The step kinds that are a route in are the ones MeasureValidator.IsRouteIn names; the parity tests hold the
        // two to the same list, kind by kind.
        var inbound = EnumValue(direction, "Inbound");
        var unspecified = EnumValue(channelKind, "Unspecified");
        var satisfaction = EnumValue(stepKind, "SatisfactionAssessment");
        var collectFeedback = EnumValue(stepKind, "CollectFeedback");
        var appointRepresentatives = EnumValue(stepKind, "AppointRepresentatives");
        if (inbound is null || unspecified is null || satisfaction is null || collectFeedback is null || appointRepresentatives is null)
        {
            return null;
        }

        return new MeasureSymbols(
            measure, builder, channel, direction, channelKind, step, stepKind, inbound, unspecified, satisfaction, collectFeedback, appointRepresentatives);
    }

    /// <summary>The compilation's own assembly or a referenced one with the given name, or null.</summary>
    public static IAssemblySymbol? AssemblyNamed(Compilation compilation, string name)
    {
        if (compilation.Assembly.Name == name)
        {
            return compilation.Assembly;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == name)
            {
                return assembly;
            }
        }

        return null;
    }

    public bool IsBuilder(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, Builder);

    public bool IsMeasure(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, Measure);

    public bool IsChannel(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, Channel);

    public bool IsStep(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, Step);

    public bool IsStepKind(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, StepKind);

    public bool IsChannelDirection(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, ChannelDirection);

    public bool IsChannelKind(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, ChannelKind);

    /// <summary>Whether <paramref name="type"/> is, or is built from (array element, generic argument), <paramref name="candidate"/>.</summary>
    public static bool Mentions(ITypeSymbol? type, INamedTypeSymbol candidate)
    {
        switch (type)
        {
            case null:
                return false;
            case IArrayTypeSymbol array:
                return Mentions(array.ElementType, candidate);
            case INamedTypeSymbol named:
                if (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, candidate))
                {
                    return true;
                }

                foreach (var argument in named.TypeArguments)
                {
                    if (Mentions(argument, candidate))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static object? EnumValue(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IFieldSymbol { HasConstantValue: true } field)
            {
                return field.ConstantValue;
            }
        }

        return null;
    }
}
