using System.Text;
using Participation.Governance.Text;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>
/// Reads the text of a <see cref="ThaiDatePattern"/> into its elements (NodaTime's pattern parser), refusing a pattern
/// whose output could not be read back exactly.
/// </summary>
/// <remarks>
/// Letters: d dd (day), ddd dddd (weekday), M MM MMM MMMM (month), y yy yyy yyyy (BE year), u uu uuu uuuu (CE year);
/// text in single quotes and a backslash-escaped character are literal; any other character that is not an ASCII
/// letter, a digit (Arabic or Thai) or half of a surrogate pair is literal as it stands.
/// </remarks>
internal static class ThaiDatePatternCompiler
{
    /// <summary>Compiles pattern text into elements, or says where and why it cannot be a pattern.</summary>
    internal static ParseOutcome<PatternElement[]> Compile(string patternText)
    {
        if (patternText.Length == 0)
        {
            return Fail("The pattern is empty at position 0: expected pattern letters (d, M, y, u) or literal text.", 0);
        }

        var elements = new List<PatternElement>();
        var literal = new StringBuilder();
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
                        return Fail($"Too many '{c}' letters at position {start}: {count} in a row; at most 4 are allowed ({DescribeLetter(c)}).", start);
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
                        return Fail($"The quoted text that opens at position {i} is never closed: expected a closing ' (write '' inside quotes for a quote character).", i);
                    }

                    i = quoted;
                    break;
                }

                case '\\':
                    if (i + 1 >= patternText.Length)
                    {
                        return Fail($"The pattern ends with a backslash at position {i}: expected a character after it to write literally.", i);
                    }

                    MarkLiteralStart(literal, ref literalStart, i);
                    literal.Append(patternText[i + 1]);
                    i += 2;
                    break;

                default:
                    if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                    {
                        return Fail(
                            $"Unknown pattern letter '{c}' at position {i}: the letters are d (day, weekday), M (month), y (BE year) and u (CE year); quote other letters ('{c}') to write them as text.",
                            i);
                    }

                    if (ThaiCharacters.GetDigitValue(c) >= 0)
                    {
                        return Fail($"Unquoted digit '{c}' at position {i}: a digit beside a number field could not be read back; quote it ('{c}') to write it as text.", i);
                    }

                    MarkLiteralStart(literal, ref literalStart, i);
                    literal.Append(c);
                    i++;
                    break;
            }
        }

        FlushLiteral(elements, literal, literalStart);
        var result = elements.ToArray();
        return CheckReadable(result);
    }

    /// <summary>
    /// Reads quoted text starting just after an opening quote; <c>''</c> inside quotes is one quote and a
    /// backslash escapes the next character. Returns the index after the closing quote, or -1 when none.
    /// </summary>
    private static int ReadQuoted(string patternText, int i, StringBuilder literal)
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
    /// Refuses a pattern whose output could not be read back: a number of variable width directly followed by another
    /// number ("dM" writes 11 for both 1 November and 11 January) or by literal text that starts with a digit
    /// ("d'1'M" writes 2111 for 2 November and reads it as 21 January); and literal text holding half of a surrogate
    /// pair, which no UTF-8 output can carry.
    /// </summary>
    private static ParseOutcome<PatternElement[]> CheckReadable(PatternElement[] elements)
    {
        for (var k = 0; k < elements.Length; k++)
        {
            var element = elements[k];
            if (element.Kind == PatternElementKind.Literal)
            {
                var lone = IndexOfLoneSurrogate(element.Literal!);
                if (lone >= 0)
                {
                    return Fail(
                        $"The literal text at position {element.SourcePosition} holds half of a surrogate pair (U+{(int)element.Literal![lone]:X4}) with no other half: it is not a character and cannot be written as UTF-8.",
                        element.SourcePosition);
                }

                continue;
            }

            if (!element.IsNumeric || element.IsFixedWidth || k + 1 == elements.Length)
            {
                continue;
            }

            var next = elements[k + 1];
            if (next.IsNumeric)
            {
                return Fail(
                    $"The number field at position {element.SourcePosition} has a variable width and is followed directly by the number field at position {next.SourcePosition}: put a separator between them or use a two-letter field (dd, MM, yy, uu) first.",
                    element.SourcePosition);
            }

            if (next.Kind == PatternElementKind.Literal && ThaiCharacters.GetDigitValue(next.Literal![0]) >= 0)
            {
                return Fail(
                    $"The number field at position {element.SourcePosition} has a variable width and is followed by literal text starting with the digit '{next.Literal[0]}' at position {next.SourcePosition}: the digit would be read as part of the number; put a separator between them or use a two-letter field (dd, MM, yy, uu).",
                    element.SourcePosition);
            }
        }

        return ParseOutcome<PatternElement[]>.ForValue(elements);
    }

    private static int IndexOfLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static ParseOutcome<PatternElement[]> Fail(string message, int position) => ParseOutcome<PatternElement[]>.ForFailure(message, position);

    private static void MarkLiteralStart(StringBuilder literal, ref int literalStart, int position)
    {
        if (literal.Length == 0)
        {
            literalStart = position;
        }
    }

    private static void FlushLiteral(List<PatternElement> elements, StringBuilder literal, int literalStart)
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
