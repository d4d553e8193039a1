using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Participation.Governance.Rules;

namespace Participation.Governance.Analyzers.CodeFixes;

/// <summary>
/// GOV001 fix: adds an inbound website channel — <c>.AddFeedbackChannel(ChannelKind.Website)</c> before
/// <c>Build()</c>, or <c>new FeedbackChannel(ChannelKind.Website)</c> in the measure's channel collection (adding
/// <c>Channels = […]</c> when there is none).
/// </summary>
/// <remarks>
/// The website is the channel an ITA assessment looks for first and the one nearly every agency has; the fix gives a
/// compiling starting point that the author edits to the real channel.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoFeedbackChannelCodeFixProvider))]
[Shared]
public sealed class NoFeedbackChannelCodeFixProvider : CodeFixProvider
{
    private static readonly MeasureFixSpec Spec = new(
        "Add a website feedback channel",
        GovernanceRuleText.NoFeedbackChannelId + ".AddWebsiteChannel",
        "AddFeedbackChannel({ChannelKind}.Website)",
        "new {FeedbackChannel}({ChannelKind}.Website)",
        "Channels",
        "FeedbackChannel",
        "FeedbackChannel",
        "ChannelKind");

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(GovernanceRuleText.NoFeedbackChannelId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => MeasureFixes.RegisterAsync(context, Spec);
}
