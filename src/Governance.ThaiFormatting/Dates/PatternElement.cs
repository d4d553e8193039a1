using Participation.Governance.Text;

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
    /// <summary>The most digits a year field reads: BE 10542 (CE 9999) has five.</summary>
    internal const int MaxYearDigits = 5;

    private PatternElement(PatternElementKind kind, int width, string? literal, int sourcePosition)
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

    /// <summary>
    /// Compiles pattern text into elements. Letters: d dd (day), ddd dddd (weekday), M MM MMM MMMM (month),
    /// y yy yyy yyyy (BE year), u uu uuu uuuu (CE year); text in single quotes and a backslash-escaped
    /// character are literal; any other character that is not an ASCII letter or digit is literal.
    /// </summary>
    internal static ParseOutcome<PatternElement[]> Compile(string patternText)
    {
        if (patternText.Length == 0)
        {
            return ParseOutcome<PatternElement[]>.ForFailure("The pattern is empty at position 0: expected pattern letters (d, M, y, u) or literal text.", 0);
        }

        var elements = new List<PatternElement>();
        var literal = new System.Text.StringBuilder();
        var literalStart = 0;
        var i = 0;
        while (i < patternText.Length)
        {
            var c = patternText[i];
            switch (c)
            {
                case 'd' or 'M' or 'y' or 'u':
                {
                    var start = i;
                    while (i < patternText.Length && patternText[i] == c)
                    {
                        i++;
                    }

                    var count = i - start;
                    if (count > 4)
                    {
                        return ParseOutcome<PatternElement[]>.ForFailure(
                            $"Too many '{c}' letters at position {start}: {count} in a row; at most 4 are allowed ({DescribeLetter(c)}).",
                            start);
                    }

                    FlushLiteral(elements, literal, literalStart);
                    elements.Add(new PatternElement(FieldKind(c, count), count, null, start));
                    break;
                }

                case '\'':
                {
                    MarkLiteralStart(literal, ref literalStart, i);
                    var quoted = ReadQuoted(patternText, i + 1, literal);
                    if (quoted < 0)
                    {
                        return ParseOutcome<PatternElement[]>.ForFailure(
                            $"The quoted text that opens at position {i} is never closed: expected a closing ' (write '' inside quotes for a quote character).",
                            i);
                    }

                    i = quoted;
                    break;
                }

                case '\\':
                    if (i + 1 >= patternText.Length)
                    {
                        return ParseOutcome<PatternElement[]>.ForFailure(
                            $"The pattern ends with a backslash at position {i}: expected a character after it to write literally.",
                            i);
                    }

                    MarkLiteralStart(literal, ref literalStart, i);
                    literal.Append(patternText[i + 1]);
                    i += 2;
                    break;

                default:
                    if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                    {
                        return ParseOutcome<PatternElement[]>.ForFailure(
                            $"Unknown pattern letter '{c}' at position {i}: the letters are d (day, weekday), M (month), y (BE year) and u (CE year); quote other letters ('{c}') to write them as text.",
                            i);
                    }

                    if ((uint)(c - '0') <= 9)
                    {
                        return ParseOutcome<PatternElement[]>.ForFailure(
                            $"Unquoted digit '{c}' at position {i}: a digit beside a number field could not be read back; quote it ('{c}') to write it as text.",
                            i);
                    }

                    MarkLiteralStart(literal, ref literalStart, i);
                    literal.Append(c);
                    i++;
                    break;
            }
        }

        FlushLiteral(elements, literal, literalStart);
        var result = elements.ToArray();
        return CheckReadable(patternText, result);
    }

    /// <summary>
    /// Reads quoted text starting just after an opening quote; <c>''</c> inside quotes is one quote and a
    /// backslash escapes the next character. Returns the index after the closing quote, or -1 when none.
    /// </summary>
    private static int ReadQuoted(string patternText, int i, System.Text.StringBuilder literal)
    {
        while (i < patternText.Length)
        {
            var c = patternText[i];
            if (c == '\\' && i + 1 < patternText.Length)
            {
                literal.Append(patternText[i + 1]);
                i += 2;
            }
            else if (c == '\'')
            {
                if (i + 1 < patternText.Length && patternText[i + 1] == '\'')
                {
                    literal.Append('\'');
                    i += 2;
                }
                else
                {
                    return i + 1;
                }
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        return -1;
    }

    /// <summary>
    /// Rejects a pattern whose output could not be read back: a number of variable width directly followed by
    /// another number ("dM" writes 11 for both 1 November and 11 January).
    /// </summary>
    private static ParseOutcome<PatternElement[]> CheckReadable(string patternText, PatternElement[] elements)
    {
        for (var k = 0; k + 1 < elements.Length; k++)
        {
            var element = elements[k];
            if (element.IsNumeric && !element.IsFixedWidth && elements[k + 1].IsNumeric)
            {
                return ParseOutcome<PatternElement[]>.ForFailure(
                    $"The number field at position {element.SourcePosition} in \"{patternText}\" has a variable width and is followed directly by the number field at position {elements[k + 1].SourcePosition}: put a separator between them or use a two-letter field (dd, MM, yy, uu) first.",
                    element.SourcePosition);
            }
        }

        return ParseOutcome<PatternElement[]>.ForValue(elements);
    }

    private static void MarkLiteralStart(System.Text.StringBuilder literal, ref int literalStart, int position)
    {
        if (literal.Length == 0)
        {
            literalStart = position;
        }
    }

    private static void FlushLiteral(List<PatternElement> elements, System.Text.StringBuilder literal, int literalStart)
    {
        if (literal.Length > 0)
        {
            elements.Add(new PatternElement(PatternElementKind.Literal, 0, literal.ToString(), literalStart));
            literal.Clear();
        }
    }

    private static PatternElementKind FieldKind(char letter, int count) => letter switch
    {
        'd' => count switch
        {
            3 => PatternElementKind.WeekdayAbbreviation,
            4 => PatternElementKind.WeekdayName,
            _ => PatternElementKind.Day,
        },
        'M' => count switch
        {
            3 => PatternElementKind.MonthAbbreviation,
            4 => PatternElementKind.MonthName,
            _ => PatternElementKind.Month,
        },
        'y' => PatternElementKind.BuddhistYear,
        _ => PatternElementKind.GregorianYear,
    };

    private static string DescribeLetter(char letter) => letter switch
    {
        'd' => "d, dd for the day; ddd, dddd for the weekday",
        'M' => "M, MM for the month number; MMM, MMMM for its name",
        'y' => "y, yy, yyy, yyyy for the BE year",
        _ => "u, uu, uuu, uuuu for the CE year",
    };
}
