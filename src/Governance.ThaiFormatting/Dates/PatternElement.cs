namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>What one element of a compiled <see cref="ThaiDatePattern"/> writes and reads.</summary>
internal enum PatternElementKind : byte
{
    /// <summary>Fixed text.</summary>
    Literal,

    /// <summary>The day of the month as a number (d, dd).</summary>
    Day,

    /// <summary>The abbreviated weekday (ddd): อา. จ. อ. พ. พฤ. ศ. ส.</summary>
    WeekdayAbbreviation,

    /// <summary>The full weekday (dddd): วันศุกร์.</summary>
    WeekdayName,

    /// <summary>The month as a number (M, MM).</summary>
    Month,

    /// <summary>The abbreviated month (MMM): เม.ย.</summary>
    MonthAbbreviation,

    /// <summary>The full month (MMMM): เมษายน.</summary>
    MonthName,

    /// <summary>The Buddhist-Era year (y, yy, yyy, yyyy).</summary>
    BuddhistYear,

    /// <summary>The Gregorian (CE) year (u, uu, uuu, uuuu).</summary>
    GregorianYear,
}

/// <summary>One element of a compiled pattern: a field with its width, or a literal.</summary>
internal readonly struct PatternElement
{
    /// <summary>The most digits a year field of variable width reads: BE 10542 (CE 9999) has five.</summary>
    internal const int MaxYearDigits = 5;

    internal PatternElement(PatternElementKind kind, int width, string? literal, int sourcePosition)
    {
        Kind = kind;
        Width = width;
        Literal = literal;
        SourcePosition = sourcePosition;
    }

    /// <summary>Gets what the element writes.</summary>
    public PatternElementKind Kind { get; }

    /// <summary>
    /// Gets the number of pattern letters: for numbers, 2 means exactly two digits (for years, the last two),
    /// and 1, 3 or 4 the minimum number of digits (zero-padded).
    /// </summary>
    public int Width { get; }

    /// <summary>Gets the text of a literal element.</summary>
    public string? Literal { get; }

    /// <summary>Gets where in the pattern text the element starts (for creation errors).</summary>
    public int SourcePosition { get; }

    /// <summary>Gets a value indicating whether the element writes a number.</summary>
    public bool IsNumeric => Kind is PatternElementKind.Day or PatternElementKind.Month or PatternElementKind.BuddhistYear or PatternElementKind.GregorianYear;

    /// <summary>Gets a value indicating whether a numeric element always writes the same number of digits.</summary>
    public bool IsFixedWidth => IsNumeric && Width == 2;

    /// <summary>Gets the most UTF-16 code units the element can write.</summary>
    public int MaxLength => Kind switch
    {
        PatternElementKind.Literal => Literal!.Length,
        PatternElementKind.Day or PatternElementKind.Month => 2,
        PatternElementKind.WeekdayAbbreviation => ThaiDateNames.MaxWeekdayAbbreviationLength,
        PatternElementKind.WeekdayName => ThaiDateNames.MaxWeekdayNameLength,
        PatternElementKind.MonthAbbreviation => ThaiDateNames.MaxMonthAbbreviationLength,
        PatternElementKind.MonthName => ThaiDateNames.MaxMonthNameLength,

        // A sign and five digits: BE years run from −9456 to 10542.
        _ => MaxYearDigits + 1,
    };
}
