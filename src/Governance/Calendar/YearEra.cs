namespace Participation.Governance.Calendar;

/// <summary>The ways Thai documents number years.</summary>
public enum YearEra
{
    /// <summary>The Common Era (คริสต์ศักราช, ค.ศ.): the Gregorian year.</summary>
    Common = 0,

    /// <summary>The Buddhist Era (พุทธศักราช, พ.ศ.): see <see cref="BuddhistEra"/>.</summary>
    Buddhist = 1,

    /// <summary>The Rattanakosin era (รัตนโกสินทรศก, ร.ศ.), in civil use 1889–1913: see <see cref="RattanakosinEra"/>.</summary>
    Rattanakosin = 2,
}
