using System.Collections.ObjectModel;
using System.Globalization;

namespace Participation.Governance.Assessment;

/// <summary>
/// The rules of the Integrity and Transparency Assessment (ITA, การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน
/// ของหน่วยงานภาครัฐ) from a given assessment year on: its instruments and their weights, its indicators, its
/// grade bands, its pass mark, and the number of the participation item in the years it is known.
/// </summary>
/// <remarks>
/// <para>
/// The assessing body revises these rules from time to time, so they are data rather than constants.
/// <see cref="Since2563"/> is the scheme in force from assessment year พ.ศ. 2563; a newer one is built with
/// the constructor and supplied through <see cref="ItaSchemeCatalog.With(ItaScheme)"/>.
/// </para>
/// <para>
/// Scoring (<see cref="Assess(IReadOnlyDictionary{int, decimal})"/>): an instrument's score is the mean of its
/// indicators' scores; the total is the sum of instrument scores times their weights; every figure is
/// computed exactly in <see cref="decimal"/> and rounded to two decimals, half away from zero, only when it is
/// reported. The grade and pass/fail are read from the rounded total, as the assessing body publishes it:
/// 84.994 rounds to 84.99 (grade B, not passed), 84.995 to 85.00 (grade A, passed).
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ItaScheme
{
    private readonly Dictionary<int, ItaIndicator> _indicatorsByNumber;
    private readonly Dictionary<string, ItaInstrument> _instrumentsByCode;
    private readonly ItaGradeBand[] _bandsDescending;

    /// <summary>Initializes a new scheme and checks that it is consistent.</summary>
    /// <param name="validFrom">The first assessment year (BE, e.g. 2563) in which the scheme applies.</param>
    /// <param name="instruments">The instruments; codes distinct, weights summing to 100.</param>
    /// <param name="indicators">The indicators; numbers distinct, each naming one of <paramref name="instruments"/>; every instrument needs at least one.</param>
    /// <param name="gradeBands">The grade bands; grades and minimums distinct, one band starting at 0 so that every score has a grade.</param>
    /// <param name="passMark">The lowest rounded total that passes (0–100).</param>
    /// <param name="participationItems">The participation item's number by assessment year (e.g. 2563 → O33), or null when not known.</param>
    /// <exception cref="ArgumentNullException">A collection or an element is null.</exception>
    /// <exception cref="ArgumentException">The parts do not fit together; the message says which part and why.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="passMark"/> is outside 0–100.</exception>
    public ItaScheme(
        int validFrom,
        IEnumerable<ItaInstrument> instruments,
        IEnumerable<ItaIndicator> indicators,
        IEnumerable<ItaGradeBand> gradeBands,
        decimal passMark,
        IReadOnlyDictionary<int, string>? participationItems = null)
    {
        var instrumentList = CopyWithoutNulls(instruments, nameof(instruments));
        var indicatorList = CopyWithoutNulls(indicators, nameof(indicators));
        var bandList = CopyWithoutNulls(gradeBands, nameof(gradeBands));
        if (passMark < 0m || passMark > 100m)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(passMark), passMark, "The pass mark must lie in 0–100.");
        }

        _instrumentsByCode = new Dictionary<string, ItaInstrument>(StringComparer.Ordinal);
        foreach (var instrument in instrumentList)
        {
            Preconditions.CheckArgument(!_instrumentsByCode.ContainsKey(instrument.Code), nameof(instruments), $"Instrument {instrument.Code} is listed twice.");
            _instrumentsByCode.Add(instrument.Code, instrument);
        }

        Preconditions.CheckArgument(instrumentList.Length > 0, nameof(instruments), "A scheme needs at least one instrument.");
        var totalWeight = instrumentList.Sum(i => i.Weight);
        Preconditions.CheckArgument(totalWeight == 100m, nameof(instruments), $"The instrument weights must sum to 100 (percent), not {totalWeight.ToString(CultureInfo.InvariantCulture)}.");

        _indicatorsByNumber = new Dictionary<int, ItaIndicator>();
        foreach (var indicator in indicatorList)
        {
            Preconditions.CheckArgument(!_indicatorsByNumber.ContainsKey(indicator.Number), nameof(indicators), $"Indicator {indicator.Number} is listed twice.");
            Preconditions.CheckArgument(_instrumentsByCode.ContainsKey(indicator.InstrumentCode), nameof(indicators), $"Indicator {indicator.Number} names instrument {indicator.InstrumentCode}, which the scheme does not have.");
            _indicatorsByNumber.Add(indicator.Number, indicator);
        }

        foreach (var instrument in instrumentList)
        {
            Preconditions.CheckArgument(indicatorList.Any(i => i.InstrumentCode == instrument.Code), nameof(indicators), $"Instrument {instrument.Code} has no indicator, so it could not be scored.");
        }

        Preconditions.CheckArgument(bandList.Length > 0, nameof(gradeBands), "A scheme needs at least one grade band.");
        Preconditions.CheckArgument(bandList.Select(b => b.Grade).Distinct(StringComparer.Ordinal).Count() == bandList.Length, nameof(gradeBands), "Each grade may be listed only once.");
        Preconditions.CheckArgument(bandList.Select(b => b.MinimumScore).Distinct().Count() == bandList.Length, nameof(gradeBands), "Two grade bands cannot start at the same score.");
        Preconditions.CheckArgument(bandList.Any(b => b.MinimumScore == 0m), nameof(gradeBands), "The lowest grade band must start at 0 so that every score has a grade.");
        _bandsDescending = bandList.OrderByDescending(b => b.MinimumScore).ToArray();

        var items = new SortedDictionary<int, string>();
        if (participationItems is not null)
        {
            foreach (var pair in participationItems)
            {
                Preconditions.CheckArgument(pair.Key >= validFrom, nameof(participationItems), $"The participation item for {pair.Key} lies before the scheme's first year {validFrom}.");
                Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(pair.Value), nameof(participationItems), $"The participation item for {pair.Key} is blank.");
                items.Add(pair.Key, pair.Value);
            }
        }

        ValidFrom = validFrom;
        Instruments = Array.AsReadOnly(instrumentList);
        Indicators = Array.AsReadOnly(indicatorList.OrderBy(i => i.Number).ToArray());
        GradeBands = Array.AsReadOnly(_bandsDescending);
        PassMark = passMark;
        ParticipationItems = new ReadOnlyDictionary<int, string>(items);
    }

    /// <summary>
    /// Gets the scheme in force from assessment year พ.ศ. 2563: ten indicators scored by IIT (30 %), EIT (30 %)
    /// and OIT (40 %); grades AA 95–100, A 85–94.99, B 75–84.99, C 65–74.99, D 55–64.99, E 50–54.99, F below 50;
    /// pass mark 85; participation item O33 in 2563 and 2564.
    /// </summary>
    public static ItaScheme Since2563 { get; } = CreateSince2563();

    /// <summary>Gets the first assessment year (BE) in which this scheme applies.</summary>
    public int ValidFrom { get; }

    /// <summary>Gets the instruments in the order given.</summary>
    public IReadOnlyList<ItaInstrument> Instruments { get; }

    /// <summary>Gets the indicators in number order.</summary>
    public IReadOnlyList<ItaIndicator> Indicators { get; }

    /// <summary>Gets the grade bands, highest first.</summary>
    public IReadOnlyList<ItaGradeBand> GradeBands { get; }

    /// <summary>Gets the lowest rounded total that passes (85 in the 2563 scheme).</summary>
    public decimal PassMark { get; }

    /// <summary>Gets the participation item's number (e.g. <c>O33</c>) by assessment year, for the years it is known.</summary>
    public IReadOnlyDictionary<int, string> ParticipationItems { get; }

    /// <summary>Gets the scheme that applies to an assessment year in <see cref="ItaSchemeCatalog.Default"/>.</summary>
    /// <param name="assessmentYear">The assessment year (BE), 2563 or later.</param>
    /// <returns>The scheme in force that year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No built-in scheme covers <paramref name="assessmentYear"/> (it is before 2563).</exception>
    public static ItaScheme For(int assessmentYear) => ItaSchemeCatalog.Default.For(assessmentYear);

    /// <summary>Gets an indicator by its number.</summary>
    /// <param name="number">The indicator number.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentException">The scheme has no indicator with that number.</exception>
    public ItaIndicator GetIndicator(int number)
    {
        if (!_indicatorsByNumber.TryGetValue(number, out var indicator))
        {
            Preconditions.ThrowArgument(nameof(number), $"Indicator {number} is not part of the ITA scheme valid from {ValidFrom}.");
        }

        return indicator;
    }

    /// <summary>Gets an instrument by its code.</summary>
    /// <param name="code">The instrument code, e.g. <c>EIT</c>.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The scheme has no instrument with that code.</exception>
    public ItaInstrument GetInstrument(string code)
    {
        Preconditions.CheckNotNull(code);
        if (!_instrumentsByCode.TryGetValue(code, out var instrument))
        {
            Preconditions.ThrowArgument(nameof(code), $"Instrument {code} is not part of the ITA scheme valid from {ValidFrom}.");
        }

        return instrument;
    }

    /// <summary>Gets the participation item's number for an assessment year, or null when it is not recorded.</summary>
    /// <param name="assessmentYear">The assessment year (BE).</param>
    /// <returns>The item number, e.g. <c>O33</c>, or null.</returns>
    public string? GetParticipationItem(int assessmentYear)
        => ParticipationItems.TryGetValue(assessmentYear, out var item) ? item : null;

    /// <summary>Returns a copy of this scheme that also knows the participation item's number for one year.</summary>
    /// <param name="assessmentYear">The assessment year (BE), not before <see cref="ValidFrom"/>.</param>
    /// <param name="item">The item number, e.g. <c>O33</c>.</param>
    /// <returns>A new scheme; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="item"/> is blank or the year lies before <see cref="ValidFrom"/>.</exception>
    public ItaScheme WithParticipationItem(int assessmentYear, string item)
    {
        Preconditions.CheckNotNull(item);
        var items = new Dictionary<int, string>();
        foreach (var pair in ParticipationItems)
        {
            items[pair.Key] = pair.Value;
        }

        items[assessmentYear] = item;
        return new ItaScheme(ValidFrom, Instruments, Indicators, GradeBands, PassMark, items);
    }

    /// <summary>Gets the grade band of a total score, after rounding it to two decimals half away from zero.</summary>
    /// <param name="totalScore">The total score, 0–100.</param>
    /// <returns>The band whose range holds the rounded score: 84.99 is B, 85.00 is A, 94.99 is A, 95.00 is AA.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalScore"/> is outside 0–100.</exception>
    public ItaGradeBand GradeFor(decimal totalScore)
    {
        CheckScore(totalScore, nameof(totalScore), "The total score");
        var rounded = ScoreRounding.ToHundredths(totalScore);
        foreach (var band in _bandsDescending)
        {
            if (rounded >= band.MinimumScore)
            {
                return band;
            }
        }

        // The constructor guarantees a band starting at 0, and the score is not negative.
        throw new InvalidOperationException("Unreachable: no grade band starts at 0.");
    }

    /// <summary>Scores an assessment against the pass mark as the target.</summary>
    /// <param name="indicatorScores">The score (0–100) of every indicator of the scheme, keyed by indicator number.</param>
    /// <returns>The instrument scores, total, grade, pass/fail and the indicators below <see cref="PassMark"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorScores"/> is null.</exception>
    /// <exception cref="ArgumentException">An indicator is missing, unknown, or scored outside 0–100; the message names it.</exception>
    public ItaResult Assess(IReadOnlyDictionary<int, decimal> indicatorScores) => Assess(indicatorScores, PassMark);

    /// <summary>Scores an assessment and lists the indicators scored below a target.</summary>
    /// <param name="indicatorScores">The score (0–100) of every indicator of the scheme, keyed by indicator number.</param>
    /// <param name="target">The score (0–100) an indicator should reach; those below it are listed.</param>
    /// <returns>The instrument scores, total, grade, pass/fail and the indicators below <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorScores"/> is null.</exception>
    /// <exception cref="ArgumentException">An indicator is missing, unknown, or scored outside 0–100; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is outside 0–100.</exception>
    public ItaResult Assess(IReadOnlyDictionary<int, decimal> indicatorScores, decimal target)
    {
        Preconditions.CheckNotNull(indicatorScores);
        if (target < 0m || target > 100m)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(target), target, "The target must lie in 0–100.");
        }

        foreach (var pair in indicatorScores)
        {
            Preconditions.CheckArgument(_indicatorsByNumber.ContainsKey(pair.Key), nameof(indicatorScores), $"Indicator {pair.Key} is not part of the ITA scheme valid from {ValidFrom}.");
            if (pair.Value < 0m || pair.Value > 100m)
            {
                Preconditions.ThrowArgument(nameof(indicatorScores), $"Indicator {pair.Key} ({_indicatorsByNumber[pair.Key].ThaiName}) has score {pair.Value.ToString(CultureInfo.InvariantCulture)}; scores lie in 0–100.");
            }
        }

        var scored = new ItaIndicatorScore[Indicators.Count];
        for (var i = 0; i < scored.Length; i++)
        {
            var indicator = Indicators[i];
            if (!indicatorScores.TryGetValue(indicator.Number, out var score))
            {
                Preconditions.ThrowArgument(nameof(indicatorScores), $"Indicator {indicator.Number} ({indicator.ThaiName}) has no score.");
            }

            scored[i] = new ItaIndicatorScore(indicator, score);
        }

        var instrumentScores = new ItaInstrumentScore[Instruments.Count];
        var total = 0m;
        for (var i = 0; i < instrumentScores.Length; i++)
        {
            var instrument = Instruments[i];
            var mean = scored.Where(s => s.Indicator.InstrumentCode == instrument.Code).Average(s => s.Score);
            total += mean * instrument.Weight / 100m;
            instrumentScores[i] = new ItaInstrumentScore(instrument, ScoreRounding.ToHundredths(mean));
        }

        var roundedTotal = ScoreRounding.ToHundredths(total);
        var belowTarget = scored.Where(s => s.Score < target).ToArray();
        return new ItaResult(this, scored, instrumentScores, roundedTotal, GradeFor(roundedTotal), roundedTotal >= PassMark, target, belowTarget);
    }

    private static void CheckScore(decimal score, string paramName, string what)
    {
        if (score < 0m || score > 100m)
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, score, $"{what} must lie in 0–100.");
        }
    }

    private static T[] CopyWithoutNulls<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        var copy = Preconditions.CheckNotNull(items, paramName).ToArray();
        foreach (var item in copy)
        {
            if (item is null)
            {
                Preconditions.ThrowArgument(paramName, "The collection contains a null element.");
            }
        }

        return copy;
    }

    private static ItaScheme CreateSince2563()
    {
        const string Internal = "IIT";
        const string External = "EIT";
        const string OpenData = "OIT";
        return new ItaScheme(
            2563,
            [
                new ItaInstrument(Internal, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "Internal Integrity and Transparency Assessment", 30m),
                new ItaInstrument(External, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "External Integrity and Transparency Assessment", 30m),
                new ItaInstrument(OpenData, "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "Open Data Integrity and Transparency Assessment", 40m),
            ],
            [
                new ItaIndicator(1, "การปฏิบัติหน้าที่", "Performance of duties", Internal),
                new ItaIndicator(2, "การใช้งบประมาณ", "Use of the budget", Internal),
                new ItaIndicator(3, "การใช้อำนาจ", "Use of authority", Internal),
                new ItaIndicator(4, "การใช้ทรัพย์สินของราชการ", "Use of government property", Internal),
                new ItaIndicator(5, "การแก้ไขปัญหาการทุจริต", "Solving corruption problems", Internal),
                new ItaIndicator(6, "คุณภาพการดำเนินงาน", "Quality of operations", External),
                new ItaIndicator(7, "ประสิทธิภาพการสื่อสาร", "Effectiveness of communication", External),
                new ItaIndicator(8, "การปรับปรุงระบบการทำงาน", "Improvement of working systems", External),
                new ItaIndicator(9, "การเปิดเผยข้อมูล", "Disclosure of information", OpenData),
                new ItaIndicator(10, "การป้องกันการทุจริต", "Prevention of corruption", OpenData),
            ],
            [
                new ItaGradeBand("AA", 95m),
                new ItaGradeBand("A", 85m),
                new ItaGradeBand("B", 75m),
                new ItaGradeBand("C", 65m),
                new ItaGradeBand("D", 55m),
                new ItaGradeBand("E", 50m),
                new ItaGradeBand("F", 0m),
            ],
            85m,
            new Dictionary<int, string> { [2563] = "O33", [2564] = "O33" });
    }
}
