using System.Collections.ObjectModel;

namespace Participation.Governance.Measures;

/// <summary>
/// Defensive copies and element-wise comparison for the model's collections, so an immutable type never
/// shares a list its caller can still change, and equality compares contents rather than references.
/// </summary>
internal static class ModelLists
{
    /// <summary>Copies a sequence of references, refusing a null sequence or a null element.</summary>
    internal static ReadOnlyCollection<T> Copy<T>(IEnumerable<T>? source, string paramName)
        where T : class
    {
        Preconditions.CheckNotNull(source, paramName);
        var copy = source.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                Preconditions.ThrowArgument(paramName, $"Element {i} of {paramName} is null.");
            }
        }

        return Array.AsReadOnly(copy);
    }

    /// <summary>
    /// Copies a sequence of enum values as a set: each value once, in ascending order, so that two lists naming
    /// the same values are equal whatever order the caller wrote them in. <paramref name="number"/> gives a value's
    /// number (a cast), which keeps the copy free of boxing.
    /// </summary>
    internal static ReadOnlyCollection<TEnum> CopySet<TEnum>(IEnumerable<TEnum>? source, string paramName, Func<TEnum, int> number, int minDefined, int maxDefined)
        where TEnum : struct, Enum
    {
        Preconditions.CheckNotNull(source, paramName);
        var slots = new TEnum[maxDefined - minDefined + 1];
        var present = new bool[slots.Length];
        var count = 0;
        foreach (var value in source)
        {
            var n = number(value);
            if (n < minDefined || n > maxDefined)
            {
                Preconditions.ThrowArgumentOutOfRange(paramName, value, $"{n} is not a defined {typeof(TEnum).Name} (expected {minDefined}–{maxDefined}).");
            }

            if (!present[n - minDefined])
            {
                present[n - minDefined] = true;
                slots[n - minDefined] = value;
                count++;
            }
        }

        var result = new TEnum[count];
        var next = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (present[i])
            {
                result[next++] = slots[i];
            }
        }

        return Array.AsReadOnly(result);
    }

    /// <summary>Compares two lists element by element with the elements' own equality.</summary>
    internal static bool SequenceEqual<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Combines the hash codes of a list's elements, in order.</summary>
    internal static int GetHashCode<T>(IReadOnlyList<T> list)
    {
        var hash = default(HashCode);
        hash.Add(list.Count);
        foreach (var item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
