namespace Participation.Governance.Measures;

/// <summary>The Thai labels of <see cref="StakeholderGroup"/> values, and the reverse lookup.</summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class StakeholderGroups
{
    private static readonly string[] ThaiLabels =
    [
        "ประชาชน",
        "ผู้รับบริการ",
        "ผู้มีส่วนได้ส่วนเสียภายใน",
        "ผู้มีส่วนได้ส่วนเสียภายนอก",
        "ภาคีเครือข่าย",
    ];

    private static readonly Dictionary<string, StakeholderGroup> ByThaiKey = BuildLookup();

    /// <summary>Gets the Thai label of a group, e.g. "ผู้รับบริการ" for <see cref="StakeholderGroup.ServiceRecipients"/>.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined group.</exception>
    public static string GetThaiLabel(StakeholderGroup group)
    {
        if ((uint)group >= (uint)ThaiLabels.Length)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(group), group, $"{(int)group} is not a stakeholder group.");
        }

        return ThaiLabels[(int)group];
    }

    /// <summary>
    /// Recognises a Thai group label: the labels above, and "ภาคประชาชน" for <see cref="StakeholderGroup.Public"/>;
    /// spaces and zero-width spaces are ignored.
    /// </summary>
    /// <param name="label">The label as written.</param>
    /// <param name="group">The group, when recognised.</param>
    /// <returns>True when <paramref name="label"/> names a group; false otherwise, including for null.</returns>
    public static bool TryFromThai(string? label, out StakeholderGroup group)
    {
        group = default;
        return label is not null && ByThaiKey.TryGetValue(ThaiLabelKey.Normalize(label), out group);
    }

    private static Dictionary<string, StakeholderGroup> BuildLookup()
    {
        var lookup = new Dictionary<string, StakeholderGroup>(StringComparer.Ordinal);
        for (var i = 0; i < ThaiLabels.Length; i++)
        {
            lookup[ThaiLabelKey.Normalize(ThaiLabels[i])] = (StakeholderGroup)i;
        }

        lookup["ภาคประชาชน"] = StakeholderGroup.Public;
        return lookup;
    }
}
