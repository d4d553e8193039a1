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
        where TEnum : unmanaged, Enum
    {
        Preconditions.CheckNotNull(source, paramName);
        var size = maxDefined - minDefined + 1;
        Span<TEnum> slots = size <= 32 ? stackalloc TEnum[size] : new TEnum[size];
        var present = 0UL;
        if (source is TEnum[] array)
        {
            // An array, as the readers and builders pass, is walked without boxing an enumerator.
            foreach (var value in array)
            {
                present |= Add(value, slots, number, minDefined, maxDefined, paramName);
            }
        }
        else
        {
            foreach (var value in source)
            {
                present |= Add(value, slots, number, minDefined, maxDefined, paramName);
            }
        }

        // The same set is the same immutable list: measures read from a long document share them instead of each step
        // holding its own copy.
        var cache = SetCache<TEnum>.For(size);
        if (cache is not null && cache[present] is { } shared)
        {
            return shared;
        }

        var result = new TEnum[CountBits(present)];
        var next = 0;
        for (var i = 0; i < size; i++)
        {
            if ((present & (1UL << i)) != 0)
            {
                result[next++] = slots[i];
            }
        }

        var list = Array.AsReadOnly(result);
        if (cache is not null)
        {
            cache[present] = list;
        }

        return list;
    }

    private static ulong Add<TEnum>(TEnum value, Span<TEnum> slots, Func<TEnum, int> number, int minDefined, int maxDefined, string paramName)
        where TEnum : unmanaged, Enum
    {
        var n = number(value);
        if (n < minDefined || n > maxDefined)
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, value, $"{n} is not a defined {typeof(TEnum).Name} (expected {minDefined}–{maxDefined}).");
        }

        slots[n - minDefined] = value;
        return 1UL << (n - minDefined);
    }

    private static int CountBits(ulong bits)
    {
        var count = 0;
        for (; bits != 0; bits &= bits - 1)
        {
            count++;
        }

        return count;
    }

    /// <summary>The lists of every set of an enum with at most eight values, made once each (a race makes two equal ones, harmlessly).</summary>
    private static class SetCache<TEnum>
    {
        private static ReadOnlyCollection<TEnum>?[]? _lists;

        public static ReadOnlyCollection<TEnum>?[]? For(int size) => size <= 8 ? _lists ??= new ReadOnlyCollection<TEnum>?[1 << size] : null;
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
