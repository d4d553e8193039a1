using System.Globalization;
using System.Text;

namespace Participation.Governance.Testing.Fuzz;

/// <summary>
/// The adversarial corpus: the small files committed under <c>tests/Governance.Testing/Hostile</c> (the cases of
/// issue 11 and their kin), and the large cases built here on demand, which would only bloat the repository as files.
/// </summary>
public static class HostileCorpus
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Hostile");

    /// <summary>Gets the names of the committed corpus files with the given extension (".json", ".txt", ".csv").</summary>
    /// <param name="extension">The extension, with its dot.</param>
    /// <returns>File names, sorted, for xunit theory data.</returns>
    public static IEnumerable<string> FileNames(string extension)
        => Directory.EnumerateFiles(Folder, "*" + extension).Select(Path.GetFileName).Where(n => n != "lines.txt").Order(StringComparer.Ordinal)!;

    /// <summary>Reads a corpus file's bytes.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The bytes, exactly as committed.</returns>
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>Gets the full path of a corpus file (for the tool, which reads files itself).</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The path.</returns>
    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Gets the one-line inputs of <c>lines.txt</c>, with its <c>\uXXXX</c> and <c>\\</c> escapes decoded (lone surrogates included).</summary>
    public static IReadOnlyList<string> Lines { get; } = File.ReadAllLines(Path.Combine(Folder, "lines.txt"), Encoding.UTF8)
        .Where(line => !line.StartsWith('#'))
        .Select(Unescape)
        .ToArray();

    /// <summary>A JSON value nested <paramref name="depth"/> arrays deep inside a measure's legalBases.</summary>
    /// <param name="depth">How many arrays deep.</param>
    /// <returns>The document.</returns>
    public static string DeepNesting(int depth)
        => "{\"schemaVersion\":1,\"agency\":\"a\",\"title\":\"t\",\"legalBases\":" + new string('[', depth) + new string(']', depth) + "}";

    /// <summary>An object (the value of agency, where the format has none) with <paramref name="count"/> distinct properties: issue 11's quadratic case.</summary>
    /// <param name="count">The number of properties.</param>
    /// <returns>The document.</returns>
    public static string ManyProperties(int count)
    {
        var builder = new StringBuilder("{\"schemaVersion\":1,\"title\":\"t\",\"agency\":{");
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "\"" : ",\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\":0");
        }

        return builder.Append("}}").ToString();
    }

    /// <summary>An announcement whose clause repeats a phrase until it is about <paramref name="characters"/> long, on one line.</summary>
    /// <param name="phrase">The phrase, e.g. "ไตรมาสที่ ๑ และ ".</param>
    /// <param name="characters">About how long the clause is.</param>
    /// <returns>The text.</returns>
    public static string RepeatedPhrase(string phrase, int characters)
    {
        var builder = new StringBuilder("ประกาศ สำนักงานเขตตัวอย่าง\nเรื่อง มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\n๑. รายงานผล", characters + 200);
        while (builder.Length < characters)
        {
            builder.Append(phrase);
        }

        return builder.Append('\n').ToString();
    }

    private static string Unescape(string line)
    {
        if (!line.Contains('\\'))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '\\')
            {
                builder.Append('\\');
                i++;
            }
            else if (line[i] == '\\' && i + 5 < line.Length && line[i + 1] == 'u'
                     && int.TryParse(line.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 5;
            }
            else
            {
                builder.Append(line[i]);
            }
        }

        return builder.ToString();
    }
}
