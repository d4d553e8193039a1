using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class SatisfactionAccumulatorTests
{
    private static readonly Arbitrary<int[]> Responses = Gen.Choose(1, 5).ArrayOf().ToArbitrary();

    private static SatisfactionAccumulator Tally(IEnumerable<int> answers)
    {
        var accumulator = default(SatisfactionAccumulator);
        foreach (var answer in answers)
        {
            accumulator.Add(answer);
        }

        return accumulator;
    }

    [Fact]
    public void Empty_HasNoMeanAndNoDeviation()
    {
        var empty = default(SatisfactionAccumulator);
        Assert.Equal(0, empty.Count);
        Assert.Null(empty.Mean);
        Assert.Null(empty.StandardDeviation);
    }

    [Fact]
    public void OneAnswer_HasAMeanButNoSampleDeviation()
    {
        var one = Tally([4]);
        Assert.Equal(4m, one.Mean);
        Assert.Null(one.StandardDeviation);
    }

    [Fact]
    public void KnownExample()
    {
        // 1, 2, 3, 4, 5: mean 3, sample variance 10 / 4 = 2.5, sd √2.5 = 1.5811388300841896659994467722…
        var tally = Tally([1, 2, 3, 4, 5]);
        Assert.Equal(5, tally.Count);
        Assert.Equal(15, tally.Sum);
        Assert.Equal(55, tally.SumOfSquares);
        Assert.Equal(3m, tally.Mean);
        Assert.Equal(1.5811388300841896659994m, Math.Round(tally.StandardDeviation!.Value, 22));
        Assert.Equal("[1, 1, 1, 1, 1]", tally.ToString());
    }

    [Fact]
    public void IdenticalAnswers_HaveZeroDeviation()
        => Assert.Equal(0m, Tally([5, 5, 5]).StandardDeviation);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Add_RejectsAnswersOffTheScale(int answer)
    {
        var tally = Tally([3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(answer));
        Assert.Equal(1, tally.Count);
    }

    [Fact]
    public void CountAt_RejectsLevelsOffTheScale()
        => Assert.Throws<ArgumentOutOfRangeException>(() => default(SatisfactionAccumulator).CountAt(6));

    [Fact]
    public void MeanAndDeviation_MatchANaiveTwoPassComputation()
        => Prop.ForAll(Responses, answers =>
        {
            var tally = Tally(answers);
            if (answers.Length == 0)
            {
                return tally.Mean is null;
            }

            var mean = answers.Sum(a => (decimal)a) / answers.Length;
            var meanOk = tally.Mean == mean;
            if (answers.Length == 1)
            {
                return meanOk && tally.StandardDeviation is null;
            }

            var squares = answers.Sum(a => (double)((a - mean) * (a - mean)));
            var sd = Math.Sqrt(squares / (answers.Length - 1));
            return meanOk && Math.Abs((double)tally.StandardDeviation!.Value - sd) < 1e-9;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Counts_SumToTheNumberOfAnswers()
        => Prop.ForAll(Responses, answers =>
        {
            var tally = Tally(answers);
            return tally.Count == answers.Length
                   && Enumerable.Range(1, 5).Sum(tally.CountAt) == answers.Length
                   && Enumerable.Range(1, 5).All(level => tally.CountAt(level) == answers.Count(a => a == level))
                   && tally.Sum == answers.Sum()
                   && tally.SumOfSquares == answers.Sum(a => a * a);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Order_DoesNotChangeTheTally()
    {
        var shuffled = Gen.Choose(1, 5).ArrayOf().SelectMany(a => Gen.Shuffle(a).Select(s => (a, s))).ToArbitrary();
        Prop.ForAll(shuffled, pair => Tally(pair.a) == Tally(pair.s) && Tally(pair.a).StandardDeviation == Tally(pair.s).StandardDeviation)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Merge_EqualsOneTallyOverTheConcatenation()
        => Prop.ForAll(Responses, Responses, (first, second) =>
        {
            var merged = Tally(first).Merge(Tally(second));
            return merged == Tally(first.Concat(second)) && merged.Mean == Tally(first.Concat(second)).Mean;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Merge_LeavesBothOperandsUnchanged()
    {
        var a = Tally([1, 2]);
        var b = Tally([5]);
        _ = a.Merge(b);
        Assert.Equal(2, a.Count);
        Assert.Equal(1, b.Count);
    }

    [Fact]
    public void Equality()
    {
        Assert.True(Tally([1, 5]) == Tally([5, 1]));
        Assert.True(Tally([1, 5]) != Tally([1, 4]));
        Assert.Equal(Tally([2, 3]).GetHashCode(), Tally([3, 2]).GetHashCode());
        Assert.False(Tally([1]).Equals((object)"x"));
    }

    [Fact]
    public void LargeCounts_StayExact()
    {
        // 3·10¹² answers: integer sums near 10¹³, products in the variance near 10²⁴ — still exact in decimal.
        var big = default(SatisfactionAccumulator);
        var one = Tally([1]);
        var five = Tally([5]);
        for (var i = 0; i < 40; i++)
        {
            one = one.Merge(one);
            five = five.Merge(five);
        }

        big = one.Merge(five);
        Assert.Equal(3m, big.Mean);

        // Half 1s and half 5s: variance n/(n − 1) · 4, so sd = 2·√(n/(n − 1)) → 2 from above.
        var sd = big.StandardDeviation!.Value;
        Assert.True(sd > 2m && sd < 2.000001m);
    }
}
