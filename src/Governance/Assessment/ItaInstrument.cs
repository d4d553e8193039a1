namespace Participation.Governance.Assessment;

/// <summary>
/// One of the instruments through which the ITA collects its evidence, with its weight in the total score:
/// in the 2563 scheme the internal-stakeholder survey (IIT, 30 %), the external-stakeholder survey (EIT, 30 %)
/// and the check of published information (OIT, 40 %).
/// </summary>
/// <remarks>
/// Instruments are data of an <see cref="ItaScheme"/>, not constants: the assessing body revises them.
/// Two instruments are equal when their code, names and weight are equal.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ItaInstrument : IEquatable<ItaInstrument>
{
    /// <summary>Initializes a new instrument.</summary>
    /// <param name="code">The short code the assessing body uses, e.g. <c>IIT</c>.</param>
    /// <param name="thaiName">The Thai name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="weight">The weight in the total score, in percent (greater than 0, at most 100).</param>
    /// <exception cref="ArgumentNullException">A name or the code is null.</exception>
    /// <exception cref="ArgumentException">The code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not in (0, 100].</exception>
    public ItaInstrument(string code, string thaiName, string englishName, decimal weight)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(code.Trim().Length > 0, nameof(code), "An instrument code must not be blank.");
        if (weight <= 0m || weight > 100m)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(weight), weight, $"The weight of instrument {code} must be greater than 0 and at most 100 (percent).");
        }

        Code = code;
        ThaiName = Preconditions.CheckNotNull(thaiName);
        EnglishName = Preconditions.CheckNotNull(englishName);
        Weight = weight;
    }

    /// <summary>Gets the short code, e.g. <c>IIT</c>, <c>EIT</c>, <c>OIT</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the Thai name, e.g. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน.</summary>
    public string ThaiName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the weight in the total score, in percent (30 means 30 %).</summary>
    public decimal Weight { get; }

    /// <inheritdoc />
    public bool Equals(ItaInstrument? other)
        => other is not null
           && Code == other.Code
           && ThaiName == other.ThaiName
           && EnglishName == other.EnglishName
           && Weight == other.Weight;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ItaInstrument);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, ThaiName, EnglishName, Weight);

    /// <summary>Returns the code and the weight, e.g. <c>IIT (30%)</c>.</summary>
    /// <returns>The code and weight.</returns>
    public override string ToString() => $"{Code} ({Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}%)";
}
