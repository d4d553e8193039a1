using System.Collections.ObjectModel;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Outline;

namespace Participation.Governance.Announcements;

/// <summary>One numbered clause of a document read by <see cref="AnnouncementReader"/>, with the clauses nested in it.</summary>
/// <remarks>
/// A clause's <see cref="Text"/> is the text after its number, followed by any unnumbered lines up to the next
/// clause, joined with single spaces; the text of nested clauses is not repeated in it.
/// </remarks>
/// <threadsafety>Instances are immutable once the reader returns them and are thread-safe.</threadsafety>
public sealed class DocumentClause
{
    private static readonly ReadOnlyCollection<DocumentClause> NoChildren = new([]);

    // Most clauses have no children: their list is made only for the first child.
    private List<DocumentClause>? _children;

    internal DocumentClause(OutlineNumber number, OutlineNumberStyle style, int line, int indent, DocumentClause? parent)
    {
        Indent = indent;
        Number = number;
        Style = style;
        Line = line;
        Parent = parent;
    }

    /// <summary>Gets the clause number as written (<c>๒.๑</c> is 2.1; <c>๒)</c> is 2).</summary>
    public OutlineNumber Number { get; }

    /// <summary>Gets how the number was written.</summary>
    public OutlineNumberStyle Style { get; }

    /// <summary>Gets the clause's own text, without its number and without the text of nested clauses.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Gets the one-based line on which the clause starts.</summary>
    public int Line { get; }

    /// <summary>Gets how far the clause's line is indented, in columns (a tab counts as four).</summary>
    public int Indent { get; }

    /// <summary>Gets the clauses nested in this one, in document order.</summary>
    public IReadOnlyList<DocumentClause> Children { get; private set; } = NoChildren;

    /// <summary>Gets the enclosing clause, or null for a top-level clause.</summary>
    public DocumentClause? Parent { get; }

    /// <summary>Returns the number and text, e.g. "2.1 เว็บไซต์ของสำนักงาน".</summary>
    /// <returns>The clause as one line.</returns>
    public override string ToString() => Number.Format(Style, DigitStyle.Arabic) + " " + Text;

    internal void AddChild(DocumentClause child)
    {
        if (_children is null)
        {
            _children = [];
            Children = _children.AsReadOnly();
        }

        _children.Add(child);
    }

    /// <summary>Sets the text once the reader has read every line of the clause.</summary>
    internal void SetText(string text) => Text = text;
}
