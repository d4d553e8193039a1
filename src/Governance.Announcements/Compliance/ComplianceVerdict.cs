namespace Participation.Governance.Announcements.Compliance;

/// <summary>What a check concludes about one document.</summary>
public enum ComplianceVerdict
{
    /// <summary>The document states a measure and no finding is a warning or an error (advice does not count).</summary>
    Compliant = 0,

    /// <summary>The document states a measure with at least one finding of severity warning or error.</summary>
    NotCompliant = 1,

    /// <summary>The document is a memo: it states no measure, so there is nothing to judge.</summary>
    NoMeasure = 2,

    /// <summary>The document is not a stakeholder-participation measure, so it is neither compliant nor not.</summary>
    NotAMeasure = 3,
}
