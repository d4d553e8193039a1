using Participation.Governance.Text;

namespace Participation.Governance.Calendar;

/// <summary>
/// Reads and writes the plain text forms of fiscal periods: "2563" (a fiscal year), "2563Q2" (a quarter),
/// "2563H1" (a half-year). The forms are culture-neutral: ASCII digits, no spaces, no era text; Thai
/// presentations belong to Participation.Governance.ThaiFormatting.
/// </summary>
internal static class FiscalText
{
    private const int MaxYearDigits = 5;

    /// <summary>
    /// Reads the fiscal year at the start of <paramref name="text"/>. On success <paramref name="end"/> is
    /// the index just after its digits; on failure <paramref name="message"/> says what was wrong, and
    /// <paramref name="end"/> is where.
    /// </summary>
    internal static bool TryReadFiscalYear(ReadOnlySpan<char> text, string example, out ThaiFiscalYear year, out int end, out string? message)
    {
        year = default;
        message = null;
        var value = 0L;
        end = 0;
        while (end < text.Length && IsAsciiDigit(text[end]))
        {
            if (end == MaxYearDigits)
            {
                message = $"Expected at most {MaxYearDigits} digits for the fiscal year (a Buddhist-Era year such as \"{example}\"), found more at position {end}.";
                return false;
            }

            value = (value * 10) + (text[end] - '0');
            end++;
        }

        if (end == 0)
        {
            message = text.IsEmpty
                ? $"Expected a fiscal period such as \"{example}\", but the text is empty."
                : $"Expected a digit of the fiscal year (a Buddhist-Era year such as \"{example}\") at position 0, found {Describe(text[0])}.";
            return false;
        }

        if (text[0] == '0')
        {
            end = 0;
            message = $"Expected the fiscal year without leading zeros, such as \"{example}\".";
            return false;
        }

        if (value < ThaiFiscalYear.MinBuddhistYear || value > ThaiFiscalYear.MaxBuddhistYear)
        {
            message = FiscalCalendar.DescribeUnsupportedFiscalYear(value);
            end = 0;
            return false;
        }

        year = new ThaiFiscalYear((int)value);
        return true;
    }

    /// <summary>Parses a fiscal year: the whole text must be its digits.</summary>
    internal static ParseOutcome<ThaiFiscalYear> ParseFiscalYear(ReadOnlySpan<char> text)
    {
        const string Example = "2563";
        if (!TryReadFiscalYear(text, Example, out var year, out var end, out var message))
        {
            return ParseOutcome<ThaiFiscalYear>.ForFailure(message!, end);
        }

        return end == text.Length
            ? ParseOutcome<ThaiFiscalYear>.ForValue(year)
            : ParseOutcome<ThaiFiscalYear>.ForFailure(
                $"Expected the end of the fiscal year \"{Example}\" at position {end}, found {Describe(text[end])}.",
                end);
    }

    /// <summary>Parses a fiscal quarter: the fiscal year, then Q (or q), then 1–4.</summary>
    internal static ParseOutcome<FiscalQuarter> ParseQuarter(ReadOnlySpan<char> text)
    {
        const string Example = "2563Q2";
        if (!TryReadFiscalYear(text, Example, out var year, out var end, out var message))
        {
            return ParseOutcome<FiscalQuarter>.ForFailure(message!, end);
        }

        if (!TryReadNumber(text, end, 'Q', 4, Example, out var number, out var failure, out var position))
        {
            return ParseOutcome<FiscalQuarter>.ForFailure(failure!, position);
        }

        return ParseOutcome<FiscalQuarter>.ForValue(new FiscalQuarter(year, number));
    }

    /// <summary>Parses any fiscal period: "2563" (full year), "2563H1" or "2563H2" (half-year), "2563Q1"–"2563Q4".</summary>
    internal static ParseOutcome<FiscalPeriod> ParsePeriod(ReadOnlySpan<char> text)
    {
        const string Example = "2563, 2563H1 or 2563Q2";
        if (!TryReadFiscalYear(text, Example, out var year, out var end, out var message))
        {
            return ParseOutcome<FiscalPeriod>.ForFailure(message!, end);
        }

        if (end == text.Length)
        {
            return ParseOutcome<FiscalPeriod>.ForValue(year.FullYear);
        }

        var letter = text[end];
        if (letter is 'Q' or 'q')
        {
            return TryReadNumber(text, end, 'Q', 4, Example, out var quarter, out var failure, out var position)
                ? ParseOutcome<FiscalPeriod>.ForValue(new FiscalQuarter(year, quarter).ToFiscalPeriod())
                : ParseOutcome<FiscalPeriod>.ForFailure(failure!, position);
        }

        if (letter is 'H' or 'h')
        {
            return TryReadNumber(text, end, 'H', 2, Example, out var half, out var failure, out var position)
                ? ParseOutcome<FiscalPeriod>.ForValue(FiscalPeriod.ForHalfYear(year, half))
                : ParseOutcome<FiscalPeriod>.ForFailure(failure!, position);
        }

        return ParseOutcome<FiscalPeriod>.ForFailure(
            $"Expected the end of the text, 'Q' (quarter) or 'H' (half-year) at position {end} of a fiscal period such as {Example}, found {Describe(letter)}.",
            end);
    }

    /// <summary>Writes a BE year's digits (4 or 5 of them) followed by an optional letter and number.</summary>
    internal static string Format(int buddhistYear, char letter, int number)
    {
        // The supported years all have 4 or 5 digits, so no culture or sign handling is needed.
        Span<char> buffer = stackalloc char[MaxYearDigits + 2];
        var length = buddhistYear >= 10000 ? 5 : 4;
        var value = buddhistYear;
        for (var i = length - 1; i >= 0; i--)
        {
            buffer[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        if (letter != '\0')
        {
            buffer[length++] = letter;
            buffer[length++] = (char)('0' + number);
        }

        return buffer.Slice(0, length).ToString();
    }

    private static bool TryReadNumber(
        ReadOnlySpan<char> text,
        int index,
        char letter,
        int max,
        string example,
        out int number,
        out string? message,
        out int position)
    {
        number = 0;
        message = null;
        position = index;
        if (index >= text.Length || char.ToUpperInvariant(text[index]) != letter)
        {
            message = index >= text.Length
                ? $"Expected '{letter}' at position {index} of a fiscal period such as {example}, but the text ended."
                : $"Expected '{letter}' at position {index} of a fiscal period such as {example}, found {Describe(text[index])}.";
            return false;
        }

        position = index + 1;
        var what = letter == 'Q' ? "quarter" : "half";
        if (position >= text.Length || text[position] < '1' || text[position] > (char)('0' + max))
        {
            message = position >= text.Length
                ? $"Expected the {what} number 1–{max} at position {position}, but the text ended."
                : $"Expected the {what} number 1–{max} at position {position}, found {Describe(text[position])}.";
            return false;
        }

        number = text[position] - '0';
        position++;
        if (position != text.Length)
        {
            message = $"Expected the end of the text after the {what} number at position {position}, found {Describe(text[position])}.";
            return false;
        }

        return true;
    }

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static string Describe(char c) => TextExcerpt.Character(c);
}
