using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class SurveyBreakdownTests
{
    private static SurveyTally Tally(params int[][] rows) => WithReversed([], rows);

    private static SurveyTally WithReversed(int[] reversed, params int[][] rows)
    {
        var tally = new SurveyTally(["Q1", "Q2"], reversed);
        foreach (var row in rows)
        {
            tally.AddRespondent(row);
        }

        return tally;
    }

    [Fact]
    public void Summarize_WithGroups_GivesEachGroupItsOwnReport()
    {
        var men = Tally([5, 4], [4, 4]);
        var women = Tally([3, 2]);
        var all = Tally([5, 4], [4, 4], [3, 2]);

        var report = all.Summarize(SatisfactionBandScheme.HalfPoint, "เพศ", [new("ชาย", men), new("หญิง", women)]);

        Assert.Equal("เพศ", report.Breakdown!.Column);
        Assert.Equal(["ชาย", "หญิง"], report.Breakdown.Groups.Select(g => g.Value));
        Assert.Equal(4.5m, report.Breakdown.Groups[0].Report.Questions[0].Mean);
        Assert.Null(report.Breakdown.Groups[0].Report.Breakdown);
        Assert.Null(all.Summarize(SatisfactionBandScheme.HalfPoint).Breakdown);
    }

    [Fact]
    public void Summarize_GroupsThatDoNotAddUp_Throw()
    {
        var all = Tally([5, 4], [4, 4]);
        Assert.Throws<ArgumentException>(() => all.Summarize(SatisfactionBandScheme.HalfPoint, "เพศ", [new("ชาย", Tally([5, 4]))]));
        Assert.Throws<ArgumentException>(() => all.Summarize(SatisfactionBandScheme.HalfPoint, "เพศ", [new("ชาย", Tally([5, 4])), new("ชาย", Tally([4, 4]))]));
        Assert.Throws<ArgumentException>(() => all.Summarize(SatisfactionBandScheme.HalfPoint, "เพศ", [new("ชาย", WithReversed([1], [5, 4], [4, 4]))]));
    }

    [Fact]
    public void ReversedItems_CountSixMinusTheAnswer_InTheQuestionAndOverall()
    {
        var tally = WithReversed([1], [5, 1], [4, 2]);

        Assert.True(tally.IsReversed(1));
        Assert.False(tally.IsReversed(0));
        Assert.Equal(1L, tally.GetAnswers(1).CountAt(5));
        var report = tally.Summarize(SatisfactionBandScheme.HalfPoint);
        Assert.True(report.Questions[1].IsReversed);
        Assert.Equal(4.5m, report.Overall.Mean);
    }

    [Fact]
    public void AReversedIndexOutsideTheQuestions_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyTally(["Q1"], [1]));
}
