using System.Runtime.CompilerServices;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>Writes dates by the elements of a compiled <see cref="ThaiDatePattern"/>, in one digit style and era rule.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
internal sealed class ThaiDatePatternFormatter
{
    private readonly PatternElement[] _elements;
    private readonly BuddhistEraRule _eraRule;
    private readonly char _zero;

    internal ThaiDatePatternFormatter(PatternElement[] elements, DigitStyle digits, BuddhistEraRule eraRule)
    {
        _elements = elements;
        _eraRule = eraRule;
        _zero = digits == DigitStyle.Thai ? '๐' : '0';
        foreach (var element in elements)
        {
            MaxLength += element.MaxLength;
        }
    }

    /// <summary>Gets the most UTF-16 code units any date's text can take.</summary>
    internal int MaxLength { get; }

    /// <summary>Writes the date into <paramref name="destination"/>, which holds at least <see cref="MaxLength"/> characters.</summary>
    /// <returns>The number of characters written.</returns>
    internal int Format(LocalDate date, Span<char> destination)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        var position = 0;
        foreach (var element in _elements)
        {
            switch (element.Kind)
            {
                case PatternElementKind.Literal:
                    position = WriteText(destination, position, element.Literal!);
                    break;
                case PatternElementKind.Day:
                    position = WriteNumber(destination, position, date.Day, element.Width);
                    break;
                case PatternElementKind.Month:
                    position = WriteNumber(destination, position, date.Month, element.Width);
                    break;
                case PatternElementKind.MonthName:
                    position = WriteText(destination, position, ThaiDateNames.MonthNames[date.Month - 1]);
                    break;
                case PatternElementKind.MonthAbbreviation:
                    position = WriteText(destination, position, ThaiDateNames.MonthAbbreviations[date.Month - 1]);
                    break;
                case PatternElementKind.WeekdayName:
                    position = WriteText(destination, position, ThaiDateNames.WeekdayNames[(int)date.DayOfWeek]);
                    break;
                case PatternElementKind.WeekdayAbbreviation:
                    position = WriteText(destination, position, ThaiDateNames.WeekdayAbbreviations[(int)date.DayOfWeek]);
                    break;
                default:
                {
                    var year = element.Kind == PatternElementKind.BuddhistYear
                        ? BuddhistEra.GetYear(date, _eraRule)
                        : date.Year;
                    if (element.Width == 2)
                    {
                        position = WriteNumber(destination, position, ((year % 100) + 100) % 100, 2);
                    }
                    else
                    {
                        if (year < 0)
                        {
                            destination[position++] = '-';
                            year = -year;
                        }

                        position = WriteNumber(destination, position, year, element.Width);
                    }

                    break;
                }
            }
        }

        return position;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteText(Span<char> destination, int position, string text)
    {
        // The separators between fields are mostly one character: skip the copy call for them.
        if (text.Length == 1)
        {
            destination[position] = text[0];
            return position + 1;
        }

        text.AsSpan().CopyTo(destination.Slice(position));
        return position + text.Length;
    }

    /// <summary>Writes a non-negative number with at least <paramref name="minDigits"/> digits in this formatter's digit style.</summary>
    private int WriteNumber(Span<char> destination, int position, int value, int minDigits)
    {
        // Days and months: one or two digits, no loop.
        if (value < 100 && minDigits <= 2)
        {
            if (value >= 10 || minDigits == 2)
            {
                var tens = value / 10;
                destination[position] = (char)(_zero + tens);
                destination[position + 1] = (char)(_zero + (value - (tens * 10)));
                return position + 2;
            }

            destination[position] = (char)(_zero + value);
            return position + 1;
        }

        // Years have at most five digits (BE 10542).
        var digits = value < 1000 ? 3 : value < 10000 ? 4 : 5;
        if (digits < minDigits)
        {
            digits = minDigits;
        }

        var zero = _zero;
        for (var i = position + digits - 1; i >= position; i--)
        {
            var quotient = value / 10;
            destination[i] = (char)(zero + (value - (quotient * 10)));
            value = quotient;
        }

        return position + digits;
    }
}
