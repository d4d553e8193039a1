namespace Participation.Governance.Calendar;

/// <summary>
/// Which rule maps a Gregorian date to its Buddhist-Era (พ.ศ.) year.
/// </summary>
public enum BuddhistEraRule
{
    /// <summary>
    /// BE = CE + 543 for every date: the rule in force since 1 January 1941 (พ.ศ. ๒๔๘๔), and what ICU,
    /// .NET's <see cref="System.Globalization.ThaiBuddhistCalendar"/> and most software apply to every date.
    /// </summary>
    Modern = 0,

    /// <summary>
    /// The Thai year began on 1 April before 1 January 1941: a date in January–March of a Gregorian year
    /// before 1941 belongs to BE = CE + 542; every other date to BE = CE + 543. BE 2483 was therefore only
    /// nine months long (1 April – 31 December 1940), and January–March of BE 2483 never existed.
    /// Archives and historical documents need this rule. Before 1 April 1889 the April new year is applied
    /// proleptically.
    /// </summary>
    Historical = 1,
}
