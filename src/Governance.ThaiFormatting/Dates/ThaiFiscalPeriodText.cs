using System.Text;
using Participation.Governance.Calendar;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>
/// Writes and reads fiscal periods the way Thai government documents name them:
/// <c>ปีงบประมาณ พ.ศ. ๒๕๖๓</c>, <c>ไตรมาสที่ ๒/๒๕๖๓</c>, <c>รอบ ๖ เดือน (ต.ค. ๒๕๖๒ – มี.ค. ๒๕๖๓)</c>.
/// </summary>
/// <remarks>
/// <para>
/// Formatting writes Thai digits unless asked for Arabic ones. The first half-year is the six-month report
/// period, <c>รอบ ๖ เดือน (ต.ค. ๒๕๖๒ – มี.ค. ๒๕๖๓)</c>; the second is written <c>รอบ ๖ เดือนหลัง (เม.ย. ๒๕๖๓ – ก.ย. ๒๕๖๓)</c>;
/// a full-year period is written as its fiscal year.
/// </para>
/// <para>
/// Parsing accepts Thai or Arabic digits, any white space (zero-width spaces included) between the parts, and
/// these variants: <c>ปีงบประมาณ</c> or <c>ปีงบ</c>, with or without <c>พ.ศ.</c>; <c>ไตรมาส</c> with or without
/// <c>ที่</c>, the year after <c>/</c> or after <c>ปีงบประมาณ พ.ศ.</c>; <c>รอบ ๖ เดือน</c> (or <c>แรก</c> / <c>หลัง</c>)
/// with its month range (dash, en dash, em dash or <c>ถึง</c>) or with <c>ปีงบประมาณ …</c>. Years are BE years of
/// four or five digits (up to BE 10542); fiscal years before BE 2504 are refused, as <see cref="ThaiFiscalYear"/>
/// refuses them.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class ThaiFiscalPeriodText
{
    private const string FiscalYearWord = "ปีงบประมาณ";
    private const string FiscalYearShortWord = "ปีงบ";
    private const string QuarterWord = "ไตรมาส";
    private const string OnWord = "ที่";
    private const string RoundWord = "รอบ";
    private const string MonthsWord = "เดือน";
    private const string FirstWord = "แรก";
    private const string LaterWord = "หลัง";
    private const string UntilWord = "ถึง";
    private const string BuddhistEraLetters = "พศ";
    private const string RangeDash = "\u2013";

    /// <summary>Writes a fiscal year: <c>ปีงบประมาณ พ.ศ. ๒๕๖๓</c>.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="digits">The digits to write (Thai by default).</param>
    /// <returns>The text.</returns>
    public static string Format(ThaiFiscalYear fiscalYear, DigitStyle digits = DigitStyle.Thai)
        => FiscalYearWord + " พ.ศ. " + ThaiDigits.Format(fiscalYear.BuddhistYear, digits);

    /// <summary>Writes a fiscal quarter: <c>ไตรมาสที่ ๒/๒๕๖๓</c>.</summary>
    /// <param name="quarter">The quarter.</param>
    /// <param name="digits">The digits to write (Thai by default).</param>
    /// <returns>The text.</returns>
    public static string Format(FiscalQuarter quarter, DigitStyle digits = DigitStyle.Thai)
        => QuarterWord + OnWord + " " + ThaiDigits.Format(quarter.Number, digits) + "/" + ThaiDigits.Format(quarter.FiscalYear.BuddhistYear, digits);

    /// <summary>
    /// Writes a fiscal period: a quarter as <c>ไตรมาสที่ ๒/๒๕๖๓</c>, the first half as
    /// <c>รอบ ๖ เดือน (ต.ค. ๒๕๖๒ – มี.ค. ๒๕๖๓)</c>, the second as <c>รอบ ๖ เดือนหลัง (เม.ย. ๒๕๖๓ – ก.ย. ๒๕๖๓)</c>,
    /// the full year as <c>ปีงบประมาณ พ.ศ. ๒๕๖๓</c>.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="digits">The digits to write (Thai by default).</param>
    /// <returns>The text.</returns>
    public static string Format(FiscalPeriod period, DigitStyle digits = DigitStyle.Thai)
    {
        switch (period.Kind)
        {
            case FiscalPeriodKind.Quarter:
                return Format(period.FiscalYear.GetQuarter(period.Number), digits);
            case FiscalPeriodKind.FullYear:
                return Format(period.FiscalYear, digits);
            default:
                var start = period.Start;
                var end = period.End;
                return new StringBuilder()
                    .Append(RoundWord).Append(' ').Append(ThaiDigits.Format(6, digits)).Append(' ').Append(MonthsWord)
                    .Append(period.Number == 2 ? LaterWord : string.Empty)
                    .Append(" (").Append(ThaiDateNames.MonthAbbreviations[start.Month - 1]).Append(' ')
                    .Append(ThaiDigits.Format(BuddhistEra.GetYear(start), digits))
                    .Append(' ').Append(RangeDash).Append(' ')
                    .Append(ThaiDateNames.MonthAbbreviations[end.Month - 1]).Append(' ')
                    .Append(ThaiDigits.Format(BuddhistEra.GetYear(end), digits)).Append(')')
                    .ToString();
        }
    }

    /// <summary>Reads a fiscal year: <c>ปีงบประมาณ พ.ศ. ๒๕๖๓</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The fiscal year, or a failure naming the position and what was expected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<ThaiFiscalYear> ParseFiscalYear(string text) => ParseFiscalYear(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Reads a fiscal year: <c>ปีงบประมาณ พ.ศ. ๒๕๖๓</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The fiscal year, or a failure naming the position and what was expected.</returns>
    public static ParseOutcome<ThaiFiscalYear> ParseFiscalYear(ReadOnlySpan<char> text)
    {
        var result = ParsePeriod(text);
        if (result.Success && result.Value.Kind != FiscalPeriodKind.FullYear)
        {
            return ParseOutcome<ThaiFiscalYear>.ForFailure($"Expected a fiscal year such as \"ปีงบประมาณ พ.ศ. ๒๕๖๓\", found a {DescribeKind(result.Value.Kind)}.", 0);
        }

        return result.Success ? ParseOutcome<ThaiFiscalYear>.ForValue(result.Value.FiscalYear) : result.ConvertError<ThaiFiscalYear>();
    }

    /// <summary>Reads a fiscal quarter: <c>ไตรมาสที่ ๒/๒๕๖๓</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quarter, or a failure naming the position and what was expected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<FiscalQuarter> ParseQuarter(string text) => ParseQuarter(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Reads a fiscal quarter: <c>ไตรมาสที่ ๒/๒๕๖๓</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quarter, or a failure naming the position and what was expected.</returns>
    public static ParseOutcome<FiscalQuarter> ParseQuarter(ReadOnlySpan<char> text)
    {
        var result = ParsePeriod(text);
        if (result.Success && result.Value.Kind != FiscalPeriodKind.Quarter)
        {
            return ParseOutcome<FiscalQuarter>.ForFailure($"Expected a fiscal quarter such as \"ไตรมาสที่ ๒/๒๕๖๓\", found a {DescribeKind(result.Value.Kind)}.", 0);
        }

        return result.Success
            ? ParseOutcome<FiscalQuarter>.ForValue(result.Value.FiscalYear.GetQuarter(result.Value.Number))
            : result.ConvertError<FiscalQuarter>();
    }

    /// <summary>Reads any of the three forms: a fiscal year, a quarter or a half-year.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period, or a failure naming the position and what was expected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<FiscalPeriod> ParsePeriod(string text) => ParsePeriod(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Reads any of the three forms: a fiscal year, a quarter or a half-year.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period, or a failure naming the position and what was expected.</returns>
    public static ParseOutcome<FiscalPeriod> ParsePeriod(ReadOnlySpan<char> text)
    {
        var p = ThaiDateNames.SkipSpaces(text, 0);
        ParseOutcome<FiscalPeriod> result;
        int end;
        if (ThaiDateNames.MatchWord(text, p, QuarterWord) >= 0)
        {
            result = ReadQuarter(text, p, out end);
        }
        else if (ThaiDateNames.MatchWord(text, p, RoundWord) >= 0)
        {
            result = ReadHalfYear(text, p, out end);
        }
        else if (ThaiDateNames.MatchWord(text, p, FiscalYearShortWord) >= 0)
        {
            result = ReadFiscalYear(text, p, out end);
        }
        else
        {
            return Fail($"Expected ปีงบประมาณ, ไตรมาส or รอบ ๖ เดือน at position {p}, found {ThaiDateNames.DescribeAt(text, p)}.", p);
        }

        if (!result.Success)
        {
            return result;
        }

        var after = ThaiDateNames.SkipSpaces(text, end);
        return after == text.Length
            ? result
            : Fail($"Expected the end of the text at position {after}, found {ThaiDateNames.DescribeAt(text, after)}.", after);
    }

    /// <summary>ปีงบประมาณ [พ.ศ.] year, or ปีงบ [พ.ศ.] year.</summary>
    private static ParseOutcome<FiscalPeriod> ReadFiscalYear(ReadOnlySpan<char> text, int p, out int end)
    {
        var wordEnd = ThaiDateNames.MatchWord(text, p, FiscalYearWord);
        p = wordEnd >= 0 ? wordEnd : ThaiDateNames.MatchWord(text, p, FiscalYearShortWord);
        p = SkipEra(text, ThaiDateNames.SkipSpaces(text, p));
        if (!TryReadFiscalYearNumber(text, ref p, out var fiscalYear, out var failure))
        {
            end = p;
            return failure;
        }

        end = p;
        return ParseOutcome<FiscalPeriod>.ForValue(fiscalYear.FullYear);
    }

    /// <summary>ไตรมาส[ที่] n / year, or ไตรมาส[ที่] n ปีงบประมาณ [พ.ศ.] year.</summary>
    private static ParseOutcome<FiscalPeriod> ReadQuarter(ReadOnlySpan<char> text, int p, out int end)
    {
        p = ThaiDateNames.SkipSpaces(text, ThaiDateNames.MatchWord(text, p, QuarterWord));
        var onEnd = ThaiDateNames.MatchWord(text, p, OnWord);
        if (onEnd >= 0)
        {
            p = ThaiDateNames.SkipSpaces(text, onEnd);
        }

        var numberAt = p;
        if (ReadNumber(text, ref p, out var number) != 1 || number is < 1 or > 4)
        {
            end = numberAt;
            return Fail($"Expected the quarter number 1 to 4 (๑ to ๔) at position {numberAt}, found {ThaiDateNames.DescribeAt(text, numberAt)}{(p > numberAt ? $" ({text.Slice(numberAt, p - numberAt).ToString()})" : string.Empty)}.", numberAt);
        }

        p = ThaiDateNames.SkipSpaces(text, p);
        if (p < text.Length && text[p] == '/')
        {
            p = ThaiDateNames.SkipSpaces(text, p + 1);
        }
        else if (ThaiDateNames.MatchWord(text, p, FiscalYearShortWord) >= 0)
        {
            var wordEnd = ThaiDateNames.MatchWord(text, p, FiscalYearWord);
            p = SkipEra(text, ThaiDateNames.SkipSpaces(text, wordEnd >= 0 ? wordEnd : ThaiDateNames.MatchWord(text, p, FiscalYearShortWord)));
        }
        else
        {
            end = p;
            return Fail($"Expected '/' or ปีงบประมาณ before the fiscal year at position {p}, found {ThaiDateNames.DescribeAt(text, p)}.", p);
        }

        if (!TryReadFiscalYearNumber(text, ref p, out var fiscalYear, out var failure))
        {
            end = p;
            return failure;
        }

        end = p;
        return ParseOutcome<FiscalPeriod>.ForValue(fiscalYear.GetQuarter(number).ToFiscalPeriod());
    }

    /// <summary>รอบ ๖ เดือน[แรก|หลัง] followed by (MMM year – MMM year) or by ปีงบประมาณ [พ.ศ.] year.</summary>
    private static ParseOutcome<FiscalPeriod> ReadHalfYear(ReadOnlySpan<char> text, int p, out int end)
    {
        p = ThaiDateNames.SkipSpaces(text, ThaiDateNames.MatchWord(text, p, RoundWord));
        var sixAt = p;
        if (ReadNumber(text, ref p, out var months) == 0 || months != 6)
        {
            end = sixAt;
            return Fail($"Expected ๖ (six months) after รอบ at position {sixAt}, found {ThaiDateNames.DescribeAt(text, sixAt)}: only the six-month period is read (a twelve-month period is the fiscal year, ปีงบประมาณ).", sixAt);
        }

        p = ThaiDateNames.SkipSpaces(text, p);
        var monthsEnd = ThaiDateNames.MatchWord(text, p, MonthsWord);
        if (monthsEnd < 0)
        {
            end = p;
            return Fail($"Expected เดือน after รอบ ๖ at position {p}, found {ThaiDateNames.DescribeAt(text, p)}.", p);
        }

        p = ThaiDateNames.SkipSpaces(text, monthsEnd);
        var half = 0;
        int halfEnd;
        if ((halfEnd = ThaiDateNames.MatchWord(text, p, FirstWord)) >= 0)
        {
            half = 1;
            p = ThaiDateNames.SkipSpaces(text, halfEnd);
        }
        else if ((halfEnd = ThaiDateNames.MatchWord(text, p, LaterWord)) >= 0)
        {
            half = 2;
            p = ThaiDateNames.SkipSpaces(text, halfEnd);
        }

        ThaiFiscalYear fiscalYear;
        if (p < text.Length && text[p] == '(')
        {
            var rangeAt = p;
            p = ThaiDateNames.SkipSpaces(text, p + 1);
            if (!TryReadMonthYear(text, ref p, out var startMonth, out var startYear, out var failure)
                || !TryReadRangeSeparator(text, ref p, out failure)
                || !TryReadMonthYear(text, ref p, out var endMonth, out var endYear, out failure))
            {
                end = p;
                return failure;
            }

            p = ThaiDateNames.SkipSpaces(text, p);
            if (p >= text.Length || text[p] != ')')
            {
                end = p;
                return Fail($"Expected ')' to close the month range at position {p}, found {ThaiDateNames.DescribeAt(text, p)}.", p);
            }

            p++;
            int rangeHalf;
            if (startMonth == 10 && endMonth == 3 && endYear == startYear + 1)
            {
                rangeHalf = 1;
            }
            else if (startMonth == 4 && endMonth == 9 && endYear == startYear)
            {
                rangeHalf = 2;
            }
            else
            {
                end = rangeAt;
                return Fail($"The months {ThaiDateNames.MonthAbbreviations[startMonth - 1]} {startYear} – {ThaiDateNames.MonthAbbreviations[endMonth - 1]} {endYear} at position {rangeAt} are not half of a fiscal year: expected ต.ค. of one year to มี.ค. of the next, or เม.ย. to ก.ย. of one year.", rangeAt);
            }

            if (half != 0 && half != rangeHalf)
            {
                end = rangeAt;
                return Fail($"The text says the {(half == 1 ? "first (แรก)" : "second (หลัง)")} half, but the months at position {rangeAt} are the {(rangeHalf == 1 ? "first, October–March" : "second, April–September")}.", rangeAt);
            }

            half = rangeHalf;
            if (!TryMakeFiscalYear(endYear, rangeAt, out fiscalYear, out failure))
            {
                end = rangeAt;
                return failure;
            }
        }
        else if (ThaiDateNames.MatchWord(text, p, FiscalYearShortWord) >= 0)
        {
            var wordEnd = ThaiDateNames.MatchWord(text, p, FiscalYearWord);
            p = SkipEra(text, ThaiDateNames.SkipSpaces(text, wordEnd >= 0 ? wordEnd : ThaiDateNames.MatchWord(text, p, FiscalYearShortWord)));
            if (!TryReadFiscalYearNumber(text, ref p, out fiscalYear, out var failure))
            {
                end = p;
                return failure;
            }

            half = half == 0 ? 1 : half;
        }
        else
        {
            end = p;
            return Fail($"Expected the months in brackets, such as (ต.ค. ๒๕๖๒ – มี.ค. ๒๕๖๓), or ปีงบประมาณ at position {p}, found {ThaiDateNames.DescribeAt(text, p)}.", p);
        }

        end = p;
        return ParseOutcome<FiscalPeriod>.ForValue(FiscalPeriod.ForHalfYear(fiscalYear, half));
    }

    private static bool TryReadMonthYear(ReadOnlySpan<char> text, ref int p, out int month, out int year, out ParseOutcome<FiscalPeriod> failure)
    {
        year = 0;
        month = ThaiDateNames.MatchMonth(text, p, out var monthEnd);
        if (month == 0)
        {
            failure = Fail($"Expected a month such as ต.ค. at position {p}, found {ThaiDateNames.DescribeAt(text, p)}.", p);
            return false;
        }

        p = SkipEra(text, ThaiDateNames.SkipSpaces(text, monthEnd));
        var yearAt = p;
        if (ReadNumber(text, ref p, out year) is not (4 or 5))
        {
            failure = Fail($"Expected a BE year of four or five digits at position {yearAt}, found {ThaiDateNames.DescribeAt(text, yearAt)}.", yearAt);
            return false;
        }

        p = ThaiDateNames.SkipSpaces(text, p);
        failure = default;
        return true;
    }

    private static bool TryReadRangeSeparator(ReadOnlySpan<char> text, ref int p, out ParseOutcome<FiscalPeriod> failure)
    {
        failure = default;
        if (p < text.Length && text[p] is '-' or '\u2013' or '\u2014')
        {
            p = ThaiDateNames.SkipSpaces(text, p + 1);
            return true;
        }

        var untilEnd = ThaiDateNames.MatchWord(text, p, UntilWord);
        if (untilEnd >= 0)
        {
            p = ThaiDateNames.SkipSpaces(text, untilEnd);
            return true;
        }

        failure = Fail($"Expected a dash (–) or ถึง between the months at position {p}, found {ThaiDateNames.DescribeAt(text, p)}.", p);
        return false;
    }

    private static bool TryReadFiscalYearNumber(ReadOnlySpan<char> text, ref int p, out ThaiFiscalYear fiscalYear, out ParseOutcome<FiscalPeriod> failure)
    {
        var yearAt = p;
        if (ReadNumber(text, ref p, out var year) is not (4 or 5))
        {
            fiscalYear = default;
            failure = Fail($"Expected the fiscal year as a BE year of four or five digits (such as ๒๕๖๓) at position {yearAt}, found {ThaiDateNames.DescribeAt(text, yearAt)}.", yearAt);
            return false;
        }

        return TryMakeFiscalYear(year, yearAt, out fiscalYear, out failure);
    }

    private static bool TryMakeFiscalYear(int buddhistYear, int position, out ThaiFiscalYear fiscalYear, out ParseOutcome<FiscalPeriod> failure)
    {
        if (buddhistYear < ThaiFiscalYear.MinBuddhistYear)
        {
            fiscalYear = default;
            failure = Fail($"Fiscal year BE {buddhistYear} at position {position} is not supported: the October–September fiscal year holds from BE {ThaiFiscalYear.MinBuddhistYear} on.", position);
            return false;
        }

        if (buddhistYear > ThaiFiscalYear.MaxBuddhistYear)
        {
            fiscalYear = default;
            failure = Fail($"Fiscal year BE {buddhistYear} at position {position} is not supported: the last is BE {ThaiFiscalYear.MaxBuddhistYear}, which ends on 30 September CE 9999.", position);
            return false;
        }

        fiscalYear = new ThaiFiscalYear(buddhistYear);
        failure = default;
        return true;
    }

    /// <summary>Skips an optional พ.ศ. (dots optional) and the spaces after it.</summary>
    private static int SkipEra(ReadOnlySpan<char> text, int p)
    {
        var eraEnd = ThaiDateNames.MatchAbbreviation(text, p, BuddhistEraLetters);
        return eraEnd >= 0 ? ThaiDateNames.SkipSpaces(text, eraEnd) : p;
    }

    /// <summary>Reads up to five Arabic or Thai digits; returns how many (six when there are more).</summary>
    private static int ReadNumber(ReadOnlySpan<char> text, ref int p, out int value)
    {
        value = 0;
        var count = 0;
        while (p < text.Length && count <= 5)
        {
            var digit = ThaiDigits.GetDigitValue(text[p]);
            if (digit < 0)
            {
                break;
            }

            value = (value * 10) + digit;
            count++;
            p++;
        }

        return count;
    }

    private static string DescribeKind(FiscalPeriodKind kind) => kind switch
    {
        FiscalPeriodKind.Quarter => "quarter",
        FiscalPeriodKind.HalfYear => "half-year",
        _ => "fiscal year",
    };

    private static ParseOutcome<FiscalPeriod> Fail(string message, int position) => ParseOutcome<FiscalPeriod>.ForFailure(message, position);
}
