namespace Participation.Governance.Calendar;

/// <summary>What span of a fiscal year a <see cref="FiscalPeriod"/> covers.</summary>
public enum FiscalPeriodKind
{
    /// <summary>One quarter (ไตรมาส): three months.</summary>
    Quarter = 0,

    /// <summary>One half-year: October–March (รอบ ๖ เดือน, the six-month report) or April–September.</summary>
    HalfYear = 1,

    /// <summary>The whole fiscal year, October–September.</summary>
    FullYear = 2,
}
