namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// A set of phrases found in one left-to-right pass, the longest phrase winning at each position and a match consuming
/// its text, so that "จดหมายข่าว" (newsletter) is never also read as "จดหมาย" (letter), nor "ออนไลน์" (online) as "ไลน์"
/// (LINE). ASCII letters match in any case and only as whole words. A second pass reads Thai phrases through typing
/// slips where the meaning is unambiguous (see <see cref="FindSlips"/>).
/// </summary>
/// <remarks>
/// The work is linear in the text: at each position only the phrases that start with that character are tried, found
/// through an array indexed by the character (ASCII and the Thai block), not a hash lookup.
/// </remarks>
internal sealed class KeywordTable<T>
{
    /// <summary>A skeleton needs this many letters to be read through tone-mark and vowel slips at all.</summary>
    private const int MinimumSlipLength = 5;

    /// <summary>
    /// A skeleton needs this many letters to be read through one wrong letter as well: shorter phrases are one letter
    /// away from everyday words ("ประชุม" from "ประชา…").
    /// </summary>
    private const int MinimumEditLength = 7;

    private const int Slots = 0x80 + 0x80;

    private readonly Node _root = new();
    private readonly SlipEntry[]?[] _byFirst = new SlipEntry[]?[Slots];

    internal KeywordTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        var list = entries.ToList();
        foreach (var (phrase, value) in list)
        {
            _root.Add(phrase, 0, value);
        }

        _root.Freeze();

        // A skeleton that two phrases with different meanings share is ambiguous and is never read through slips.
        var comparer = EqualityComparer<T>.Default;
        var slips = list
            .Where(e => IsThai(e.Phrase))
            .Select(e => new SlipEntry(ThaiSkeleton.Of(e.Phrase), e.Phrase, e.Value))
            .Where(e => e.Key.Length >= MinimumSlipLength)
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .Where(g => g.Select(e => e.Value).Distinct(comparer).Count() == 1)
            .Select(g => g.First())
            .ToList();
        foreach (var group in slips.GroupBy(e => Slot(e.Key[0])))
        {
            if (group.Key >= 0)
            {
                _byFirst[group.Key] = group.OrderByDescending(e => e.Key.Length).ToArray();
            }
        }
    }

    /// <summary>A phrase found in a text.</summary>
    internal readonly struct Match
    {
        private readonly bool _slip;

        public Match(int index, int length, T value, string phrase, bool slip)
        {
            Index = index;
            Length = length;
            Value = value;
            Phrase = phrase;
            _slip = slip;
        }

        /// <summary>Gets where the phrase starts in the text.</summary>
        public int Index { get; }

        /// <summary>Gets the length of the text matched.</summary>
        public int Length { get; }

        /// <summary>Gets what the phrase means.</summary>
        public T Value { get; }

        /// <summary>Gets the table's phrase: the one matched exactly (ASCII letters perhaps in another case), or the one a slip was read as.</summary>
        public string Phrase { get; }

        /// <summary>Gets, for a phrase read through a typing slip, the phrase it was read as; null for an exact match.</summary>
        public string? ReadAs => _slip ? Phrase : null;
    }

    /// <summary>Adds every exact match in <paramref name="text"/> to <paramref name="matches"/>, in order.</summary>
    internal void FindAll(string text, List<Match> matches)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (TryMatchAt(text, i, out var match))
            {
                matches.Add(match);
                i += match.Length;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Returns every exact match in <paramref name="text"/>, in order.</summary>
    internal List<Match> FindAll(string text)
    {
        var matches = new List<Match>();
        FindAll(text, matches);
        return matches;
    }

    /// <summary>
    /// Adds to <paramref name="matches"/> the Thai phrases that the text spells with a slip — a tone mark or an upper or
    /// lower vowel wrong or missing, spaces inside, or (inside a phrase of seven letters or more) one letter wrong — where no
    /// exact match is or over the exact matches of shorter phrases wholly inside it, keeping <paramref name="matches"/> in
    /// order of position.
    /// </summary>
    /// <remarks>
    /// A slip is read only when it is unambiguous: when the words could be read as phrases of different meanings, or a
    /// different phrase is there exactly, nothing is read.
    /// </remarks>
    internal void FindSlips(SkeletonText skeleton, List<Match> matches)
    {
        if (skeleton.Length < MinimumSlipLength)
        {
            return;
        }

        var exactCount = matches.Count;
        var replaced = false;
        List<(int Start, int Count)>? covered = null;
        var next = 0;
        var k = 0;
        while (k <= skeleton.Length - MinimumSlipLength)
        {
            var origin = skeleton.OriginOf(k);
            while (next < exactCount && matches[next].Index + matches[next].Length <= origin)
            {
                next++;
            }

            var atExact = next < exactCount && matches[next].Index == origin;
            if (next < exactCount && matches[next].Index < origin)
            {
                k++;
                continue;
            }

            if (!TryFindSlipAt(skeleton, k, out var entry))
            {
                k++;
                continue;
            }

            var start = skeleton.OriginOf(k);
            var end = skeleton.EndOf(k + entry.Key.Length - 1);

            // The longest phrase wins, slips included: "ไปรษณีย์อิเล็คทรอนิกส์" is e-mail, not the letter its first word names,
            // and "กลองรับความคิดเห็น" (a tone mark lost, as OCR loses it) a suggestion box, not the "รับความคิดเห็น" inside it.
            var after = atExact ? next + 1 : next;
            var inside = after;
            while (inside < exactCount && matches[inside].Index + matches[inside].Length <= end)
            {
                inside++;
            }

            var overlapsExact = inside < exactCount && matches[inside].Index < end;
            var longerThanExact = !atExact || end > matches[next].Index + matches[next].Length;
            if (!overlapsExact && longerThanExact && IsWholeThaiWord(skeleton.Text, start, end) && !string.Equals(entry.Phrase, skeleton.Text.Substring(start, end - start), StringComparison.Ordinal))
            {
                if (inside > after)
                {
                    (covered ??= []).Add((after, inside - after));
                }

                var match = new Match(start, end - start, entry.Value, entry.Phrase, slip: true);
                if (atExact)
                {
                    matches[next] = match;
                    replaced = true;
                }
                else
                {
                    matches.Add(match);
                }

                k += entry.Key.Length;
            }
            else
            {
                k++;
            }
        }

        if (covered is not null)
        {
            for (var c = covered.Count - 1; c >= 0; c--)
            {
                matches.RemoveRange(covered[c].Start, covered[c].Count);
            }

            replaced = true;
        }

        if ((matches.Count > exactCount && exactCount > 0) || replaced)
        {
            matches.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        }
    }

    /// <summary>
    /// Whether text read through a slip does not start or end inside a syllable: no leading vowel before it that belongs
    /// to its first letter, no following vowel after it that belongs to its last ("กำกับ" is not read in "กากบาท").
    /// </summary>
    private static bool IsWholeThaiWord(string text, int start, int end)
    {
        var startsSyllable = start == 0 || text[start - 1] is not ('\u0E40' or '\u0E41' or '\u0E42' or '\u0E43' or '\u0E44');
        var endsSyllable = end == text.Length || text[end] is not ('\u0E30' or '\u0E32' or '\u0E33' or '\u0E45' or '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E'));
        return startsSyllable && endsSyllable;
    }

    private static bool IsThai(string phrase)
    {
        foreach (var c in phrase)
        {
            if (c is >= '\u0E01' and <= '\u0E2E')
            {
                return true;
            }
        }

        return false;
    }

    private static int Slot(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? c | 0x20 : c;
        }

        return c is >= '\u0E00' and <= '\u0E7F' ? 0x80 + (c - 0x0E00) : -1;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="index"/>, found by walking the trie of phrases as far as the text
    /// follows it (a few steps at most for most characters) rather than comparing every phrase that starts with the same
    /// letter; an ASCII phrase counts only as a whole word, so a shorter phrase on the path may win.
    /// </summary>
    private bool TryMatchAt(string text, int index, out Match match)
    {
        var node = _root;
        Node? best = null;
        var bestLength = 0;
        for (var i = index; i < text.Length; i++)
        {
            node = node.Child(Fold(text[i]));
            if (node is null)
            {
                break;
            }

            if (node.IsPhrase && IsWholeWord(text, index, i - index + 1))
            {
                best = node;
                bestLength = i - index + 1;
            }
        }

        if (best is null)
        {
            match = default;
            return false;
        }

        match = new Match(index, bestLength, best.Value, best.Phrase!, slip: false);
        return true;
    }

    private static bool IsWholeWord(string text, int index, int length)
    {
        var startsWord = !IsAsciiLetter(text[index]) || index == 0 || !IsAsciiLetter(text[index - 1]);
        var end = index + length;
        var endsWord = !IsAsciiLetter(text[end - 1]) || end == text.Length || !IsAsciiLetter(text[end]);
        return startsWord && endsWord;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    /// <summary>The longest phrase the skeleton spells here, exactly or with one wrong letter (unambiguously).</summary>
    private bool TryFindSlipAt(SkeletonText skeleton, int k, out SlipEntry found)
    {
        found = default;
        var remaining = skeleton.Length - k;
        SlipEntry? edited = null;
        var ambiguous = false;
        var slot = Slot(skeleton[k]);
        if (slot >= 0 && _byFirst[slot] is { } byFirst)
        {
            foreach (var entry in byFirst)
            {
                var key = entry.Key;
                if (key.Length > remaining)
                {
                    continue;
                }

                var mismatches = 0;
                var lastMismatch = -1;
                for (var j = 1; j < key.Length && mismatches <= 1; j++)
                {
                    if (skeleton[k + j] != key[j])
                    {
                        mismatches++;
                        lastMismatch = j;
                    }
                }

                if (mismatches == 0)
                {
                    // Entries come longest first: a longer phrase spelled with one slip beats a shorter one spelled exactly.
                    found = edited is { } longer && !ambiguous ? longer : entry;
                    return true;
                }

                // A different first or last letter is where words branch ("ขั้นตอน…" and "ก่อน…", "ประชุม" and "ประชา…"),
                // not a slip: only a letter inside a long phrase is read as one.
                if (mismatches == 1 && key.Length >= MinimumEditLength && lastMismatch < key.Length - 1)
                {
                    Consider(entry, ref edited, ref ambiguous);
                }
            }
        }

        if (edited is { } one && !ambiguous)
        {
            found = one;
            return true;
        }

        return false;
    }

    private static void Consider(SlipEntry entry, ref SlipEntry? edited, ref bool ambiguous)
    {
        if (edited is not { } current)
        {
            edited = entry;
        }
        else if (!EqualityComparer<T>.Default.Equals(current.Value, entry.Value))
        {
            ambiguous = true;
        }
        else if (entry.Key.Length > current.Key.Length)
        {
            edited = entry;
        }
    }

    /// <summary>A node of the trie of phrases: children by folded character, and the phrase that ends here, if any.</summary>
    private sealed class Node
    {
        private static readonly Node[] NoChildren = [];

        private Dictionary<char, Node>? _building = [];
        private char[] _keys = [];
        private Node[] _children = NoChildren;

        public string? Phrase { get; private set; }

        public T Value { get; private set; } = default!;

        public bool IsPhrase => Phrase is not null;

        public void Add(string phrase, int depth, T value)
        {
            if (depth == phrase.Length)
            {
                // The first phrase given for a spelling wins, as it did when phrases were tried in order.
                if (Phrase is null)
                {
                    Phrase = phrase;
                    Value = value;
                }

                return;
            }

            var key = Fold(phrase[depth]);
            if (!_building!.TryGetValue(key, out var child))
            {
                _building[key] = child = new Node();
            }

            child.Add(phrase, depth + 1, value);
        }

        /// <summary>Turns the children into sorted arrays, searched without hashing.</summary>
        public void Freeze()
        {
            var pairs = _building!.OrderBy(p => p.Key).ToArray();
            _keys = pairs.Select(p => p.Key).ToArray();
            _children = pairs.Select(p => p.Value).ToArray();
            _building = null;
            foreach (var child in _children)
            {
                child.Freeze();
            }
        }

        public Node? Child(char key)
        {
            var keys = _keys;
            if (keys.Length <= 8)
            {
                for (var k = 0; k < keys.Length; k++)
                {
                    if (keys[k] == key)
                    {
                        return _children[k];
                    }
                }

                return null;
            }

            var at = Array.BinarySearch(keys, key);
            return at >= 0 ? _children[at] : null;
        }
    }

    /// <summary>A phrase for slip reading: its skeleton, the phrase itself and its meaning.</summary>
    private readonly struct SlipEntry(string key, string phrase, T value)
    {
        public string Key { get; } = key;

        public string Phrase { get; } = phrase;

        public T Value { get; } = value;
    }
}
