using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class ItaSchemeTests
{
    private static readonly ItaScheme Scheme = ItaScheme.Since2563;

    private static Dictionary<int, decimal> AllAt(decimal score)
        => Enumerable.Range(1, 10).ToDictionary(n => n, _ => score);

    [Fact]
    public void Since2563_HasTenIndicatorsOverThreeWeightedInstruments()
    {
        Assert.Equal(2563, Scheme.ValidFrom);
        Assert.Equal(Enumerable.Range(1, 10), Scheme.Indicators.Select(i => i.Number));
        Assert.Equal(["IIT", "EIT", "OIT"], Scheme.Instruments.Select(i => i.Code));
        Assert.Equal([30m, 30m, 40m], Scheme.Instruments.Select(i => i.Weight));
        Assert.Equal(["IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"], Scheme.Indicators.Select(i => i.InstrumentCode));
        Assert.Equal("ประสิทธิภาพการสื่อสาร", Scheme.GetIndicator(7).ThaiName);
        Assert.Equal("การป้องกันการทุจริต", Scheme.GetIndicator(10).ThaiName);
        Assert.Equal(85m, Scheme.PassMark);
        Assert.Equal(["AA", "A", "B", "C", "D", "E", "F"], Scheme.GradeBands.Select(b => b.Grade));
    }

    [Theory]
    [InlineData("100", "AA")]
    [InlineData("95.00", "AA")]
    [InlineData("94.99", "A")]
    [InlineData("94.995", "AA")]
    [InlineData("94.994", "A")]
    [InlineData("85.00", "A")]
    [InlineData("84.99", "B")]
    [InlineData("84.995", "A")]
    [InlineData("84.994", "B")]
    [InlineData("75.00", "B")]
    [InlineData("74.99", "C")]
    [InlineData("65.00", "C")]
    [InlineData("64.99", "D")]
    [InlineData("55.00", "D")]
    [InlineData("54.99", "E")]
    [InlineData("50.00", "E")]
    [InlineData("49.99", "F")]
    [InlineData("0", "F")]
    public void GradeFor_ReadsTheRoundedScoreAgainstTheBandEdges(string score, string grade)
        => Assert.Equal(grade, Scheme.GradeFor(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).Grade);

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void GradeFor_RejectsScoresOutsideTheScale(string score)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Scheme.GradeFor(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Assess_MemoExample_TotalsTo8905WithIndicators7And8BelowTarget()
    {
        // IIT mean 95 → 28.5; EIT mean (90 + 78.56 + 77.13) / 3 = 81.8966… → 24.569;
        // OIT mean (90 + 89.90) / 2 = 89.95 → 35.98; total 89.049 → 89.05.
        var scores = new Dictionary<int, decimal>
        {
            [1] = 95m, [2] = 95m, [3] = 95m, [4] = 95m, [5] = 95m,
            [6] = 90m, [7] = 78.56m, [8] = 77.13m,
            [9] = 90m, [10] = 89.90m,
        };

        var result = Scheme.Assess(scores, target: 85m);

        Assert.Equal(89.05m, result.TotalScore);
        Assert.Equal("A", result.Grade.Grade);
        Assert.True(result.Passed);
        Assert.Equal([7, 8], result.IndicatorsBelowTarget.Select(s => s.Indicator.Number));
        Assert.Equal([78.56m, 77.13m], result.IndicatorsBelowTarget.Select(s => s.Score));
        Assert.Equal([95.00m, 81.90m, 89.95m], result.InstrumentScores.Select(s => s.Score));
        Assert.Equal("89.05 (A, passed)", result.ToString());
    }

    [Fact]
    public void Assess_RoundsOnlyAtTheEnd()
    {
        // IIT and EIT all 84.994 (each mean rounds to 84.99), OIT 85 → exact total 84.9964 → 85.00 (A),
        // whereas rounding instruments first would give 0.3·84.99 + 0.3·84.99 + 0.4·85 = 84.994 → 84.99 (B).
        var scores = AllAt(84.994m);
        scores[9] = 85m;
        scores[10] = 85m;

        var result = Scheme.Assess(scores);

        Assert.Equal(85.00m, result.TotalScore);
        Assert.Equal("A", result.Grade.Grade);
        Assert.True(result.Passed);
        Assert.Equal(84.99m, result.InstrumentScores[0].Score);
    }

    [Fact]
    public void Assess_JustBelowThePassMark_IsGradeBAndNotPassed()
    {
        var result = Scheme.Assess(AllAt(84.99m));

        Assert.Equal(84.99m, result.TotalScore);
        Assert.Equal("B", result.Grade.Grade);
        Assert.False(result.Passed);
        Assert.Equal(10, result.IndicatorsBelowTarget.Count);
    }

    [Fact]
    public void Assess_DefaultTargetIsThePassMark()
    {
        var scores = AllAt(90m);
        scores[3] = 84.99m;
        scores[4] = 85m;

        var result = Scheme.Assess(scores);

        Assert.Equal(85m, result.Target);
        Assert.Equal([3], result.IndicatorsBelowTarget.Select(s => s.Indicator.Number));
    }

    [Fact]
    public void Assess_MissingIndicator_ThrowsNamingIt()
    {
        var scores = AllAt(90m);
        scores.Remove(8);

        var e = Assert.Throws<ArgumentException>(() => Scheme.Assess(scores));

        Assert.Contains("Indicator 8", e.Message, StringComparison.Ordinal);
        Assert.Contains("การปรับปรุงระบบการทำงาน", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100.5")]
    public void Assess_ScoreOutsideTheScale_ThrowsNamingTheIndicator(string score)
    {
        var scores = AllAt(90m);
        scores[6] = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture);

        var e = Assert.Throws<ArgumentException>(() => Scheme.Assess(scores));

        Assert.Contains("Indicator 6", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_UnknownIndicator_ThrowsNamingIt()
    {
        var scores = AllAt(90m);
        scores[11] = 50m;

        var e = Assert.Throws<ArgumentException>(() => Scheme.Assess(scores));

        Assert.Contains("Indicator 11", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_TotalIsTheWeightedMeanOfInstrumentMeans()
    {
        var gen = Gen.Choose(0, 10000).Select(n => n / 100m).ArrayOf(10);
        Prop.ForAll(gen.ToArbitrary(), values =>
        {
            var scores = Enumerable.Range(1, 10).ToDictionary(n => n, n => values[n - 1]);
            var iit = values.Take(5).Sum() / 5m;
            var eit = values.Skip(5).Take(3).Sum() / 3m;
            var oit = values.Skip(8).Sum() / 2m;
            var expected = Math.Round((0.3m * iit) + (0.3m * eit) + (0.4m * oit), 2, MidpointRounding.AwayFromZero);

            var result = Scheme.Assess(scores);

            return result.TotalScore == expected
                   && result.Passed == (expected >= 85m)
                   && result.TotalScore >= result.Grade.MinimumScore;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ParticipationItem_IsO33In2563And2564AndUnknownAfter()
    {
        Assert.Equal("O33", Scheme.GetParticipationItem(2563));
        Assert.Equal("O33", Scheme.GetParticipationItem(2564));
        Assert.Null(Scheme.GetParticipationItem(2565));
    }

    [Fact]
    public void WithParticipationItem_ReturnsANewSchemeAndLeavesTheOriginal()
    {
        var updated = Scheme.WithParticipationItem(2566, "O12");

        Assert.Equal("O12", updated.GetParticipationItem(2566));
        Assert.Equal("O33", updated.GetParticipationItem(2563));
        Assert.Null(Scheme.GetParticipationItem(2566));
        Assert.Throws<ArgumentException>(() => Scheme.WithParticipationItem(2562, "O1"));
    }

    [Fact]
    public void For_BeforeTheFirstScheme_Throws()
    {
        Assert.Same(Scheme, ItaScheme.For(2563));
        Assert.Same(Scheme, ItaScheme.For(2570));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ItaScheme.For(2562));
        Assert.Contains("2563", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsWeightsNotSummingTo100()
    {
        var e = Assert.Throws<ArgumentException>(() => new ItaScheme(
            2570,
            [new ItaInstrument("X", "x", "x", 60m), new ItaInstrument("Y", "y", "y", 30m)],
            [new ItaIndicator(1, "a", "a", "X"), new ItaIndicator(2, "b", "b", "Y")],
            [new ItaGradeBand("P", 50m), new ItaGradeBand("F", 0m)],
            50m));
        Assert.Contains("sum to 100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsAnIndicatorOfAnUnknownInstrument()
    {
        var e = Assert.Throws<ArgumentException>(() => new ItaScheme(
            2570,
            [new ItaInstrument("X", "x", "x", 100m)],
            [new ItaIndicator(1, "a", "a", "X"), new ItaIndicator(2, "b", "b", "Z")],
            [new ItaGradeBand("F", 0m)],
            50m));
        Assert.Contains("Indicator 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsBandsThatLeaveLowScoresWithoutAGrade()
    {
        var e = Assert.Throws<ArgumentException>(() => new ItaScheme(
            2570,
            [new ItaInstrument("X", "x", "x", 100m)],
            [new ItaIndicator(1, "a", "a", "X")],
            [new ItaGradeBand("P", 50m)],
            50m));
        Assert.Contains("start at 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsAnInstrumentWithoutIndicators()
    {
        var e = Assert.Throws<ArgumentException>(() => new ItaScheme(
            2570,
            [new ItaInstrument("X", "x", "x", 50m), new ItaInstrument("Y", "y", "y", 50m)],
            [new ItaIndicator(1, "a", "a", "X")],
            [new ItaGradeBand("F", 0m)],
            50m));
        Assert.Contains("Instrument Y", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomScheme_IsScoredByItsOwnWeightsAndBands()
    {
        var scheme = new ItaScheme(
            2568,
            [new ItaInstrument("IIT", "ภายใน", "Internal", 50m), new ItaInstrument("OIT", "เปิดเผย", "Open data", 50m)],
            [new ItaIndicator(1, "หนึ่ง", "One", "IIT"), new ItaIndicator(2, "สอง", "Two", "OIT")],
            [new ItaGradeBand("Pass", 70m), new ItaGradeBand("Fail", 0m)],
            70m);

        var result = scheme.Assess(new Dictionary<int, decimal> { [1] = 80m, [2] = 59.99m });

        Assert.Equal(69.995m, (80m + 59.99m) / 2m);
        Assert.Equal(70.00m, result.TotalScore);
        Assert.Equal("Pass", result.Grade.Grade);
        Assert.True(result.Passed);
        Assert.Equal([2], result.IndicatorsBelowTarget.Select(s => s.Indicator.Number));
    }
}
