namespace Participation.Governance.Assessment;

/// <summary>
/// The ITA schemes an application knows, each applying from its <see cref="ItaScheme.ValidFrom"/> year until the
/// next one starts.
/// </summary>
/// <remarks>
/// The catalog is an immutable value, not global state: an application that learns of a newer scheme builds
/// its own catalog once (<c>ItaSchemeCatalog.Default.With(scheme2568)</c>) and passes it where needed, so two
/// parts of a program can never see different rules by accident.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ItaSchemeCatalog
{
    private readonly ItaScheme[] _schemesByYear;

    private ItaSchemeCatalog(ItaScheme[] schemesByYear)
    {
        _schemesByYear = schemesByYear;
        Schemes = Array.AsReadOnly(schemesByYear);
    }

    /// <summary>Gets the built-in catalog: <see cref="ItaScheme.Since2563"/> for every year from 2563 on.</summary>
    public static ItaSchemeCatalog Default { get; } = new([ItaScheme.Since2563]);

    /// <summary>Gets the schemes, oldest first.</summary>
    public IReadOnlyList<ItaScheme> Schemes { get; }

    /// <summary>Returns a catalog that also holds <paramref name="scheme"/>, replacing any scheme with the same first year.</summary>
    /// <param name="scheme">The scheme to add.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public ItaSchemeCatalog With(ItaScheme scheme)
    {
        Preconditions.CheckNotNull(scheme);
        var schemes = _schemesByYear.Where(s => s.ValidFrom != scheme.ValidFrom)
            .Append(scheme)
            .OrderBy(s => s.ValidFrom)
            .ToArray();
        return new ItaSchemeCatalog(schemes);
    }

    /// <summary>Gets the scheme in force in an assessment year: the one with the latest first year not after it.</summary>
    /// <param name="assessmentYear">The assessment year (BE).</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No scheme in the catalog applies that early.</exception>
    public ItaScheme For(int assessmentYear)
    {
        if (!TryFor(assessmentYear, out var scheme))
        {
            Preconditions.ThrowArgumentOutOfRange(
                nameof(assessmentYear),
                assessmentYear,
                $"No ITA scheme is known for assessment year {assessmentYear}; the earliest applies from {_schemesByYear[0].ValidFrom}.");
        }

        return scheme;
    }

    /// <summary>Gets the scheme in force in an assessment year, if the catalog has one.</summary>
    /// <param name="assessmentYear">The assessment year (BE).</param>
    /// <param name="scheme">The scheme, or null when none applies.</param>
    /// <returns>True when a scheme applies.</returns>
    public bool TryFor(int assessmentYear, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ItaScheme? scheme)
    {
        for (var i = _schemesByYear.Length - 1; i >= 0; i--)
        {
            if (_schemesByYear[i].ValidFrom <= assessmentYear)
            {
                scheme = _schemesByYear[i];
                return true;
            }
        }

        scheme = null;
        return false;
    }
}
