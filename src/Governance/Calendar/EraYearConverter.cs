using NodaTime;

namespace Participation.Governance.Calendar;

/// <summary>
/// Converts years between the Common Era, the Buddhist Era and the Rattanakosin era, saying why when a year has no
/// counterpart rather than throwing.
/// </summary>
/// <remarks>
/// <para>
/// Where the answer depends on the month — the Rattanakosin year and, under <see cref="BuddhistEraRule.Historical"/>,
/// the Buddhist-Era year before 1941 began on 1 April — convert with a month. Without one, a year converts only when
/// every month of it that exists gives the same answer; otherwise the result is a failure whose
/// <see cref="YearConversion.Candidates"/> name each answer with its months, rather than a silent guess.
/// </para>
/// <para>Ranges: CE −9998 to 9999 (NodaTime's), BE <see cref="BuddhistEra.MinYear"/> to <see cref="BuddhistEra.MaxYear"/>,
/// RS <see cref="RattanakosinEra.FirstYear"/> to <see cref="RattanakosinEra.LastYear"/> (the era's civil use).</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class EraYearConverter
{
    private const string RattanakosinSpan = "the Rattanakosin era's civil use (1889-04-01 to 1913-03-31)";

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Converts a year whose month is not known.</summary>
    /// <param name="year">The year in <paramref name="from"/>.</param>
    /// <param name="from">The era <paramref name="year"/> is numbered in.</param>
    /// <param name="to">The era to convert to.</param>
    /// <param name="rule">How Buddhist-Era years are counted.</param>
    /// <returns>The year in <paramref name="to"/>, or a failure naming the candidates when the month decides.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/>, <paramref name="to"/> or <paramref name="rule"/> is not a defined value.</exception>
    public static YearConversion Convert(int year, YearEra from, YearEra to, BuddhistEraRule rule = BuddhistEraRule.Modern)
    {
        CheckArguments(from, to, rule);
        var answers = new int?[12];
        string? sourceError = null;
        var anyInSource = false;
        for (var month = 1; month <= 12; month++)
        {
            if (!TryToGregorian(year, month, from, rule, out var gregorianYear, out var error))
            {
                sourceError ??= error;
                continue;
            }

            anyInSource = true;
            if (TryFromGregorian(gregorianYear, month, to, rule, out var result, out _))
            {
                answers[month - 1] = result;
            }
        }

        var candidates = new List<YearCandidate>();
        for (var month = 1; month <= 12; month++)
        {
            if (answers[month - 1] is not { } answer)
            {
                continue;
            }

            var last = month;
            while (last < 12 && answers[last] == answer)
            {
                last++;
            }

            candidates.Add(new YearCandidate(answer, month, last));
            month = last;
        }

        if (candidates.Count == 0)
        {
            // Only the Rattanakosin era can refuse every month of a valid year: its span is 24 years.
            return YearConversion.Failed(anyInSource ? $"{Name(from)} {year} has no month within {RattanakosinSpan}." : sourceError!);
        }

        if (candidates.TrueForAll(c => c.Year == candidates[0].Year))
        {
            return YearConversion.Converted(candidates[0].Year);
        }

        var ruleNote = rule == BuddhistEraRule.Historical && (from == YearEra.Buddhist || to == YearEra.Buddhist) ? " under the historical rule" : string.Empty;
        var answersText = string.Join(" and ", candidates.Select(c => Name(to) + " " + c));
        return YearConversion.Ambiguous($"{Name(from)} {year} is {answersText}{ruleNote}: the month decides.", candidates);
    }

    /// <summary>Converts the year of a given month.</summary>
    /// <param name="year">The year in <paramref name="from"/>.</param>
    /// <param name="month">The month, 1–12, in which the year is meant.</param>
    /// <param name="from">The era <paramref name="year"/> is numbered in.</param>
    /// <param name="to">The era to convert to.</param>
    /// <param name="rule">How Buddhist-Era years are counted.</param>
    /// <returns>The year in <paramref name="to"/> in which that month fell, or why there is none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12, or an enum argument is not a defined value.</exception>
    public static YearConversion Convert(int year, int month, YearEra from, YearEra to, BuddhistEraRule rule = BuddhistEraRule.Modern)
    {
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        CheckArguments(from, to, rule);
        return TryToGregorian(year, month, from, rule, out var gregorianYear, out var error)
            && TryFromGregorian(gregorianYear, month, to, rule, out var result, out error)
            ? YearConversion.Converted(result)
            : YearConversion.Failed(error);
    }

    /// <summary>The English name of a month, 1–12.</summary>
    internal static string MonthName(int month) => MonthNames[month - 1];

    private static void CheckArguments(YearEra from, YearEra to, BuddhistEraRule rule)
    {
        CheckEra(from, nameof(from));
        CheckEra(to, nameof(to));
        if ((uint)rule > (uint)BuddhistEraRule.Historical)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(rule), rule, $"{(int)rule} is not a Buddhist-Era rule.");
        }
    }

    private static void CheckEra(YearEra era, string paramName)
    {
        if ((uint)era > (uint)YearEra.Rattanakosin)
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, era, $"{(int)era} is not a year era.");
        }
    }

    private static bool TryToGregorian(int year, int month, YearEra from, BuddhistEraRule rule, out int gregorianYear, out string error)
    {
        error = string.Empty;
        switch (from)
        {
            case YearEra.Common:
                gregorianYear = year;
                if (year < LocalDate.MinIsoValue.Year || year > LocalDate.MaxIsoValue.Year)
                {
                    error = $"CE year {year} is outside the supported range {LocalDate.MinIsoValue.Year} to {LocalDate.MaxIsoValue.Year}.";
                    return false;
                }

                return true;
            case YearEra.Buddhist:
                if (!BuddhistEra.TryToGregorianYear(year, month, rule, out gregorianYear))
                {
                    error = BuddhistEra.DescribeInvalidYear(year, month, rule);
                    return false;
                }

                return true;
            default:
                if (!RattanakosinEra.TryToGregorianYear(year, month, out gregorianYear))
                {
                    error = $"RS year {year} is outside the era's civil use, ร.ศ. {RattanakosinEra.FirstYear}–{RattanakosinEra.LastYear} (1889-04-01 to 1913-03-31).";
                    return false;
                }

                return true;
        }
    }

    private static bool TryFromGregorian(int gregorianYear, int month, YearEra to, BuddhistEraRule rule, out int result, out string error)
    {
        error = string.Empty;
        switch (to)
        {
            case YearEra.Common:
                result = gregorianYear;
                return true;
            case YearEra.Buddhist:
                result = BuddhistEra.ToBuddhistYear(gregorianYear, month, rule);
                return true;
            default:
                if (!RattanakosinEra.TryGetYear(new LocalDate(gregorianYear, month, 1), out result))
                {
                    error = $"{MonthName(month)} {gregorianYear} is outside {RattanakosinSpan}.";
                    return false;
                }

                return true;
        }
    }

    private static string Name(YearEra era) => era switch
    {
        YearEra.Common => "CE",
        YearEra.Buddhist => "BE",
        _ => "RS",
    };
}
