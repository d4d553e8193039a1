using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Announcements.Writing;

/// <summary>What <see cref="AnnouncementWordWriter"/> needs beyond the measure itself: who signs, in which digits and font, and the emblem.</summary>
/// <remarks>
/// The defaults write Thai digits in TH Sarabun New, with dotted lines where the signatory and position go and an empty
/// frame where the Garuda emblem goes.
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class AnnouncementWordOptions
{
    /// <summary>Gets the default options: Thai digits, TH Sarabun New, no signatory named, an empty emblem frame.</summary>
    public static AnnouncementWordOptions Default { get; } = new();

    /// <summary>Gets the signatory's name as it goes between the parentheses, e.g. "นายสมมติ ตัวอย่าง"; null leaves a dotted line to sign on.</summary>
    public string? Signatory { get; init; }

    /// <summary>Gets the signatory's position, e.g. "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา…"; null leaves a dotted line.</summary>
    public string? Position { get; init; }

    /// <summary>Gets the digits for clause numbers, dates, quarters and page numbers; Thai by default, as official documents use.</summary>
    public DigitStyle Digits { get; init; } = DigitStyle.Thai;

    /// <summary>Gets the font of the whole document, 16 pt.</summary>
    public AnnouncementFont Font { get; init; } = AnnouncementFont.ThSarabunNew;

    /// <summary>Gets the Garuda emblem drawn at the top centre; null draws an empty frame of the emblem's size, to put the image in.</summary>
    public AnnouncementEmblem? Emblem { get; init; }
}
