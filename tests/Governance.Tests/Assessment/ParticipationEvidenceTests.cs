using NodaTime;
using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class ParticipationEvidenceTests
{
    [Fact]
    public void KeepsThePartsAsWritten()
    {
        var evidence = new ParticipationEvidence(" หัวข้อ ", null, "", "ปรับปรุง", new LocalDate(2020, 3, 15));
        Assert.Equal(" หัวข้อ ", evidence.Topic);
        Assert.Null(evidence.ParticipantsSummary);
        Assert.Equal(string.Empty, evidence.Outcome);
        Assert.Equal("ปรับปรุง", evidence.Improvement);
        Assert.Equal(new LocalDate(2020, 3, 15), evidence.Date);
        Assert.Equal("2020-03-15  หัวข้อ ", evidence.ToString());
    }
}
