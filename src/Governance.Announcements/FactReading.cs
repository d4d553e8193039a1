namespace Participation.Governance.Announcements;

/// <summary>How a <see cref="DocumentFact"/> was read, when that is not plain from its phrase; flags, since one fact may be read in two ways.</summary>
[Flags]
public enum FactReading
{
    /// <summary>Read as written.</summary>
    Plain = 0,

    /// <summary>The phrase is spelled with a typing slip (a tone mark, an upper or lower vowel, spacing, or one letter) and was read as <see cref="DocumentFact.ReadAs"/>.</summary>
    TypingSlip = 1,

    /// <summary>A channel's direction comes from the heading of channels it is listed under.</summary>
    DirectionFromHeading = 2,

    /// <summary>A channel's direction comes from the clause above it, its own clause saying none.</summary>
    DirectionFromClauseAbove = 4,

    /// <summary>A channel's direction comes from the medium itself (a suggestion box can only bring views in); anything else is taken as outward.</summary>
    DirectionFromMedium = 8,

    /// <summary>Channels are promised (ช่องทาง…) without being named.</summary>
    ChannelsNotNamed = 16,

    /// <summary>A promise to hear people (รับฟังความคิดเห็น…) without channels named.</summary>
    PromiseToHear = 32,

    /// <summary>
    /// Read from text that OCR recognised on page images (<see cref="Reading.SourceFormat.Ocr"/>): the phrase is what OCR
    /// made of the page, which a person should check against the scan.
    /// </summary>
    FromOcr = 64,

    /// <summary>
    /// The words of the fact were found, but their digits do not form a value (OCR reads ๒๕๖๒ as ๒๕5๐๒): nothing is taken
    /// from them, and the fact's <see cref="DocumentFact.Value"/> is empty.
    /// </summary>
    Unreadable = 128,
}
