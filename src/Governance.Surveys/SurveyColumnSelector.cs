using System.Globalization;
using Participation.Governance.Text;

namespace Participation.Governance.Surveys;

/// <summary>
/// Names columns of a response file: by 1-based number (<c>5</c>), by a range of numbers (<c>5-14</c>), or by header text
/// (<c>เพศ</c>), which matches the header equal to it (ignoring case and extra spaces) or else the one header containing it.
/// </summary>
/// <remarks>Two selectors are equal when they name columns the same way.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SurveyColumnSelector : IEquatable<SurveyColumnSelector>
{
    private SurveyColumnSelector(int first, int last, string? header)
    {
        First = first;
        Last = last;
        HeaderText = header;
    }

    /// <summary>Gets the first column number of a number or range selector, or 0 for a header selector.</summary>
    public int First { get; }

    /// <summary>Gets the last column number of a number or range selector, or 0 for a header selector.</summary>
    public int Last { get; }

    /// <summary>Gets the header text of a header selector, or null.</summary>
    public string? HeaderText { get; }

    /// <summary>Names one column by its 1-based number.</summary>
    /// <param name="number">The column number, 1 for the first (column A).</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public static SurveyColumnSelector Column(int number) => Columns(number, number);

    /// <summary>Names the columns from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">The first column number (1-based).</param>
    /// <param name="last">The last column number, not less than <paramref name="first"/>.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is less than 1, or <paramref name="last"/> is less than <paramref name="first"/>.</exception>
    public static SurveyColumnSelector Columns(int first, int last)
    {
        Preconditions.CheckArgumentRange(nameof(first), first, 1, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(last), last, first, int.MaxValue);
        return new SurveyColumnSelector(first, last, null);
    }

    /// <summary>Names the column whose header is, or else uniquely contains, <paramref name="text"/>.</summary>
    /// <param name="text">The header text.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    public static SurveyColumnSelector Header(string text)
    {
        var normalized = SurveyHeaders.Normalize(Preconditions.CheckNotNull(text));
        Preconditions.CheckArgument(normalized.Length > 0, nameof(text), "A header selector needs some text.");
        return new SurveyColumnSelector(0, 0, normalized);
    }

    /// <summary>
    /// Reads selectors as a person types them: numbers and ranges separated by commas (<c>5-14</c>, <c>3,5,7-9</c>), or,
    /// when the text is anything else, one header text (which may itself hold commas).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The selectors, or what was expected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<IReadOnlyList<SurveyColumnSelector>> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return ParseOutcome<IReadOnlyList<SurveyColumnSelector>>.ForFailure("expected column numbers (5, 5-14, 3,5,7-9) or a header text, found nothing", 0);
        }

        if (trimmed.Any(c => !(c is ',' or '-' or '–' or ' ' || (c >= '0' && c <= '9'))))
        {
            return ParseOutcome<IReadOnlyList<SurveyColumnSelector>>.ForValue([Header(trimmed)]);
        }

        var selectors = new List<SurveyColumnSelector>();
        var offset = 0;
        foreach (var part in text.Split(','))
        {
            var dash = part.IndexOfAny(['-', '–']);
            var firstText = (dash < 0 ? part : part.Substring(0, dash)).Trim();
            var lastText = dash < 0 ? firstText : part.Substring(dash + 1).Trim();
            if (!int.TryParse(firstText, NumberStyles.None, CultureInfo.InvariantCulture, out var first) || first < 1
                || !int.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out var last) || last < first)
            {
                return ParseOutcome<IReadOnlyList<SurveyColumnSelector>>.ForFailure(
                    $"\"{part.Trim()}\" is not a column number or range; expected e.g. 5 or 5-14, numbers from 1, the first not above the last",
                    offset);
            }

            selectors.Add(Columns(first, last));
            offset += part.Length + 1;
        }

        return ParseOutcome<IReadOnlyList<SurveyColumnSelector>>.ForValue(selectors.AsReadOnly());
    }

    /// <inheritdoc />
    public bool Equals(SurveyColumnSelector? other)
        => other is not null && First == other.First && Last == other.Last && string.Equals(HeaderText, other.HeaderText, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SurveyColumnSelector);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(First, Last, HeaderText is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(HeaderText));

    /// <summary>Returns the selector as <see cref="Parse(string)"/> reads it: <c>5</c>, <c>5-14</c> or the header text.</summary>
    /// <returns>The selector as text.</returns>
    public override string ToString()
        => HeaderText ?? (First == Last ? First.ToString(CultureInfo.InvariantCulture) : string.Format(CultureInfo.InvariantCulture, "{0}-{1}", First, Last));

    /// <summary>The 0-based columns this selector names among <paramref name="headers"/>, or null with the reason.</summary>
    internal IEnumerable<int>? Resolve(IReadOnlyList<string> headers, out string? problem)
    {
        problem = null;
        if (HeaderText is null)
        {
            if (Last > headers.Count)
            {
                problem = string.Format(CultureInfo.InvariantCulture, "there is no column {0}: the header row names {1} columns ({2})", Last, headers.Count, Describe(headers));
                return null;
            }

            return Enumerable.Range(First - 1, Last - First + 1);
        }

        var exact = Enumerable.Range(0, headers.Count).Where(i => string.Equals(headers[i], HeaderText, StringComparison.OrdinalIgnoreCase)).ToList();
        var found = exact.Count > 0
            ? exact
            : Enumerable.Range(0, headers.Count).Where(i => headers[i].IndexOf(HeaderText, StringComparison.OrdinalIgnoreCase) >= 0).ToList();
        if (found.Count == 1)
        {
            return found;
        }

        problem = found.Count == 0
            ? $"no column's header is or contains \"{HeaderText}\"; the columns are {Describe(headers)}"
            : $"\"{HeaderText}\" is in the header of {found.Count} columns ({string.Join(", ", found.Select(i => Describe(i, headers[i])))}); name one by its number";
        return null;
    }

    /// <summary>Lists columns for a message: <c>1 "Timestamp", 2 "เพศ", …</c>, at most twenty.</summary>
    internal static string Describe(IReadOnlyList<string> headers)
    {
        const int Shown = 20;
        var listed = string.Join(", ", headers.Take(Shown).Select((h, i) => Describe(i, h)));
        return headers.Count > Shown ? listed + ", …" : listed;
    }

    /// <summary>A column for a message: its number and header, shortened, e.g. <c>5 "ความสะดวกในการ…"</c>.</summary>
    internal static string Describe(int column, string header)
    {
        const int Shown = 40;
        var name = header.Length > Shown ? header.Substring(0, Shown) + "…" : header;
        return string.Format(CultureInfo.InvariantCulture, "{0} \"{1}\"", column + 1, name);
    }
}
