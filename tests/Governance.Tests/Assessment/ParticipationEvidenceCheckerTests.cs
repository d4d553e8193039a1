using NodaTime;
using Participation.Governance.Assessment;
using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Assessment;

public class ParticipationEvidenceCheckerTests
{
    private static readonly ParticipationEvidenceChecker Checker = new(new ThaiFiscalYear(2563));

    private static ParticipationEvidence Evidence(
        string? topic = "ทบทวนแผนปฏิบัติราชการ",
        string? participants = "ผู้แทนโรงเรียน 12 คน ผู้ปกครอง 5 คน",
        string? outcome = "เสนอให้เพิ่มช่องทางไลน์",
        string? improvement = "เปิดบัญชีไลน์ทางการเมื่อ 1 มี.ค. 2563",
        LocalDate? date = null)
        => new(topic, participants, outcome, improvement, date ?? new LocalDate(2020, 2, 14));

    [Fact]
    public void CompleteAndInYear_IsAcceptable()
    {
        var check = Checker.Check(Evidence());
        Assert.True(check.IsAcceptable);
        Assert.True(check.HasAllParts);
        Assert.True(check.IsInFiscalYear);
        Assert.Equal(ParticipationEvidencePart.None, check.MissingParts);
        Assert.Equal("acceptable", check.ToString());
    }

    [Fact]
    public void MissingTopic() => AssertMissing(Evidence(topic: null), ParticipationEvidencePart.Topic);

    [Fact]
    public void MissingParticipants() => AssertMissing(Evidence(participants: ""), ParticipationEvidencePart.Participants);

    [Fact]
    public void MissingOutcome() => AssertMissing(Evidence(outcome: "   \t\n"), ParticipationEvidencePart.Outcome);

    [Fact]
    public void MissingImprovement_ZeroWidthSpacesOnly() => AssertMissing(Evidence(improvement: "\u200B \u200B\uFEFF"), ParticipationEvidencePart.Improvement);

    [Fact]
    public void SeveralMissing_AreAllNamed()
    {
        var check = Checker.Check(Evidence(outcome: null, improvement: "\u200B"));
        Assert.Equal(ParticipationEvidencePart.Outcome | ParticipationEvidencePart.Improvement, check.MissingParts);
        Assert.Equal("missing outcome, improvement", check.ToString());
    }

    [Fact]
    public void TextWithZeroWidthSpacesBetweenWords_IsPresent()
        => Assert.True(Checker.Check(Evidence(topic: "\u200Bทบทวน\u200Bแผน")).HasAllParts);

    [Theory]
    [InlineData(2019, 10, 1, true)]
    [InlineData(2020, 9, 30, true)]
    [InlineData(2019, 9, 30, false)]
    [InlineData(2020, 10, 1, false)]
    public void Date_MustBeInTheFiscalYearBothEndsIncluded(int year, int month, int day, bool inYear)
    {
        var check = Checker.Check(Evidence(date: new LocalDate(year, month, day)));
        Assert.Equal(inYear, check.IsInFiscalYear);
        Assert.Equal(inYear, check.IsAcceptable);
        Assert.True(check.HasAllParts);
    }

    [Fact]
    public void OutOfYear_SaysWhichYear()
    {
        var check = Checker.Check(Evidence(topic: null, date: new LocalDate(2019, 9, 30)));
        Assert.Equal("missing topic; dated 2019-09-30, outside fiscal year 2563 (2019-10-01 – 2020-09-30)", check.ToString());
    }

    [Fact]
    public void CheckAll_KeepsOrder()
    {
        var checks = Checker.CheckAll([Evidence(), Evidence(outcome: null), Evidence(date: new LocalDate(2021, 1, 1))]);
        Assert.Equal([true, false, false], checks.Select(c => c.IsAcceptable));
        Assert.Equal(new ThaiFiscalYear(2563), checks[0].FiscalYear);
    }

    [Fact]
    public void AcceptableExactlyWhenEveryPartHasVisibleTextAndTheDateIsInYear()
    {
        var part = Gen.Elements<string?>(null, "", " ", "\u200B", "\t\u200C ", "ก", " x ");
        var dates = Gen.Choose(-400, 800).Select(d => new LocalDate(2019, 10, 1).PlusDays(d));
        var records = part.Four().Zip(dates).Select(t => new ParticipationEvidence(t.Item1.Item1, t.Item1.Item2, t.Item1.Item3, t.Item1.Item4, t.Item2));
        Prop.ForAll(records.ToArbitrary(), evidence =>
        {
            static bool Visible(string? s) => s is "ก" or " x ";
            var check = Checker.Check(evidence);
            var inYear = evidence.Date >= new LocalDate(2019, 10, 1) && evidence.Date <= new LocalDate(2020, 9, 30);
            return check.IsAcceptable == (Visible(evidence.Topic) && Visible(evidence.ParticipantsSummary) && Visible(evidence.Outcome) && Visible(evidence.Improvement) && inYear)
                   && ((check.MissingParts & ParticipationEvidencePart.Outcome) != 0) == !Visible(evidence.Outcome);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Check_NullEvidence_Throws() => Assert.Throws<ArgumentNullException>(() => Checker.Check(null!));

    private static void AssertMissing(ParticipationEvidence evidence, ParticipationEvidencePart part)
    {
        var check = Checker.Check(evidence);
        Assert.Equal(part, check.MissingParts);
        Assert.False(check.HasAllParts);
        Assert.False(check.IsAcceptable);
        Assert.True(check.IsInFiscalYear);
        Assert.Equal("missing " + part.ToString().ToLowerInvariant(), check.ToString());
    }
}
