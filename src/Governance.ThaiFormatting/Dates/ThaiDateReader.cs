using NodaTime;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>
/// The tolerant reader: reads Thai dates in the forms people really write, as a whole text
/// (<see cref="Parse(string, ThaiDateReaderOptions?)"/>) or inside a longer line
/// (<see cref="Find(string, ThaiDateReaderOptions?)"/>).
/// </summary>
/// <remarks>
/// <para>
/// Accepted forms, with Thai or Arabic digits and any amount of white space or zero-width spaces between the
/// parts: an optional weekday (<c>วันศุกร์</c>, optionally followed by <c>ที่</c>) or <c>วันที่</c>; the day;
/// an optional <c>เดือน</c>; the month in full (<c>เมษายน</c>, also the common misspelling <c>กรกฏาคม</c>) or
/// abbreviated with or without dots (<c>เม.ย.</c>, <c>เมย</c>); an optional <c>ปี</c>; an optional era mark
/// <c>พ.ศ.</c> / <c>พุทธศักราช</c> or <c>ค.ศ.</c> / <c>คริสต์ศักราช</c> (dots optional); the year. Numeric dates
/// <c>d/M/y</c> (also <c>d-M-y</c>) are read day first, with a two- or four-digit year; dotted numbers are not dates
/// (๒.๓.๑๐ is clause numbering).
/// Examples: <c>๒๔ เมษายน ๒๕๖๓</c>, <c>วันที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓</c>, <c>๘ เดือน พฤษภาคม พ.ศ. ๒๕๖๒</c>,
/// <c>1 เดือน กุมภาพันธ์ พ.ศ.2567</c>, <c>๒ ธ.ค. ๖๖</c>, <c>24/04/2563</c>, <c>24/4/63</c>,
/// <c>วันศุกร์ที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓</c>. English month names are not read.
/// </para>
/// <para>
/// Years: a year marked พ.ศ. is BE and one marked ค.ศ. is CE. An unmarked year of four digits is CE when it
/// is at most <see cref="ThaiDateReaderOptions.LatestUnmarkedGregorianYear"/> (2100) and BE otherwise. A
/// two-digit year is BE in the window <see cref="ThaiDateReaderOptions.TwoDigitYearWindowStart"/> … +99
/// (BE 2500–2599, CE 1957–2056, by default). An unmarked year of five digits is BE (10000–10542, what ICU writes for
/// CE 9457–9999). An unmarked year of one or three digits is refused as ambiguous; marked, it is taken as written.
/// </para>
/// <para>
/// A weekday is checked against the date, and a date that never existed (31 เมษายน, 29 ก.พ. in a common year,
/// January 2483 under the historical rule) is a failure whose message says why. Nothing here throws on bad
/// text. The reader is a hand-written scanner whose work is linear in the length of the text.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class ThaiDateReader
{
    private const string DateWord = "วันที่";
    private const string OnWord = "ที่";
    private const string MonthWord = "เดือน";
    private const string YearWord = "ปี";
    private const string DayWordPrefix = "วัน";
    private const string BuddhistEraLetters = "พศ";
    private const string BuddhistEraWord = "พุทธศักราช";
    private const string ChristianEraLetters = "คศ";
    private const string ChristianEraWord = "คริสต์ศักราช";

    /// <summary>More digits than this in one number can never be a date part.</summary>
    private const int MaxNumberDigits = 6;

    private enum Outcome
    {
        Success,

        /// <summary>The text here does not look like a date: a caller searching a line moves on.</summary>
        NotADate,

        /// <summary>The text here is clearly meant as a date but is wrong: a caller searching a line stops.</summary>
        InvalidDate,
    }

    private enum Era
    {
        None,
        Buddhist,
        Christian,
    }

    /// <summary>Reads a text that is one date, with nothing but white space around it.</summary>
    /// <param name="text">The text, e.g. <c>วันที่ ๒๔ เมษายน พ.ศ. ๒๕๖๓</c>.</param>
    /// <param name="options">How to read years; <see cref="ThaiDateReaderOptions.Default"/> when null.</param>
    /// <returns>The date, or a failure naming the position and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<LocalDate> Parse(string text, ThaiDateReaderOptions? options = null)
        => Parse(Preconditions.CheckNotNull(text).AsSpan(), options);

    /// <summary>Reads a text that is one date, with nothing but white space around it, without allocating on success.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">How to read years; <see cref="ThaiDateReaderOptions.Default"/> when null.</param>
    /// <returns>The date, or a failure naming the position and what was expected there.</returns>
    public static ParseOutcome<LocalDate> Parse(ReadOnlySpan<char> text, ThaiDateReaderOptions? options = null)
    {
        options ??= ThaiDateReaderOptions.Default;
        var start = ThaiDateNames.SkipSpaces(text, 0);
        if (start == text.Length)
        {
            return ParseOutcome<LocalDate>.ForFailure("Expected a Thai date such as \"๒๔ เมษายน ๒๕๖๓\", but the text is empty.", start);
        }

        if (Read(text, start, options, explain: true, out var date, out var end, out var message) != Outcome.Success)
        {
            return ParseOutcome<LocalDate>.ForFailure(message!, end);
        }

        var after = ThaiDateNames.SkipSpaces(text, end);
        return after == text.Length
            ? ParseOutcome<LocalDate>.ForValue(date)
            : ParseOutcome<LocalDate>.ForFailure($"Expected the end of the text after the date at position {after}, found {ThaiDateNames.DescribeAt(text, after)}.", after);
    }

    /// <summary>Finds the first date in a line of text, with where its text starts and how long it is.</summary>
    /// <param name="line">The text, e.g. <c>ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๖</c>.</param>
    /// <param name="options">How to read years; <see cref="ThaiDateReaderOptions.Default"/> when null.</param>
    /// <returns>
    /// The match (date, index, length); or a failure: the first date-like text was not a real date (the message says
    /// why, <see cref="ParseOutcome{T}.Position"/> where), or no date was found (position −1).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public static ParseOutcome<ThaiDateMatch> Find(string line, ThaiDateReaderOptions? options = null)
        => Find(Preconditions.CheckNotNull(line).AsSpan(), options);

    /// <summary>Finds the first date in a line of text, without allocating on success.</summary>
    /// <param name="line">The text.</param>
    /// <param name="options">How to read years; <see cref="ThaiDateReaderOptions.Default"/> when null.</param>
    /// <returns>The match, or a failure (see <see cref="Find(string, ThaiDateReaderOptions?)"/>).</returns>
    public static ParseOutcome<ThaiDateMatch> Find(ReadOnlySpan<char> line, ThaiDateReaderOptions? options = null)
    {
        options ??= ThaiDateReaderOptions.Default;
        for (var i = 0; i < line.Length; i++)
        {
            if (!IsCandidate(line, i))
            {
                continue;
            }

            switch (Read(line, i, options, explain: false, out var date, out var end, out var message))
            {
                case Outcome.Success:
                    return ParseOutcome<ThaiDateMatch>.ForValue(new ThaiDateMatch(date, i, end - i));
                case Outcome.InvalidDate:
                    return ParseOutcome<ThaiDateMatch>.ForFailure(message!, end);
            }
        }

        return ParseOutcome<ThaiDateMatch>.ForFailure("No Thai date was found in the text: expected a day and a month name (such as \"๒๔ เมษายน ๒๕๖๓\") or a numeric date (such as \"24/04/2563\").", -1);
    }

    /// <summary>
    /// A date can start only where a number starts or where a word beginning with วัน starts (a weekday or
    /// วันที่), so the search tries each place at most once and each try reads a bounded number of parts.
    /// </summary>
    private static bool IsCandidate(ReadOnlySpan<char> line, int i)
    {
        var c = line[i];
        if (ThaiDigits.GetDigitValue(c) >= 0)
        {
            return i == 0 || ThaiDigits.GetDigitValue(line[i - 1]) < 0;
        }

        // Matched as Parse matches it, through zero-width characters: otherwise a weekday written "ว\u200Bันศุกร์" would be
        // skipped here and the date after it accepted without the weekday check that Parse makes.
        return c == DayWordPrefix[0] && ThaiDateNames.MatchWord(line, i, DayWordPrefix) >= 0;
    }

    /// <summary>
    /// Reads one date starting at <paramref name="start"/>. On success <paramref name="end"/> is just after the
    /// year; on failure it is where the problem is and <paramref name="message"/> says what it is. With
    /// <paramref name="explain"/> false (<see cref="Find(ReadOnlySpan{char}, ThaiDateReaderOptions?)"/>, which moves on
    /// from text that is not a date) a <see cref="Outcome.NotADate"/> gets no message, so a long line of almost-dates
    /// allocates nothing per place tried.
    /// </summary>
    private static Outcome Read(ReadOnlySpan<char> text, int start, ThaiDateReaderOptions options, bool explain, out LocalDate date, out int end, out string? message)
    {
        date = default;
        var p = start;
        var weekday = ThaiDateNames.MatchWeekday(text, p, out var weekdayEnd);
        var introduced = false;
        if (weekday != IsoDayOfWeek.None)
        {
            p = ThaiDateNames.SkipSpaces(text, weekdayEnd);
            var onEnd = ThaiDateNames.MatchWord(text, p, OnWord);
            if (onEnd >= 0)
            {
                p = ThaiDateNames.SkipSpaces(text, onEnd);
            }

            introduced = true;
        }
        else
        {
            var dateWordEnd = ThaiDateNames.MatchWord(text, p, DateWord);
            if (dateWordEnd >= 0)
            {
                p = ThaiDateNames.SkipSpaces(text, dateWordEnd);
                introduced = true;
            }
        }

        var dayStart = p;
        var dayDigits = ReadNumber(text, ref p, out var day);
        if (dayDigits == 0 || dayDigits > 2)
        {
            end = dayDigits == 0 ? p : dayStart;
            message = !explain ? null : dayDigits == 0
                ? $"Expected the day of the month at position {p}{(introduced ? " after the weekday or วันที่" : string.Empty)}, found {ThaiDateNames.DescribeAt(text, p)}."
                : $"Expected the day of the month (one or two digits) at position {dayStart}, found a {dayDigits}-digit number.";
            return Outcome.NotADate;
        }

        var q = ThaiDateNames.SkipSpaces(text, p);
        if (q < text.Length && text[q] is '/' or '-')
        {
            return ReadNumericRest(text, q, day, weekday, start, options, explain, out date, out end, out message);
        }

        var monthWordEnd = ThaiDateNames.MatchWord(text, q, MonthWord);
        if (monthWordEnd >= 0)
        {
            q = ThaiDateNames.SkipSpaces(text, monthWordEnd);
        }

        var month = ThaiDateNames.MatchMonth(text, q, out var monthEnd);
        if (month == 0)
        {
            end = q;
            message = explain ? $"Expected a month name (such as เมษายน or เม.ย.) or a '/' after the day at position {q}, found {ThaiDateNames.DescribeAt(text, q)}." : null;
            return Outcome.NotADate;
        }

        // From here on the text is clearly a date, so every problem is reported rather than skipped.
        var dayProblem = ThaiDateCalendar.CheckDayInAnyYear(day, month);
        if (dayProblem is not null)
        {
            end = dayStart;
            message = dayProblem;
            return Outcome.InvalidDate;
        }

        p = ThaiDateNames.SkipSpaces(text, monthEnd);
        var yearWordEnd = ThaiDateNames.MatchWord(text, p, YearWord);
        if (yearWordEnd >= 0)
        {
            p = ThaiDateNames.SkipSpaces(text, yearWordEnd);
        }

        var era = ReadEra(text, ref p);
        var yearStart = p;
        var yearDigits = ReadNumber(text, ref p, out var year);
        if (yearDigits == 0)
        {
            end = p;
            message = $"Expected the year after {day} {ThaiDateNames.MonthNames[month - 1]} at position {p}, found {ThaiDateNames.DescribeAt(text, p)}.";
            return Outcome.InvalidDate;
        }

        return Finish(text, yearStart, p, day, month, year, yearDigits, era, weekday, start, options, out date, out end, out message);
    }

    /// <summary>Reads the rest of a numeric date after the day: separator, month, the same separator, year.</summary>
    private static Outcome ReadNumericRest(
        ReadOnlySpan<char> text, int separatorAt, int day, IsoDayOfWeek weekday, int weekdayAt, ThaiDateReaderOptions options, bool explain, out LocalDate date, out int end, out string? message)
    {
        date = default;
        var separator = text[separatorAt];
        var p = ThaiDateNames.SkipSpaces(text, separatorAt + 1);
        var monthStart = p;
        var monthDigits = ReadNumber(text, ref p, out var month);
        var q = ThaiDateNames.SkipSpaces(text, p);
        if (monthDigits is 0 or > 2 || q >= text.Length || text[q] != separator)
        {
            end = monthDigits is 0 or > 2 ? monthStart : q;
            message = !explain ? null : monthDigits is 0 or > 2
                ? $"Expected the month (one or two digits) after '{separator}' at position {monthStart}, found {ThaiDateNames.DescribeAt(text, monthStart)}."
                : $"Expected '{separator}' before the year at position {q}, found {ThaiDateNames.DescribeAt(text, q)}.";
            return Outcome.NotADate;
        }

        p = ThaiDateNames.SkipSpaces(text, q + 1);
        var yearStart = p;
        var yearDigits = ReadNumber(text, ref p, out var year);
        if (yearDigits is not (2 or 4))
        {
            end = yearStart;
            message = explain ? $"Expected the year as two or four digits after '{separator}' at position {yearStart}, found {(yearDigits == 0 ? ThaiDateNames.DescribeAt(text, yearStart) : $"{yearDigits} digits")}." : null;
            return Outcome.NotADate;
        }

        if (month is < 1 or > 12)
        {
            end = monthStart;
            message = $"Month {month} at position {monthStart} does not exist: expected a month from 1 to 12 (numeric dates are read day first, d/M/y).";
            return Outcome.InvalidDate;
        }

        var dayProblem = ThaiDateCalendar.CheckDayInAnyYear(day, month);
        if (dayProblem is not null)
        {
            end = separatorAt;
            message = dayProblem;
            return Outcome.InvalidDate;
        }

        return Finish(text, yearStart, p, day, month, year, yearDigits, Era.None, weekday, weekdayAt, options, out date, out end, out message);
    }

    /// <summary>Resolves the year by its era mark and digit count, builds the date and checks the weekday.</summary>
    private static Outcome Finish(
        ReadOnlySpan<char> text,
        int yearStart,
        int yearEnd,
        int day,
        int month,
        int year,
        int yearDigits,
        Era era,
        IsoDayOfWeek weekday,
        int weekdayAt,
        ThaiDateReaderOptions options,
        out LocalDate date,
        out int end,
        out string? message)
    {
        date = default;
        end = yearStart;
        if (yearDigits > 5)
        {
            message = $"The year at position {yearStart} has {yearDigits} or more digits: expected two, four or five.";
            return Outcome.InvalidDate;
        }

        if (yearDigits == 5 && era == Era.None)
        {
            // No CE year has five digits (the range ends at 9999), so an unmarked five-digit year is BE 10000 or later,
            // as ICU writes the years of CE 9457–9999.
            era = Era.Buddhist;
        }

        if (yearDigits == 2)
        {
            year = ThaiDateCalendar.ExpandTwoDigitYear(
                year,
                era == Era.Christian ? options.TwoDigitYearWindowStart - Calendar.BuddhistEra.Offset : options.TwoDigitYearWindowStart);
        }
        else if (era == Era.None)
        {
            if (yearDigits != 4)
            {
                message = $"The year {TextExcerpt.Quote(text.Slice(yearStart, yearEnd - yearStart))} at position {yearStart} has {yearDigits} digit{(yearDigits == 1 ? string.Empty : "s")}: expected two (BE {options.TwoDigitYearWindowStart}–{options.TwoDigitYearWindowStart + 99}), four or five, or an era mark (พ.ศ. or ค.ศ.) before it.";
                return Outcome.InvalidDate;
            }

            era = year <= options.LatestUnmarkedGregorianYear ? Era.Christian : Era.Buddhist;
        }

        var built = era == Era.Christian
            ? ThaiDateCalendar.TryBuildGregorian(year, month, day, out date, out message)
            : ThaiDateCalendar.TryBuild(year, month, day, options.EraRule, out date, out message);
        if (!built)
        {
            return Outcome.InvalidDate;
        }

        if (weekday != IsoDayOfWeek.None && weekday != date.DayOfWeek)
        {
            end = weekdayAt;
            message = ThaiDateCalendar.DescribeWeekdayMismatch(weekday, date);
            date = default;
            return Outcome.InvalidDate;
        }

        end = yearEnd;
        return Outcome.Success;
    }

    /// <summary>Reads an era mark (พ.ศ., พ.ศ, พศ, พุทธศักราช, ค.ศ., คศ, คริสต์ศักราช) and the spaces after it.</summary>
    private static Era ReadEra(ReadOnlySpan<char> text, ref int p)
    {
        var era = Era.None;
        int markEnd;
        if ((markEnd = ThaiDateNames.MatchWord(text, p, BuddhistEraWord)) >= 0
            || (markEnd = ThaiDateNames.MatchAbbreviation(text, p, BuddhistEraLetters)) >= 0)
        {
            era = Era.Buddhist;
        }
        else if ((markEnd = ThaiDateNames.MatchWord(text, p, ChristianEraWord)) >= 0
                 || (markEnd = ThaiDateNames.MatchAbbreviation(text, p, ChristianEraLetters)) >= 0)
        {
            era = Era.Christian;
        }

        if (era != Era.None)
        {
            p = ThaiDateNames.SkipSpaces(text, markEnd);
        }

        return era;
    }

    /// <summary>
    /// Reads a run of Arabic or Thai digits (ignorable characters between them are skipped). Returns how many
    /// digits there were, counting at most one past <see cref="MaxNumberDigits"/> so the work stays bounded.
    /// </summary>
    private static int ReadNumber(ReadOnlySpan<char> text, ref int p, out int value)
    {
        value = 0;
        var count = 0;
        var i = p;
        while (i < text.Length && count <= MaxNumberDigits)
        {
            var digit = ThaiDigits.GetDigitValue(text[i]);
            if (digit < 0)
            {
                var next = ThaiDateNames.SkipIgnorable(text, i);
                if (next == i || next >= text.Length || ThaiDigits.GetDigitValue(text[next]) < 0)
                {
                    break;
                }

                i = next;
                continue;
            }

            value = (value * 10) + digit;
            count++;
            i++;
            p = i;
        }

        return count;
    }
}
