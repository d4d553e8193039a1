// The Buddhist-Era offset, defined once and linked as source into the library and the analyzers (which must not
// reference the library), so the runtime and the compile-time checks can never disagree on it.
namespace Participation.Governance.Calendar;

/// <summary>Year offsets between the eras of Thai documents and the Common Era.</summary>
internal static class EraOffsets
{
    /// <summary>BE − CE under the modern rule, and for April–December under the historical rule: 543.</summary>
    public const int BuddhistEra = 543;
}
