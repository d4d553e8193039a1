using System.Globalization;

namespace Participation.Governance.Surveys;

/// <summary>A count of rows and the first few of them, for a warning that says how many and where.</summary>
internal struct SurveyRows
{
    /// <summary>How many rows a warning names.</summary>
    internal const int Shown = 5;

    private long[]? _first;

    /// <summary>Gets how many rows were added.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the first rows added.</summary>
    public readonly IReadOnlyList<long> First => _first is null ? [] : Array.AsReadOnly(_first.Take((int)Math.Min(Count, Shown)).ToArray());

    public void Add(long row)
    {
        if (Count < Shown)
        {
            _first ??= new long[Shown];
            _first[Count] = row;
        }

        Count++;
    }

    /// <summary>The rows for a message: <c>row 7</c>, <c>rows 7, 9, 12</c>, <c>rows 7, 9, 12, 15, 20, …</c>.</summary>
    public readonly string Describe()
    {
        var first = string.Join(", ", First.Select(r => r.ToString(CultureInfo.InvariantCulture)));
        return (Count == 1 ? "row " : "rows ") + first + (Count > Shown ? ", …" : string.Empty);
    }
}
