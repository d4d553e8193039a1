using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class SurveyTallyTests
{
    [Fact]
    public void Read_SummarizesEachQuestionAndOverall()
    {
        var problems = new List<SurveyRowProblem>();
        var result = SurveyTally.Read(new StringReader("Q1,Q2\n5,4\n4,\n3,2\n7,1\n\n"), problems.Add);

        Assert.True(result.Success);
        var tally = result.Value;
        Assert.Equal(3, tally.Respondents);
        Assert.Equal(3, tally.GetAnswers(0).Count);
        Assert.Equal(2, tally.GetAnswers(1).Count);
        Assert.Equal(5, tally.Overall.Count);
        var problem = Assert.Single(problems);
        Assert.Equal(5, problem.LineNumber);
        Assert.Equal("line 5: column 1 (Q1): expected an answer 1–5 or an empty cell, found \"7\".", problem.ToString());

        var report = tally.Summarize(SatisfactionBandScheme.HalfPoint);
        Assert.Equal(3, report.Respondents);
        Assert.Equal(4m, report.Questions[0].Mean);
        Assert.Equal(3m, report.Questions[1].Mean);
        Assert.Equal(18m / 5m, report.Overall.Mean);
        Assert.Equal("overall", report.Overall.Name);
        Assert.Same(SatisfactionBandScheme.HalfPoint, report.Scheme);
    }

    [Fact]
    public void Read_BadHeader_IsAFailure()
    {
        var result = SurveyTally.Read(new StringReader(string.Empty));
        Assert.False(result.Success);
    }

    [Fact]
    public void AddRespondent_NoAnswersIsNotARespondent()
    {
        var tally = new SurveyTally(["A", "B"]);
        tally.AddRespondent([0, 0]);
        tally.AddRespondent([]);
        Assert.Equal(0, tally.Respondents);
    }

    [Fact]
    public void AddRespondent_BadAnswerAddsNothing()
    {
        var tally = new SurveyTally(["A", "B"]);
        var e = Assert.Throws<ArgumentException>(() => tally.AddRespondent([5, 6]));
        Assert.Contains("question 2 (B)", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, tally.Respondents);
        Assert.Equal(0, tally.Overall.Count);
        Assert.Throws<ArgumentException>(() => tally.AddRespondent([1, 2, 3]));
    }

    [Fact]
    public void OverallEqualsTheMergeOfEveryQuestion()
    {
        var rows = Gen.Choose(0, 5).ArrayOf(3).ListOf().ToArbitrary();
        Prop.ForAll(rows, list =>
        {
            var tally = new SurveyTally(["A", "B", "C"]);
            foreach (var row in list)
            {
                tally.AddRespondent(row);
            }

            var merged = tally.GetAnswers(0).Merge(tally.GetAnswers(1)).Merge(tally.GetAnswers(2));
            return merged == tally.Overall && tally.Respondents == list.Count(r => r.Any(a => a != 0));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Read_AllocatesNothingPerRow()
    {
        static string Csv(int rows) => "Q1,Q2,Q3\r\n" + string.Concat(Enumerable.Repeat("5,4,\"3\"\r\n,2,1\r\n", rows / 2));
        static long AllocatedWhileReading(string csv)
        {
            var reader = new StringReader(csv);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var tally = SurveyTally.Read(reader).Value;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(tally.Respondents > 0);
            return allocated;
        }

        var small = Csv(2_000);
        var large = Csv(20_000);
        AllocatedWhileReading(small);

        // The least of three tries: a tiered-JIT recompilation or a first-time initialisation on this thread can land in any one.
        var growth = Enumerable.Range(0, 3).Min(_ => AllocatedWhileReading(large) - AllocatedWhileReading(small));

        // 18,000 more rows: even one small object per row would add hundreds of kilobytes.
        Assert.True(growth < 4_000, $"Reading 18,000 more rows allocated {growth} more bytes.");
    }
}
