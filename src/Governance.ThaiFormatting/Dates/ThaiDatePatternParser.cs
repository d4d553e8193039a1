using System.Runtime.CompilerServices;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>
/// Reads dates by the elements of a compiled <see cref="ThaiDatePattern"/>: exactly the text the pattern writes, with
/// digits in either style.
/// </summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
internal sealed class ThaiDatePatternParser
{
    private readonly string _patternText;
    private readonly PatternElement[] _elements;
    private readonly BuddhistEraRule _eraRule;

    internal ThaiDatePatternParser(string patternText, PatternElement[] elements, BuddhistEraRule eraRule)
    {
        _patternText = patternText;
        _elements = elements;
        _eraRule = eraRule;
    }

    /// <summary>Parses <paramref name="text"/>; never throws.</summary>
    internal ParseOutcome<LocalDate> Parse(ReadOnlySpan<char> text)
    {
        // -1 = the pattern has no such field; 0 is a value the text can hold (and is then refused as a date).
        var day = -1;
        var month = -1;
        var buddhistYear = 0;
        var gregorianYear = 0;
        var hasBuddhistYear = false;
        var hasGregorianYear = false;
        var weekday = IsoDayOfWeek.None;
        var weekdayPosition = 0;
        var position = 0;
        foreach (var element in _elements)
        {
            var start = position;
            switch (element.Kind)
            {
                case PatternElementKind.Literal:
                    if (!text.Slice(position).StartsWith(element.Literal.AsSpan(), StringComparison.Ordinal))
                    {
                        return Fail($"Expected {TextExcerpt.Quote(element.Literal!)} at position {position}, found {ThaiDateNames.DescribeAt(text, position)}.", position);
                    }

                    position += element.Literal!.Length;
                    break;

                case PatternElementKind.Day:
                case PatternElementKind.Month:
                {
                    var digits = ReadDigits(text, ref position, 2, out var value);
                    if (digits == 0 || (element.Width == 2 && digits != 2))
                    {
                        return Fail($"Expected the {DescribeNumberField(element.Kind)} as {(element.Width == 2 ? "two digits" : "one or two digits")} at position {start}, found {ThaiDateNames.DescribeAt(text, start + digits)}.", start + digits);
                    }

                    if (element.Kind == PatternElementKind.Day)
                    {
                        day = value;
                    }
                    else
                    {
                        month = value;
                    }

                    break;
                }

                case PatternElementKind.MonthName:
                case PatternElementKind.MonthAbbreviation:
                {
                    var names = element.Kind == PatternElementKind.MonthName ? ThaiDateNames.MonthNames : ThaiDateNames.MonthAbbreviations;
                    var index = MatchName(text, position, names, 0);
                    if (index < 0)
                    {
                        return Fail($"Expected {(element.Kind == PatternElementKind.MonthName ? "a month name such as เมษายน" : "an abbreviated month such as เม.ย.")} at position {position}, found {ThaiDateNames.DescribeAt(text, position)}.", position);
                    }

                    month = index + 1;
                    position += names[index].Length;
                    break;
                }

                case PatternElementKind.WeekdayName:
                case PatternElementKind.WeekdayAbbreviation:
                {
                    var names = element.Kind == PatternElementKind.WeekdayName ? ThaiDateNames.WeekdayNames : ThaiDateNames.WeekdayAbbreviations;
                    var index = MatchName(text, position, names, 1);
                    if (index < 0)
                    {
                        return Fail($"Expected {(element.Kind == PatternElementKind.WeekdayName ? "a weekday such as วันศุกร์" : "an abbreviated weekday such as ศ.")} at position {position}, found {ThaiDateNames.DescribeAt(text, position)}.", position);
                    }

                    weekday = (IsoDayOfWeek)index;
                    weekdayPosition = position;
                    position += names[index].Length;
                    break;
                }

                default:
                {
                    if (!TryReadYear(text, ref position, element, out var year, out var message))
                    {
                        return Fail(message!, position);
                    }

                    if (element.Kind == PatternElementKind.BuddhistYear)
                    {
                        buddhistYear = year;
                        hasBuddhistYear = true;
                    }
                    else
                    {
                        gregorianYear = year;
                        hasGregorianYear = true;
                    }

                    break;
                }
            }
        }

        if (position < text.Length)
        {
            return Fail($"Expected the end of the text at position {position}, found {ThaiDateNames.DescribeAt(text, position)}.", position);
        }

        return Resolve(day, month, hasBuddhistYear, buddhistYear, hasGregorianYear, gregorianYear, weekday, weekdayPosition);
    }

    private ParseOutcome<LocalDate> Resolve(
        int day, int month, bool hasBuddhistYear, int buddhistYear, bool hasGregorianYear, int gregorianYear, IsoDayOfWeek weekday, int weekdayPosition)
    {
        if (day < 0 || month < 0 || !(hasBuddhistYear || hasGregorianYear))
        {
            return Fail($"The pattern {TextExcerpt.Quote(_patternText)} has no {(day < 0 ? "day" : month < 0 ? "month" : "year")} field, so its text cannot be read back as a date.", 0);
        }

        LocalDate date;
        if (hasBuddhistYear)
        {
            if (!ThaiDateCalendar.TryBuild(buddhistYear, month, day, _eraRule, out date, out var message))
            {
                return Fail(message!, 0);
            }

            if (hasGregorianYear && date.Year != gregorianYear)
            {
                return Fail($"The BE year {buddhistYear} and the CE year {gregorianYear} in the text disagree: {day}/{month}/BE {buddhistYear} is in CE {date.Year}.", 0);
            }
        }
        else if (!ThaiDateCalendar.TryBuildGregorian(gregorianYear, month, day, out date, out var message))
        {
            return Fail(message!, 0);
        }

        if (weekday != IsoDayOfWeek.None && weekday != date.DayOfWeek)
        {
            return Fail(ThaiDateCalendar.DescribeWeekdayMismatch(weekday, date), weekdayPosition);
        }

        return ParseOutcome<LocalDate>.ForValue(date);
    }

    /// <summary>Reads one year field; on failure <paramref name="position"/> is where the problem is.</summary>
    private static bool TryReadYear(ReadOnlySpan<char> text, ref int position, PatternElement element, out int year, out string? message)
    {
        var start = position;
        var twoDigits = element.Width == 2;
        var negative = !twoDigits && position < text.Length && text[position] == '-';
        if (negative)
        {
            position++;
        }

        // A two-digit year reads exactly its two digits, so whatever follows (yyMMdd) is left for the next field.
        var digitsStart = position;
        var digits = ReadDigits(text, ref position, twoDigits ? 2 : PatternElement.MaxYearDigits, out year);
        var era = element.Kind == PatternElementKind.BuddhistYear ? "BE" : "CE";
        if (digits == 0 || (twoDigits ? digits != 2 : digits < element.Width))
        {
            var expected = element.Width switch
            {
                1 => "at least one digit",
                2 => "exactly two digits",
                _ => $"at least {element.Width} digits",
            };
            message = $"Expected the {era} year as {expected} at position {start}, found {ThaiDateNames.DescribeAt(text, digitsStart + digits)}.";
            position = digitsStart + digits;
            return false;
        }

        if (twoDigits)
        {
            year = element.Kind == PatternElementKind.BuddhistYear
                ? ThaiDateCalendar.ExpandTwoDigitYear(year, ThaiDatePattern.TwoDigitYearWindowStart)
                : ThaiDateCalendar.ExpandTwoDigitYear(year, ThaiDatePattern.TwoDigitYearWindowStart - BuddhistEra.Offset);
            message = null;
            return true;
        }

        if (position < text.Length && ThaiDigits.GetDigitValue(text[position]) >= 0)
        {
            message = $"The {era} year at position {start} has more than {PatternElement.MaxYearDigits} digits.";
            position = start;
            return false;
        }

        if (negative)
        {
            year = -year;
        }

        message = null;
        return true;
    }

    /// <summary>Reads up to <paramref name="maxDigits"/> Arabic or Thai digits; returns how many were read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadDigits(ReadOnlySpan<char> text, ref int position, int maxDigits, out int value)
    {
        value = 0;
        var count = 0;
        while (count < maxDigits && position < text.Length)
        {
            var digit = ThaiDigits.GetDigitValue(text[position]);
            if (digit < 0)
            {
                break;
            }

            value = (value * 10) + digit;
            position++;
            count++;
        }

        return count;
    }

    private static int MatchName(ReadOnlySpan<char> text, int position, string[] names, int first)
    {
        var rest = text.Slice(position);
        for (var i = first; i < names.Length; i++)
        {
            if (rest.StartsWith(names[i].AsSpan(), StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string DescribeNumberField(PatternElementKind kind) => kind == PatternElementKind.Day ? "day" : "month number";

    private static ParseOutcome<LocalDate> Fail(string message, int position) => ParseOutcome<LocalDate>.ForFailure(message, position);
}
