using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Participation.Governance.Analyzers.Tests.Harness;

/// <summary>One expected diagnostic: its rule ID (null: the analyzer's only rule) and span.</summary>
internal readonly record struct ExpectedDiagnostic(string? Id, TextSpan Span);

/// <summary>
/// Test source with the expected diagnostics marked in it: <c>[|…|]</c> for the rule under test, <c>{|GOV001:…|}</c>
/// naming the rule. The markers are removed from <see cref="Source"/>.
/// </summary>
internal sealed class MarkedSource
{
    private MarkedSource(string source, ImmutableArray<ExpectedDiagnostic> expected)
    {
        Source = source;
        Expected = expected;
    }

    public string Source { get; }

    public ImmutableArray<ExpectedDiagnostic> Expected { get; }

    public static MarkedSource Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(string? Id, int Start)>();
        var expected = ImmutableArray.CreateBuilder<ExpectedDiagnostic>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push((null, text.Length));
                i++;
            }
            else if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new ArgumentException("A {| marker needs an ID and a colon: {|GOV001:…|}.", nameof(markup));
                }

                open.Push((markup[(i + 2)..colon], text.Length));
                i = colon;
            }
            else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("An opened marker is never closed.", nameof(markup));
        }

        return new MarkedSource(text.ToString(), expected.ToImmutable());
    }

    private static bool Starts(string text, int index, string value) =>
        string.CompareOrdinal(text, index, value, 0, value.Length) == 0;
}
