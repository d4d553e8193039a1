namespace Participation.Governance.Assessment;

/// <summary>The score of one ITA instrument: the mean of its indicators' scores.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Score">The mean of its indicators' scores, rounded to two decimals half away from zero.</param>
/// <remarks>
/// The rounding here is for reporting only: the total is computed from the unrounded means, so rounding is
/// applied once, at the end (see <see cref="ItaScheme"/>).
/// </remarks>
public readonly record struct ItaInstrumentScore(ItaInstrument Instrument, decimal Score);
