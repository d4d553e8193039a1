using System.Text;

namespace Participation.Governance.Testing.Fuzz;

/// <summary>
/// Generators of hostile text: any UTF-16 code units, and mutations of valid inputs (real dates, number words, amounts,
/// outline numbers, documents) that keep most of their shape, so a parser is driven deep into its paths and then
/// surprised.
/// </summary>
public static class HostileText
{
    /// <summary>Characters that break readers: controls, bidi overrides, invisible characters, lone surrogates, quotes, brackets, digits of both kinds.</summary>
    public static IReadOnlyList<string> Troublemakers { get; } =
    [
        "\0", "\u001B", "\u0007", "\b", "\r", "\n", "\r\n", "\t", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029",
        "\u202E", "\u202D", "\u2066", "\u2069", "\u200E", "\u200F", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "\U0001F600", "\uFFFD", "\uFFFF", "\uF70A", "\u0E4D\u0E32", "\u0E33",
        "\"", "'", "\\", "/", "{", "}", "[", "]", ":", ",", ".", "-", "–", "(", ")", " ", "  ",
        "0", "1", "9", "00", "99999999999999999999", "๐", "๑", "๙", "๙๙๙๙๙๙๙๙๙๙๙", "-1", "1e9", "0.5",
    ];

    /// <summary>Strings of any UTF-16 code units, lone surrogates included.</summary>
    public static Gen<string> AnyString { get; } = Gen.Frequency(new[]
    {
        (3, Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars))),
        (2, Gen.Choose(0, 0x7F).Select(c => (char)c).ArrayOf().Select(chars => new string(chars))),
        (2, Gen.Choose(0x0E00, 0x0E7F).Select(c => (char)c).ArrayOf().Select(chars => new string(chars))),
        (1, Gen.Elements(Troublemakers.ToArray()).ListOf().Select(string.Concat)),
    });

    /// <summary>Strings of the given tokens and troublemakers in any order: text that looks like the input a parser expects.</summary>
    /// <param name="tokens">Words and forms of the input the parser reads.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> Tokens(IEnumerable<string> tokens)
    {
        var all = tokens.Concat(Troublemakers).ToArray();
        return Gen.Elements(all).ListOf().Select(string.Concat);
    }

    /// <summary>
    /// Valid inputs after one to four edits each: a character or a troublemaker inserted, a range deleted, repeated or
    /// moved, a character replaced, the text cut short.
    /// </summary>
    /// <param name="seeds">Valid inputs.</param>
    /// <param name="tokens">Extra words to insert besides the troublemakers (the parser's own vocabulary works best).</param>
    /// <returns>The generator.</returns>
    public static Gen<string> Mutations(IReadOnlyList<string> seeds, IEnumerable<string>? tokens = null)
    {
        var inserts = (tokens ?? []).Concat(Troublemakers).ToArray();
        var edit =
            from kind in Gen.Choose(0, 6)
            from at in Gen.Choose(0, int.MaxValue)
            from length in Gen.Frequency((4, Gen.Choose(1, 4)), (1, Gen.Choose(1, 64)))
            from insert in Gen.Elements(inserts)
            from character in Gen.Choose(0, 0xFFFF)
            select new Edit(kind, at, length, insert, (char)character);
        return from seed in Gen.Elements(seeds.ToArray())
               from edits in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(edit, n))
               select edits.Aggregate(seed, (text, e) => e.Apply(text));
    }

    /// <summary>Like <see cref="Mutations"/> over UTF-8 bytes: edits may split a character, so the result is often not valid UTF-8.</summary>
    /// <param name="seeds">Valid inputs, as text.</param>
    /// <returns>The generator.</returns>
    public static Gen<byte[]> ByteMutations(IReadOnlyList<string> seeds)
    {
        var utf8 = seeds.Select(Encoding.UTF8.GetBytes).ToArray();
        var edit =
            from kind in Gen.Choose(0, 4)
            from at in Gen.Choose(0, int.MaxValue)
            from length in Gen.Choose(1, 8)
            from value in Gen.Frequency((3, Gen.Choose(0x80, 0xFF)), (1, Gen.Choose(0, 0x7F)))
            select (Kind: kind, At: at, Length: length, Value: (byte)value);
        return from seed in Gen.Elements(utf8)
               from edits in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(edit, n))
               select edits.Aggregate(seed, (bytes, e) =>
               {
                   var list = bytes.ToList();
                   var at = list.Count == 0 ? 0 : e.At % (list.Count + 1);
                   switch (e.Kind)
                   {
                       case 0:
                           list.Insert(at, e.Value);
                           break;
                       case 1 when at < list.Count:
                           list[at] = e.Value;
                           break;
                       case 2 when at < list.Count:
                           list.RemoveRange(at, Math.Min(e.Length, list.Count - at));
                           break;
                       case 3 when at < list.Count:
                           list.InsertRange(at, list.GetRange(at, Math.Min(e.Length, list.Count - at)));
                           break;
                       default:
                           list.RemoveRange(at, list.Count - at);
                           break;
                   }

                   return list.ToArray();
               });
    }

    private readonly record struct Edit(int Kind, int At, int Length, string Insert, char Character)
    {
        public string Apply(string text)
        {
            var at = text.Length == 0 ? 0 : At % (text.Length + 1);
            var length = Math.Min(Length, text.Length - at);
            return Kind switch
            {
                0 => text.Insert(at, Insert),
                1 => text.Insert(at, Character.ToString()),
                2 when length > 0 => text.Remove(at, length),
                3 when length > 0 => text.Insert(at, string.Concat(Enumerable.Repeat(text.Substring(at, length), 1 + (Length % 8)))),
                4 when length > 0 => text.Remove(at, 1).Insert(at, Character.ToString()),
                5 when length > 0 => text.Remove(at, length) + text.Substring(at, length),
                6 => text.Substring(0, at),
                _ => text.Insert(at, Insert),
            };
        }
    }
}
