using Participation.Governance.Calendar;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>How <see cref="ThaiDateReader"/> turns the years it reads into dates.</summary>
/// <remarks>
/// Instances are immutable; set properties with an object initializer
/// (<c>new ThaiDateReaderOptions { EraRule = BuddhistEraRule.Historical }</c>).
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class ThaiDateReaderOptions
{
    /// <summary>The default latest unmarked four-digit year read as CE: 2100.</summary>
    public const int DefaultLatestUnmarkedGregorianYear = 2100;

    private readonly int _twoDigitYearWindowStart = ThaiDatePattern.TwoDigitYearWindowStart;
    private readonly int _latestUnmarkedGregorianYear = DefaultLatestUnmarkedGregorianYear;

    /// <summary>Gets the default options: modern BE rule, two-digit years in BE 2500–2599, unmarked years up to 2100 are CE.</summary>
    public static ThaiDateReaderOptions Default { get; } = new();

    /// <summary>Gets the rule that maps a BE year to CE (modern by default).</summary>
    public BuddhistEraRule EraRule { get; init; }

    /// <summary>
    /// Gets the first BE year of the window for two-digit years (2500 by default: ๖๓ is BE 2563, ๙๙ is BE 2599,
    /// ๐๐ is BE 2500). A two-digit year marked ค.ศ. uses the same window shifted to CE (1957–2056 by default).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside 1000 to 10443.</exception>
    public int TwoDigitYearWindowStart
    {
        get => _twoDigitYearWindowStart;
        init
        {
            Preconditions.CheckArgumentRange(nameof(TwoDigitYearWindowStart), value, 1000, BuddhistEra.MaxYear - 99);
            _twoDigitYearWindowStart = value;
        }
    }

    /// <summary>
    /// Gets the latest four-digit year with no era word that is read as CE (2100 by default). Unmarked years
    /// above it are BE: BE years of modern documents are 2400 and more, CE years of today's documents are far
    /// below, so "24/04/2020" is CE 2020 and "24/04/2563" is BE 2563. Years marked พ.ศ. or ค.ศ. follow their mark.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside 999 to 9999.</exception>
    public int LatestUnmarkedGregorianYear
    {
        get => _latestUnmarkedGregorianYear;
        init
        {
            Preconditions.CheckArgumentRange(nameof(LatestUnmarkedGregorianYear), value, 999, 9999);
            _latestUnmarkedGregorianYear = value;
        }
    }
}
