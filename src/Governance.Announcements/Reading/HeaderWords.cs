namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Finds the words that mark the parts of an official document at the start of a line, as typed or as OCR and PDF copy
/// leave them: "เรือง" for "เรื่อง", "ประ กาศ" for "ประกาศ" — the same letters, tone marks and upper or lower vowels aside.
/// </summary>
internal static class HeaderWords
{
    /// <summary>Below this many letters a word is matched only exactly: "วันที่" without its marks is too short to be sure.</summary>
    private const int MinimumSkeleton = 4;

    /// <summary>The skeletons of the few header words, made once: they are looked for on every line.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Skeletons = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns how many characters of <paramref name="line"/> spell <paramref name="word"/> at its start, or -1 when it
    /// does not start with it; <paramref name="slip"/> is true when the spelling differs in marks or spacing.
    /// </summary>
    public static int Match(ReadOnlySpan<char> line, string word, out bool slip)
    {
        slip = false;
        if (line.StartsWith(word.AsSpan(), StringComparison.Ordinal))
        {
            return word.Length;
        }

        var key = Skeletons.GetOrAdd(word, ThaiSkeleton.Of);
        if (key.Length < MinimumSkeleton)
        {
            return -1;
        }

        var k = 0;
        var i = 0;
        for (; i < line.Length && k < key.Length; i++)
        {
            var mapped = ThaiSkeleton.Map(line[i]);
            if (mapped == '\0')
            {
                continue;
            }

            if (mapped != key[k])
            {
                return -1;
            }

            k++;
        }

        if (k < key.Length)
        {
            return -1;
        }

        // The marks of the last letter belong to the word.
        while (i < line.Length && line[i] is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E'))
        {
            i++;
        }

        slip = true;
        return i;
    }

    /// <summary>Whether <paramref name="line"/> starts with <paramref name="word"/>, typed or slipped.</summary>
    public static bool StartsWith(ReadOnlySpan<char> line, string word) => Match(line, word, out _) >= 0;
}
