using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class MeasureStepTests
{
    [Fact]
    public void Constructor_SetsKindAndDescription_CollectionsDefaultToEmpty()
    {
        var step = new MeasureStep(StepKind.SatisfactionAssessment, "ประเมินความพึงพอใจ");
        Assert.Equal(StepKind.SatisfactionAssessment, step.Kind);
        Assert.Equal("ประเมินความพึงพอใจ", step.Description);
        Assert.True(step.IsSatisfactionAssessment);
        Assert.Empty(step.Phases);
        Assert.Empty(step.ResponsibleUnits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_RefusesBlankDescription(string description)
    {
        Assert.Throws<ArgumentException>(() => new MeasureStep(StepKind.Report, description));
    }

    [Fact]
    public void Constructor_RefusesNullDescriptionAndUndefinedKind()
    {
        Assert.Throws<ArgumentNullException>(() => new MeasureStep(StepKind.Report, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureStep((StepKind)10, "x"));
    }

    [Fact]
    public void Phases_AreASetInWorkOrder()
    {
        var step = new MeasureStep(StepKind.CollectFeedback, "รับฟังความคิดเห็น")
        {
            Phases = [ParticipationPhase.AfterOperation, ParticipationPhase.BeforePlanning, ParticipationPhase.AfterOperation],
        };
        Assert.Equal([ParticipationPhase.BeforePlanning, ParticipationPhase.AfterOperation], step.Phases);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureStep(StepKind.Other, "x") { Phases = [(ParticipationPhase)3] });
    }

    [Fact]
    public void ResponsibleUnits_AreCopied_AndRefuseNulls()
    {
        var units = new List<string> { "กลุ่มอำนวยการ" };
        var step = new MeasureStep(StepKind.Report, "รายงานผล") { ResponsibleUnits = units };
        units.Add("later");
        Assert.Equal(["กลุ่มอำนวยการ"], step.ResponsibleUnits);
        Assert.Throws<ArgumentException>(() => new MeasureStep(StepKind.Report, "x") { ResponsibleUnits = [null!] });
        Assert.Throws<ArgumentNullException>(() => new MeasureStep(StepKind.Report, "x") { ResponsibleUnits = null! });
    }

    [Fact]
    public void ExposedCollections_CannotBeChangedThroughACast()
    {
        var step = new MeasureStep(StepKind.Report, "x") { ResponsibleUnits = ["a"], Phases = [ParticipationPhase.DuringOperation] };
        Assert.Throws<NotSupportedException>(() => ((IList<string>)step.ResponsibleUnits)[0] = "b");
        Assert.Throws<NotSupportedException>(() => ((IList<ParticipationPhase>)step.Phases).Add(ParticipationPhase.AfterOperation));
    }

    [Fact]
    public void Equality_ComparesCollectionsElementWise()
    {
        MeasureStep Make(string unit) => new(StepKind.Report, "รายงานผล") { Phases = [ParticipationPhase.AfterOperation], ResponsibleUnits = [unit] };
        Assert.Equal(Make("a"), Make("a"));
        Assert.Equal(Make("a").GetHashCode(), Make("a").GetHashCode());
        Assert.NotEqual(Make("a"), Make("b"));
        Assert.NotEqual(Make("a"), new MeasureStep(StepKind.Report, "รายงานผล") { ResponsibleUnits = ["a"] });
        Assert.NotEqual(new MeasureStep(StepKind.Report, "x"), new MeasureStep(StepKind.Review, "x"));
        Assert.True(Make("a") == Make("a"));
        Assert.True(Make("a") != Make("b"));
    }

    [Fact]
    public void Equality_IsConsistentWithHashCode()
    {
        Prop.ForAll(
                MeasureGenerators.Step.Two().ToArbitrary(),
                pair => !pair.Item1.Equals(pair.Item2) || pair.Item1.GetHashCode() == pair.Item2.GetHashCode())
            .QuickCheckThrowOnFailure();
    }
}
