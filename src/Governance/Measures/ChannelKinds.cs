namespace Participation.Governance.Measures;

/// <summary>The Thai labels of <see cref="ChannelKind"/> values.</summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ChannelKinds
{
    private static readonly string[] ThaiLabels =
    [
        "ช่องทางที่ไม่ระบุ",
        "เว็บไซต์",
        "โทรศัพท์",
        "กล่องรับความคิดเห็น",
        "หนังสือ",
        "แบบฟอร์มอิเล็กทรอนิกส์",
        "ไปรษณีย์อิเล็กทรอนิกส์",
        "สื่อสังคมออนไลน์",
        "ติดต่อด้วยตนเอง",
        "การประชุม",
        "จดหมายข่าว",
        "ป้ายประชาสัมพันธ์",
        "ช่องทางอื่น",
    ];

    /// <summary>Gets the Thai label of a channel kind, e.g. "กล่องรับความคิดเห็น" for <see cref="ChannelKind.SuggestionBox"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string GetThaiLabel(ChannelKind kind)
    {
        if ((uint)kind >= (uint)ThaiLabels.Length)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(kind), kind, $"{(int)kind} is not a channel kind.");
        }

        return ThaiLabels[(int)kind];
    }
}
