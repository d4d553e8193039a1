using System.Collections.ObjectModel;

namespace Participation.Governance.Measures;

/// <summary>
/// What each <see cref="ParticipationLevel"/> is called in Thai and English and what it means, and the
/// reverse lookup from the many Thai forms agencies write.
/// </summary>
/// <remarks>
/// Each level has one preferred Thai label (the form in the table of the domain notes, with the prefix
/// "ระดับ") and a list of aliases seen in real announcements. <see cref="TryFromThai"/> accepts the preferred
/// label and every alias, with or without the prefix "ระดับ", ignoring spaces and zero-width spaces.
/// The descriptions are this library's own wording.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class ParticipationLevels
{
    private static readonly string[] ThaiLabels =
    [
        "ระดับการให้ข้อมูลข่าวสาร",
        "ระดับการปรึกษาหารือ",
        "ระดับการเข้ามามีบทบาท",
        "ระดับการสร้างความร่วมมือ",
        "ระดับการเสริมอำนาจแก่ประชาชน",
    ];

    private static readonly ReadOnlyCollection<string>[] ThaiAliases =
    [
        Aliases("การให้ข้อมูลข่าวสาร", "การมีส่วนร่วมในการให้ข้อมูลข่าวสาร", "การให้ข้อมูล"),
        Aliases("การปรึกษาหารือ", "การมีส่วนร่วมในการแสดงความคิดเห็น", "การรับฟังความคิดเห็น", "ระดับการรับฟังความคิดเห็น"),
        Aliases("การเข้ามามีบทบาท", "การเกี่ยวข้อง", "ระดับการเกี่ยวข้อง"),
        Aliases("การสร้างความร่วมมือ", "การมีส่วนร่วมโดยสร้างความร่วมมือ", "การร่วมมือ", "ระดับการร่วมมือ"),
        Aliases("การเสริมอำนาจแก่ประชาชน", "เสริมอำนาจให้ประชาชน", "การเสริมอำนาจให้ประชาชน", "ระดับการเสริมอำนาจให้ประชาชน"),
    ];

    private static readonly string[] EnglishNames = ["Inform", "Consult", "Involve", "Collaborate", "Empower"];

    private static readonly string[] Descriptions =
    [
        "The agency keeps people informed: it publishes correct, current information about its plans, work and results where people can easily find it.",
        "The agency asks people what they think: it gathers facts, opinions and suggestions through formal and informal channels and takes them into account.",
        "The agency works alongside people while it plans and decides: views and data are exchanged with a stated purpose, and people's concerns shape the options.",
        "The agency treats people as partners in every step of a decision: defining the problem, developing options and choosing the solution together.",
        "People make the decision themselves: the agency commits to carry it out and limits its own role to supporting them.",
    ];

    private static readonly Dictionary<string, ParticipationLevel> ByThaiKey = BuildLookup();

    /// <summary>Gets the five levels in ascending order, from <see cref="ParticipationLevel.Inform"/> to <see cref="ParticipationLevel.Empower"/>.</summary>
    public static IReadOnlyList<ParticipationLevel> All { get; } = new ReadOnlyCollection<ParticipationLevel>(
        [ParticipationLevel.Inform, ParticipationLevel.Consult, ParticipationLevel.Involve, ParticipationLevel.Collaborate, ParticipationLevel.Empower]);

    /// <summary>Gets the preferred Thai label of a level, e.g. "ระดับการปรึกษาหารือ" for <see cref="ParticipationLevel.Consult"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The preferred label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not one of the five levels.</exception>
    public static string GetThaiLabel(ParticipationLevel level) => ThaiLabels[Index(level)];

    /// <summary>Gets the other Thai forms of a level that agencies write (the preferred label is not repeated here).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The aliases, e.g. "การรับฟังความคิดเห็น" for <see cref="ParticipationLevel.Consult"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not one of the five levels.</exception>
    public static IReadOnlyList<string> GetThaiAliases(ParticipationLevel level) => ThaiAliases[Index(level)];

    /// <summary>Gets the English name of a level ("Inform", "Consult", "Involve", "Collaborate", "Empower").</summary>
    /// <param name="level">The level.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not one of the five levels.</exception>
    public static string GetEnglishName(ParticipationLevel level) => EnglishNames[Index(level)];

    /// <summary>Gets a one-sentence English description of what the agency does at a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not one of the five levels.</exception>
    public static string GetDescription(ParticipationLevel level) => Descriptions[Index(level)];

    /// <summary>Recognises a Thai level label: the preferred label or any alias.</summary>
    /// <param name="label">The label as written; spaces, zero-width spaces and a leading "ระดับ" are ignored.</param>
    /// <param name="level">The level, when recognised.</param>
    /// <returns>True when <paramref name="label"/> names a level; false (never an exception) otherwise, including for null.</returns>
    public static bool TryFromThai(string? label, out ParticipationLevel level)
    {
        level = default;
        return label is not null && ByThaiKey.TryGetValue(LookupKey(label), out level);
    }

    private static int Index(ParticipationLevel level)
    {
        var index = (int)level - 1;
        if ((uint)index >= (uint)ThaiLabels.Length)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(level), level, $"{(int)level} is not a participation level: expected 1 (Inform) to 5 (Empower).");
        }

        return index;
    }

    private static string LookupKey(string label)
    {
        var key = ThaiLabelKey.Normalize(label);
        return key.StartsWith(ThaiLabelKey.LevelPrefix, StringComparison.Ordinal) ? key.Substring(ThaiLabelKey.LevelPrefix.Length) : key;
    }

    private static Dictionary<string, ParticipationLevel> BuildLookup()
    {
        var lookup = new Dictionary<string, ParticipationLevel>(StringComparer.Ordinal);
        for (var i = 0; i < ThaiLabels.Length; i++)
        {
            var level = (ParticipationLevel)(i + 1);
            lookup[LookupKey(ThaiLabels[i])] = level;
            foreach (var alias in ThaiAliases[i])
            {
                lookup[LookupKey(alias)] = level;
            }
        }

        return lookup;
    }

    private static ReadOnlyCollection<string> Aliases(params string[] aliases) => new(aliases);
}
