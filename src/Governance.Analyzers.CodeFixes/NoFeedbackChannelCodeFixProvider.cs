using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Participation.Governance.Rules;

namespace Participation.Governance.Analyzers.CodeFixes;

/// <summary>
/// GOV001 fix: adds an inbound feedback channel that still has to be named —
/// <c>.AddFeedbackChannel(ChannelKind.Unspecified, "ระบุช่องทาง …")</c> before <c>Build()</c>, or
/// <c>new FeedbackChannel(ChannelKind.Unspecified, detail: "ระบุช่องทาง …")</c> in the measure's channel collection
/// (adding <c>Channels = […]</c> when there is none).
/// </summary>
/// <remarks>
/// A made-up channel (a website with no address) would make the code compliant on paper only. The placeholder is
/// visibly one: its detail says "name the channel, e.g. website, telephone, suggestion box", and a measure whose only
/// feedback channels are <c>ChannelKind.Unspecified</c> gets GOV005 (info), from the analyzer while typing and from
/// <c>Validate()</c> at run time, until the developer names the real one.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoFeedbackChannelCodeFixProvider))]
[Shared]
public sealed class NoFeedbackChannelCodeFixProvider : CodeFixProvider
{
    /// <summary>The detail of the placeholder channel: "name the channel, e.g. website, telephone, suggestion box".</summary>
    internal const string PlaceholderDetail = "ระบุช่องทาง เช่น เว็บไซต์ โทรศัพท์ กล่องรับความคิดเห็น";

    private static readonly MeasureFixSpec Spec = new(
        "Add a feedback channel to name",
        GovernanceRuleText.NoFeedbackChannelId + ".AddChannelPlaceholder",
        "AddFeedbackChannel({ChannelKind}.Unspecified, \"" + PlaceholderDetail + "\")",
        "new {FeedbackChannel}({ChannelKind}.Unspecified, detail: \"" + PlaceholderDetail + "\")",
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
