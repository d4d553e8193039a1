using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class MeasureValidationExceptionTests
{
    [Fact]
    public void Message_ListsEveryFinding_IncludingInfo()
    {
        var findings = new[]
        {
            new Finding("GOV002", FindingSeverity.Warning, "no satisfaction step", "ไทย"),
            new Finding("GOV005", FindingSeverity.Info, "unnamed channels", "ไทย"),
        };
        var e = new MeasureValidationException(findings);
        Assert.Equal(findings, e.Findings);
        Assert.Contains("1 finding of severity warning or error", e.Message, StringComparison.Ordinal);
        Assert.Contains("GOV002 warning: no satisfaction step", e.Message, StringComparison.Ordinal);
        Assert.Contains("GOV005 info: unnamed channels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_AreCopied()
    {
        var findings = new List<Finding> { new("GOV001", FindingSeverity.Warning, "m", "t") };
        var e = new MeasureValidationException(findings);
        findings.Clear();
        Assert.Single(e.Findings);
    }

    [Fact]
    public void Constructor_RefusesNulls()
    {
        Assert.Throws<ArgumentNullException>(() => new MeasureValidationException(null!));
        Assert.Throws<ArgumentNullException>(() => new MeasureValidationException([null!]));
    }
}
