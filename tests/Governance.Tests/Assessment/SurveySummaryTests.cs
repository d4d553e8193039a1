using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class SurveySummaryTests
{
    private static SatisfactionAccumulator Tally(params int[] answers)
    {
        var accumulator = default(SatisfactionAccumulator);
        foreach (var answer in answers)
        {
            accumulator.Add(answer);
        }

        return accumulator;
    }

    [Fact]
    public void Summary_OfAKnownTally()
    {
        // 2×3, 1×4, 1×5: mean 3.75 (มาก under 0.5), 2 of 4 satisfied = 50 %.
        var summary = Tally(3, 3, 4, 5).Summarize("Q1", SatisfactionBandScheme.HalfPoint);

        Assert.Equal("Q1", summary.Name);
        Assert.Equal(4, summary.Count);
        Assert.Equal(3.75m, summary.Mean);
        Assert.Equal([0L, 0L, 2L, 1L, 1L], summary.Counts);
        Assert.Equal([0m, 0m, 50m, 25m, 25m], summary.Percentages);
        Assert.Equal(50m, summary.PercentSatisfied);
        Assert.Equal("มาก", summary.Band!.ThaiLabel);
        Assert.Equal("Q1: n=4, mean 3.75, มาก", summary.ToString());
    }

    [Fact]
    public void Summary_BandIsReadFromTheRoundedMean()
    {
        // 101 fives and 99 fours: mean 901 / 200 = 4.505, printed 4.51, read มากที่สุด (4.50 would be มาก).
        var answers = Enumerable.Repeat(5, 101).Concat(Enumerable.Repeat(4, 99)).ToArray();
        var summary = Tally(answers).Summarize("Q", SatisfactionBandScheme.HalfPoint);

        Assert.Equal(4.505m, summary.Mean);
        Assert.Equal("มากที่สุด", summary.Band!.ThaiLabel);
    }

    [Fact]
    public void Summary_WithoutAnswers()
    {
        var summary = default(SatisfactionAccumulator).Summarize("Q", SatisfactionBandScheme.EightTenths);
        Assert.Equal(0, summary.Count);
        Assert.Null(summary.Mean);
        Assert.Null(summary.StandardDeviation);
        Assert.Null(summary.PercentSatisfied);
        Assert.Null(summary.Band);
        Assert.All(summary.Percentages, p => Assert.Equal(0m, p));
        Assert.Equal("Q: no answers", summary.ToString());
    }

    [Fact]
    public void Percentages_SumToAHundredAndRoundedOnesWithinRounding()
        => Prop.ForAll(Gen.Choose(1, 5).NonEmptyListOf().ToArbitrary(), answers =>
        {
            var summary = Tally(answers.ToArray()).Summarize("Q", SatisfactionBandScheme.HalfPoint);
            var exact = summary.Percentages.Sum();
            var rounded = summary.Percentages.Sum(p => Math.Round(p, 2, MidpointRounding.AwayFromZero));
            return Math.Abs(exact - 100m) < 0.000000000000000000001m
                   && Math.Abs(rounded - 100m) <= 0.025m
                   && Math.Abs(summary.PercentSatisfied!.Value - (summary.Percentages[3] + summary.Percentages[4])) < 0.000000000000000000001m;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Summary_DoesNotDependOnAnswerOrder()
    {
        var shuffled = Gen.Choose(1, 5).NonEmptyListOf().Select(a => a.ToArray()).SelectMany(a => Gen.Shuffle(a).Select(s => (a, s))).ToArbitrary();
        Prop.ForAll(shuffled, pair =>
        {
            var x = Tally(pair.a).Summarize("Q", SatisfactionBandScheme.HalfPoint);
            var y = Tally(pair.s).Summarize("Q", SatisfactionBandScheme.HalfPoint);
            return x.Mean == y.Mean && x.StandardDeviation == y.StandardDeviation && x.Counts.SequenceEqual(y.Counts)
                   && x.Percentages.SequenceEqual(y.Percentages) && x.Band == y.Band;
        }).QuickCheckThrowOnFailure();
    }
}
