using System.Collections.ObjectModel;
using NodaTime;

namespace Participation.Governance.Calendar;

/// <summary>
/// When reports fall due within each fiscal year: at the end of chosen quarters. Measures typically
/// report within Q2 and Q4, that is by 31 March and 30 September (<see cref="SemiAnnual"/>).
/// </summary>
/// <remarks>
/// Instances are immutable. Two schedules are equal when they name the same quarters, whatever order
/// or repetition they were created with.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReportingSchedule : IEquatable<ReportingSchedule>
{
    // Bit (n − 1) set when quarter n has a due date.
    private readonly int _mask;

    private ReportingSchedule(int mask)
    {
        _mask = mask;
        var quarters = new List<int>(4);
        for (var number = 1; number <= 4; number++)
        {
            if ((mask & (1 << (number - 1))) != 0)
            {
                quarters.Add(number);
            }
        }

        Quarters = new ReadOnlyCollection<int>(quarters);
    }

    /// <summary>Gets the semi-annual schedule: due at the end of Q2 (31 March) and Q4 (30 September).</summary>
    public static ReportingSchedule SemiAnnual { get; } = new(0b1010);

    /// <summary>Gets the quarterly schedule: due at the end of every quarter.</summary>
    public static ReportingSchedule Quarterly { get; } = new(0b1111);

    /// <summary>Gets the quarters (1–4) at whose end a report is due, in ascending order without repeats.</summary>
    public IReadOnlyList<int> Quarters { get; }

    /// <summary>Equality: the same quarters.</summary>
    /// <param name="left">The first schedule, or null.</param>
    /// <param name="right">The second schedule, or null.</param>
    /// <returns>True when both are null or name the same quarters.</returns>
    public static bool operator ==(ReportingSchedule? left, ReportingSchedule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first schedule, or null.</param>
    /// <param name="right">The second schedule, or null.</param>
    /// <returns>True when the schedules differ.</returns>
    public static bool operator !=(ReportingSchedule? left, ReportingSchedule? right) => !(left == right);

    /// <summary>Creates a schedule with reports due at the end of the given quarters.</summary>
    /// <param name="quarters">One or more quarter numbers, 1–4, in any order; repeats are ignored.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quarters"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quarters"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A quarter number is not 1–4.</exception>
    public static ReportingSchedule ForQuarters(params int[] quarters)
    {
        Preconditions.CheckNotNull(quarters);
        Preconditions.CheckArgument(quarters.Length > 0, nameof(quarters), "A reporting schedule needs at least one quarter (1–4).");
        var mask = 0;
        foreach (var number in quarters)
        {
            if (number < 1 || number > 4)
            {
                Preconditions.ThrowArgumentOutOfRange(nameof(quarters), number, $"A fiscal quarter number must be 1–4; got {number}.");
            }

            mask |= 1 << (number - 1);
        }

        return mask == SemiAnnual._mask ? SemiAnnual : mask == Quarterly._mask ? Quarterly : new ReportingSchedule(mask);
    }

    /// <summary>Gets the due dates in a fiscal year: the last day of each scheduled quarter, in order.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>The due dates, ascending.</returns>
    public IReadOnlyList<LocalDate> GetDueDates(ThaiFiscalYear fiscalYear)
    {
        var dates = new LocalDate[Quarters.Count];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = fiscalYear.GetQuarter(Quarters[i]).End;
        }

        return dates;
    }

    /// <summary>Gets the first due date on or after a date.</summary>
    /// <param name="onOrAfter">The date; a due date on this very day counts.</param>
    /// <returns>The next due date (possibly in the next fiscal year).</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="onOrAfter"/> is before fiscal year 2504 (1960-10-01), or the next due date would fall
    /// in a fiscal year after 10542.
    /// </exception>
    public LocalDate GetNextDueDate(LocalDate onOrAfter)
    {
        if (!ThaiFiscalYear.TryFromDate(onOrAfter, out _))
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(onOrAfter), onOrAfter, FiscalCalendar.DescribeDateOutsideFiscalYears(FiscalCalendar.ToIso(onOrAfter)));
        }

        if (!TryGetNextDueDate(onOrAfter, out var due))
        {
            Preconditions.ThrowArgumentOutOfRange(
                nameof(onOrAfter),
                onOrAfter,
                $"No due date on or after {FiscalCalendar.Iso(FiscalCalendar.ToIso(onOrAfter))} falls in a supported fiscal year: the last is fiscal year {ThaiFiscalYear.MaxBuddhistYear}.");
        }

        return due;
    }

    /// <summary>Tries to get the first due date on or after a date.</summary>
    /// <param name="onOrAfter">The date; a due date on this very day counts.</param>
    /// <param name="dueDate">The next due date, or default when there is none.</param>
    /// <returns>False when the date is outside the supported fiscal years or the next due date would be.</returns>
    public bool TryGetNextDueDate(LocalDate onOrAfter, out LocalDate dueDate)
    {
        dueDate = default;
        if (!FiscalQuarter.TryFromDate(onOrAfter, out var quarter))
        {
            return false;
        }

        // A due date is a quarter's last day and four consecutive quarters cover every quarter number,
        // so the containing quarter or one of the next three holds the answer.
        for (var step = 0; step < 4; step++)
        {
            if (IsDue(quarter.Number))
            {
                dueDate = quarter.End;
                return true;
            }

            if (quarter == ThaiFiscalYear.MaxValue.GetQuarter(4))
            {
                return false;
            }

            quarter = quarter.Next();
        }

        return false;
    }

    /// <summary>Whether two schedules name the same quarters.</summary>
    /// <param name="other">The other schedule, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ReportingSchedule? other) => other is not null && _mask == other._mask;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingSchedule);

    /// <inheritdoc />
    public override int GetHashCode() => _mask;

    /// <summary>Describes the schedule, such as "semi-annual: due at the end of Q2, Q4".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var quarters = "Q" + string.Join(", Q", Quarters);
        return _mask == SemiAnnual._mask ? $"semi-annual: due at the end of {quarters}"
            : _mask == Quarterly._mask ? $"quarterly: due at the end of {quarters}"
            : $"due at the end of {quarters}";
    }

    private bool IsDue(int quarterNumber) => (_mask & (1 << (quarterNumber - 1))) != 0;
}
