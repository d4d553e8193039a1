using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Announcements.Writing;

/// <summary>What <see cref="AnnouncementWriter"/> needs beyond the measure itself: who signs, in which digits and format.</summary>
/// <remarks>The defaults write plain text in Thai digits, with dotted lines where the signatory and position go.</remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class AnnouncementRenderOptions
{
    /// <summary>Gets the default options: plain text, Thai digits, no signatory named.</summary>
    public static AnnouncementRenderOptions Default { get; } = new();

    /// <summary>Gets the signatory's name as it goes between the parentheses, e.g. "นายสมมติ ตัวอย่าง"; null leaves a dotted line to sign on.</summary>
    public string? Signatory { get; init; }

    /// <summary>Gets the signatory's position, e.g. "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา…"; null leaves a dotted line.</summary>
    public string? Position { get; init; }

    /// <summary>Gets the digits for clause numbers, dates and quarters; Thai by default, as official documents use.</summary>
    public DigitStyle Digits { get; init; } = DigitStyle.Thai;

    /// <summary>Gets the output format.</summary>
    public AnnouncementFormat Format { get; init; } = AnnouncementFormat.PlainText;
}
