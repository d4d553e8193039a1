namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// A set of phrases found in one left-to-right pass, the longest phrase winning at each position and a match
/// consuming its text, so that "จดหมายข่าว" (newsletter) is never also read as "จดหมาย" (letter), nor "ออนไลน์"
/// (online) as "ไลน์" (LINE). ASCII letters match in any case and only as whole words.
/// </summary>
/// <remarks>The work is linear in the text: at each position only the phrases starting with that character are tried.</remarks>
internal sealed class KeywordTable<T>
{
    private readonly Dictionary<char, (string Phrase, T Value)[]> _byFirstChar;

    internal KeywordTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        _byFirstChar = entries
            .GroupBy(e => Fold(e.Phrase[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Phrase.Length).ToArray());
    }

    /// <summary>A phrase found in a text.</summary>
    internal readonly struct Match(int index, int length, T value)
    {
        public int Index { get; } = index;

        public int Length { get; } = length;

        public T Value { get; } = value;
    }

    internal List<Match> FindAll(string text)
    {
        var matches = new List<Match>();
        var i = 0;
        while (i < text.Length)
        {
            if (_byFirstChar.TryGetValue(Fold(text[i]), out var candidates) && TryMatchAt(text, i, candidates, out var match))
            {
                matches.Add(match);
                i += match.Length;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    private static bool TryMatchAt(string text, int index, (string Phrase, T Value)[] candidates, out Match match)
    {
        foreach (var (phrase, value) in candidates)
        {
            if (phrase.Length <= text.Length - index && EqualsAt(text, index, phrase) && IsWholeWord(text, index, phrase.Length))
            {
                match = new Match(index, phrase.Length, value);
                return true;
            }
        }

        match = default;
        return false;
    }

    private static bool EqualsAt(string text, int index, string phrase)
    {
        for (var j = 0; j < phrase.Length; j++)
        {
            if (Fold(text[index + j]) != Fold(phrase[j]))
            {
                return false;
            }
        }

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
}
