using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class ItaResultTests
{
    [Fact]
    public void FailingResult_ListsEveryIndicatorInOrderAndSaysNotPassed()
    {
        var scores = Enumerable.Range(1, 10).ToDictionary(n => n, n => 40m + n);

        var result = ItaScheme.Since2563.Assess(scores, target: 45m);

        // IIT mean 43, EIT mean 47, OIT mean 49.5: 12.9 + 14.1 + 19.8 = 46.80.
        Assert.Equal(46.80m, result.TotalScore);
        Assert.Equal("F", result.Grade.Grade);
        Assert.False(result.Passed);
        Assert.Equal("46.80 (F, not passed)", result.ToString());
        Assert.Equal(Enumerable.Range(1, 10), result.IndicatorScores.Select(s => s.Indicator.Number));
        Assert.Equal([1, 2, 3, 4], result.IndicatorsBelowTarget.Select(s => s.Indicator.Number));
        Assert.Equal(45m, result.Target);
        Assert.Same(ItaScheme.Since2563, result.Scheme);
    }

    [Fact]
    public void Results_AreReadOnly()
    {
        var result = ItaScheme.Since2563.Assess(Enumerable.Range(1, 10).ToDictionary(n => n, _ => 90m));
        Assert.False(result.IndicatorScores is ItaIndicatorScore[]);
        Assert.False(result.InstrumentScores is ItaInstrumentScore[]);
    }
}
