using System.Text.RegularExpressions;

namespace Participation.Governance.Snippets.Tests.Harness;

/// <summary>A <c>```csharp</c> block of a Markdown file, with the directives of the comment just above it.</summary>
/// <param name="File">The Markdown file, relative to the repository root, with forward slashes.</param>
/// <param name="Index">The block's number in its file, from 1.</param>
/// <param name="FirstLine">The line of the file the block's first line of code is on, from 1.</param>
/// <param name="Code">The code, as written.</param>
/// <param name="Name">The name other blocks continue it by, or null.</param>
/// <param name="Continues">
/// Null for a block that stands alone; otherwise the block goes on from another block of the file (whose names are in
/// scope): the one of that name, or the previous block when the name is empty.
/// </param>
/// <param name="Files">Files the example reads: the name it uses, and the repository file to give it.</param>
internal sealed record MarkdownSnippet(string File, int Index, int FirstLine, string Code, string? Name, string? Continues, IReadOnlyList<(string Name, string Source)> Files)
{
    public override string ToString() => $"{File} example {Index} (line {FirstLine})";
}

/// <summary>
/// Finds the C# examples of a Markdown file. An HTML comment on the line just above a block gives directives, which a
/// reader of the rendered page does not see, separated by semicolons: <c>name N</c> (other blocks continue this one as N),
/// <c>continues</c> or <c>continues N</c> (the block goes on from the previous block, or from the block named N), and
/// <c>file NAME = PATH</c> (the example reads NAME; it gets a copy of the repository's PATH).
/// </summary>
internal static partial class MarkdownSnippets
{
    public static IReadOnlyList<MarkdownSnippet> Read(string file, string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var snippets = new List<MarkdownSnippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var indent = fence.Groups["indent"].Value;
            var isCSharp = fence.Groups["info"].Value.Trim() is "csharp" or "cs" or "c#";
            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != fence.Groups["fence"].Value)
            {
                end++;
            }

            if (isCSharp)
            {
                var code = string.Join("\n", lines[start..end].Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()));
                var (name, continues, files) = Directives(i > 0 ? lines[i - 1] : "");
                snippets.Add(new MarkdownSnippet(file, snippets.Count + 1, start + 1, code, name, continues, files));
            }

            i = end;
        }

        return snippets;
    }

    /// <summary>The chain of blocks <paramref name="last"/> runs as: the blocks it continues, first first, then itself.</summary>
    public static IReadOnlyList<MarkdownSnippet> Chain(IReadOnlyList<MarkdownSnippet> fileSnippets, MarkdownSnippet last)
    {
        var chain = new List<MarkdownSnippet> { last };
        for (var current = last; current.Continues is { } from;)
        {
            current = from.Length == 0
                ? fileSnippets[current.Index - 2]
                : fileSnippets.SingleOrDefault(s => s.Name == from) ?? throw new FormatException($"{current} continues '{from}', which no block of {current.File} is named.");
            chain.Insert(0, current);
        }

        return chain;
    }

    private static (string? Name, string? Continues, IReadOnlyList<(string, string)> Files) Directives(string line)
    {
        var match = Directive().Match(line);
        if (!match.Success)
        {
            return (null, null, []);
        }

        string? name = null;
        string? continues = null;
        var files = new List<(string, string)>();
        foreach (var part in match.Groups["body"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "continues" || part.StartsWith("continues ", StringComparison.Ordinal))
            {
                continues = part["continues".Length..].Trim();
            }
            else if (part.StartsWith("name ", StringComparison.Ordinal))
            {
                name = part[5..].Trim();
            }
            else if (part.StartsWith("file ", StringComparison.Ordinal) && part[5..].Split('=', 2, StringSplitOptions.TrimEntries) is [var fileName, var source])
            {
                files.Add((fileName, source));
            }
            else
            {
                throw new FormatException($"Unknown snippet directive '{part}' in: {line}");
            }
        }

        return (name, continues, files);
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<fence>```+)(?<info>.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*snippet:(?<body>.*?)-->\s*$")]
    private static partial Regex Directive();
}
