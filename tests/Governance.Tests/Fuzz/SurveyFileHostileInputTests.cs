using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Fuzz;

/// <summary>
/// Issue 11 for survey files: <see cref="SurveyTally.Read"/> answers arbitrary text, the sample survey after hostile
/// edits and the adversarial corpus with a tally or a failure, reporting bad rows, and never throws.
/// </summary>
public class SurveyFileHostileInputTests
{
    private static readonly string[] Seeds =
    [
        File.ReadAllText(RepositoryFiles.PathOf("samples/surveys/satisfaction-example.csv")),
        "ข้อ 1,ข้อ 2\r\n5,4\r\n,\r\n3,\"2\"\r\n",
        "ประทับเวลา,\"คำถาม \"\"ยาว\"\"\nสองบรรทัด\",ข้อ 3\n2024-01-01,มากที่สุด,น้อย\n",
    ];

    [FuzzProperty]
    public void ArbitraryText_IsTalliedOrRefused(string text) => AssertAnswers(text);

    [FuzzProperty(typeof(SurveyArbitraries))]
    public void MutatedSurveyFiles_AreTalliedOrRefused(MutatedSurvey survey) => AssertAnswers(survey.Text);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void AdversarialCorpus_IsTalliedOrRefused(string name)
        => AssertAnswers(System.Text.Encoding.UTF8.GetString(HostileCorpus.Bytes(name)));

    public static TheoryData<string> CorpusFiles() => [.. HostileCorpus.FileNames(".csv")];

    private static void AssertAnswers(string text)
    {
        var problems = new List<SurveyRowProblem>();
        var tally = SurveyTally.Read(new StringReader(text), problems.Add);

        if (tally.Success)
        {
            var report = tally.Value.Summarize(SatisfactionBandScheme.HalfPoint);
            Assert.InRange(report.Respondents, 0, text.Length);
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(tally.Message));
        }

        Assert.All(problems, p => Assert.False(string.IsNullOrEmpty(p.Message)));
    }

    /// <summary>A survey file after a few hostile edits.</summary>
    /// <param name="Text">The text.</param>
    public sealed record MutatedSurvey(string Text);

    /// <summary>The arbitraries of the survey properties.</summary>
    public static class SurveyArbitraries
    {
        public static Arbitrary<MutatedSurvey> Surveys()
            => HostileText.Mutations(Seeds, ["\"", "\"\"", ",", "\r\n", "\n", "มากที่สุด", "5", "0", "6", "-1"]).Select(t => new MutatedSurvey(t)).ToArbitrary();
    }
}
