namespace Participation.Governance.Announcements.Writing;

/// <summary>The text format <see cref="AnnouncementWriter"/> writes.</summary>
public enum AnnouncementFormat
{
    /// <summary>Plain text in the official layout, one clause per line.</summary>
    PlainText = 0,

    /// <summary>Markdown: the header as a heading, clause groups in bold, nested clauses as list items.</summary>
    Markdown = 1,
}
