using NodaTime;

namespace Participation.Governance.Calendar;

/// <summary>
/// An oversight requirement of the form "at least N times per fiscal year", as in "deputies and the area
/// monitoring committee follow up at least twice a fiscal year" (<c>OversightRule.AtLeast(2)</c>).
/// </summary>
/// <remarks>
/// <para>
/// Oversight is counted in distinct days within the fiscal year: two follow-ups recorded on the same day
/// count once, and dates outside the year are ignored. <see cref="MinimumTimesPerFiscalYear"/> is at most
/// 365, so that the rule can be met in every fiscal year, leap or not.
/// </para>
/// <para>Instances are immutable; two rules are equal when they require the same number of times.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class OversightRule : IEquatable<OversightRule>
{
    /// <summary>The largest minimum a rule may require: 365, the days of a fiscal year without 29 February.</summary>
    public const int MaxTimesPerFiscalYear = 365;

    private OversightRule(int minimumTimes) => MinimumTimesPerFiscalYear = minimumTimes;

    /// <summary>Gets how many times (distinct days) oversight must happen in each fiscal year.</summary>
    public int MinimumTimesPerFiscalYear { get; }

    /// <summary>Equality: the same minimum.</summary>
    /// <param name="left">The first rule, or null.</param>
    /// <param name="right">The second rule, or null.</param>
    /// <returns>True when both are null or require the same number of times.</returns>
    public static bool operator ==(OversightRule? left, OversightRule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first rule, or null.</param>
    /// <param name="right">The second rule, or null.</param>
    /// <returns>True when the rules differ.</returns>
    public static bool operator !=(OversightRule? left, OversightRule? right) => !(left == right);

    /// <summary>Creates the rule "at least <paramref name="timesPerFiscalYear"/> times per fiscal year".</summary>
    /// <param name="timesPerFiscalYear">The minimum number of oversight days per fiscal year, 1–365.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timesPerFiscalYear"/> is not 1–365.</exception>
    public static OversightRule AtLeast(int timesPerFiscalYear)
    {
        if (timesPerFiscalYear < 1 || timesPerFiscalYear > MaxTimesPerFiscalYear)
        {
            Preconditions.ThrowArgumentOutOfRange(
                nameof(timesPerFiscalYear),
                timesPerFiscalYear,
                $"Oversight must be required 1 to {MaxTimesPerFiscalYear} times per fiscal year (so that every fiscal year, with 365 or 366 days, can meet it); got {timesPerFiscalYear}.");
        }

        return new OversightRule(timesPerFiscalYear);
    }

    /// <summary>Counts the distinct days of a fiscal year on which oversight happened.</summary>
    /// <param name="oversightDates">The dates oversight happened on, in any order; other years' dates are ignored.</param>
    /// <param name="fiscalYear">The fiscal year to count in.</param>
    /// <returns>The number of distinct in-year dates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="oversightDates"/> is null.</exception>
    public static int CountOversightDays(IEnumerable<LocalDate> oversightDates, ThaiFiscalYear fiscalYear)
    {
        Preconditions.CheckNotNull(oversightDates);
        var days = new HashSet<LocalDate>();
        foreach (var date in oversightDates)
        {
            var iso = FiscalCalendar.ToIso(date);
            if (fiscalYear.Contains(iso))
            {
                days.Add(iso);
            }
        }

        return days.Count;
    }

    /// <summary>Whether oversight happened often enough in a fiscal year.</summary>
    /// <param name="oversightDates">The dates oversight happened on, in any order; other years' dates are ignored.</param>
    /// <param name="fiscalYear">The fiscal year to check.</param>
    /// <returns>True when at least <see cref="MinimumTimesPerFiscalYear"/> distinct in-year days are given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="oversightDates"/> is null.</exception>
    public bool IsSatisfiedBy(IEnumerable<LocalDate> oversightDates, ThaiFiscalYear fiscalYear)
        => CountOversightDays(oversightDates, fiscalYear) >= MinimumTimesPerFiscalYear;

    /// <summary>
    /// Suggests due dates that spread the required oversight evenly over a fiscal year, the last one on
    /// 30 September.
    /// </summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>
    /// <see cref="MinimumTimesPerFiscalYear"/> distinct dates, ascending. Up to 12 times a year the dates are
    /// month ends (twice a year: 31 March and 30 September; four times: the quarter ends); more often, the
    /// year's days are divided as evenly as whole days allow.
    /// </returns>
    public IReadOnlyList<LocalDate> GetSuggestedDueDates(ThaiFiscalYear fiscalYear)
    {
        var times = MinimumTimesPerFiscalYear;
        var dates = new LocalDate[times];
        if (times <= 12)
        {
            for (var k = 1; k <= times; k++)
            {
                // The end of month ⌈12k / times⌉ of the fiscal year.
                var month = ((12 * k) + times - 1) / times;
                dates[k - 1] = FiscalCalendar.EndOfMonth(fiscalYear.FirstMonthIndex + month - 1);
            }
        }
        else
        {
            var start = fiscalYear.Start;
            var days = Period.Between(start, fiscalYear.End, PeriodUnits.Days).Days + 1;
            for (var k = 1; k <= times; k++)
            {
                dates[k - 1] = start.PlusDays((int)((long)days * k / times) - 1);
            }
        }

        return dates;
    }

    /// <summary>Whether two rules require the same number of times.</summary>
    /// <param name="other">The other rule, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(OversightRule? other) => other is not null && MinimumTimesPerFiscalYear == other.MinimumTimesPerFiscalYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OversightRule);

    /// <inheritdoc />
    public override int GetHashCode() => MinimumTimesPerFiscalYear;

    /// <summary>Describes the rule, such as "at least 2 times per fiscal year".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"at least {MinimumTimesPerFiscalYear} times per fiscal year";
}
