using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class FindingTests
{
    private static Finding Sample() => new("GOV001", FindingSeverity.Warning, "english", "ไทย");

    [Fact]
    public void ToString_IsIdSeverityAndMessage()
    {
        Assert.Equal("GOV001 warning: english", Sample().ToString());
        Assert.Equal("GOV005 info: m", new Finding("GOV005", FindingSeverity.Info, "m", "t").ToString());
        Assert.Equal("GOV009 error: m", new Finding("GOV009", FindingSeverity.Error, "m", "t").ToString());
    }

    [Fact]
    public void Line_DefaultsToNull_AndWithLineCopies()
    {
        var finding = Sample();
        Assert.Null(finding.Line);
        var placed = finding.WithLine(12);
        Assert.Equal(12, placed.Line);
        Assert.Null(finding.Line);
        Assert.NotEqual(finding, placed);
        Assert.Equal(finding, placed.WithLine(null));
        Assert.Throws<ArgumentOutOfRangeException>(() => finding.WithLine(0));
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        Assert.Equal(Sample(), Sample());
        Assert.Equal(Sample().GetHashCode(), Sample().GetHashCode());
        Assert.NotEqual(Sample(), new Finding("GOV002", FindingSeverity.Warning, "english", "ไทย"));
        Assert.NotEqual(Sample(), new Finding("GOV001", FindingSeverity.Error, "english", "ไทย"));
        Assert.NotEqual(Sample(), new Finding("GOV001", FindingSeverity.Warning, "other", "ไทย"));
        Assert.NotEqual(Sample(), new Finding("GOV001", FindingSeverity.Warning, "english", "อื่น"));
        Assert.True(Sample() == Sample());
    }

    [Fact]
    public void IsBlocking_IsWarningOrError()
    {
        Assert.False(new Finding("X", FindingSeverity.Info, "m", "t").IsBlocking);
        Assert.True(new Finding("X", FindingSeverity.Warning, "m", "t").IsBlocking);
        Assert.True(new Finding("X", FindingSeverity.Error, "m", "t").IsBlocking);
    }

    [Fact]
    public void HelpLink_PointsAtTheRulePage()
    {
        Assert.EndsWith("/docs/rules/GOV001.md", Sample().HelpLink, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RefusesBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new Finding(null!, FindingSeverity.Info, "m", "t"));
        Assert.Throws<ArgumentException>(() => new Finding("", FindingSeverity.Info, "m", "t"));
        Assert.Throws<ArgumentNullException>(() => new Finding("X", FindingSeverity.Info, null!, "t"));
        Assert.Throws<ArgumentNullException>(() => new Finding("X", FindingSeverity.Info, "m", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Finding("X", (FindingSeverity)3, "m", "t"));
    }
}
