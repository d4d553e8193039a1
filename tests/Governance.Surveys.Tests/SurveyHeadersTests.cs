namespace Participation.Governance.Surveys.Tests;

public sealed class SurveyHeadersTests
{
    [Theory]
    [InlineData("Timestamp", SurveyColumnRole.Timestamp)]
    [InlineData("ประทับเวลา", SurveyColumnRole.Timestamp)]
    [InlineData("Start time", SurveyColumnRole.Timestamp)]
    [InlineData("เวลาที่เสร็จสมบูรณ์", SurveyColumnRole.Timestamp)]
    [InlineData("Email Address", SurveyColumnRole.Email)]
    [InlineData("ที่อยู่อีเมล", SurveyColumnRole.Email)]
    [InlineData("ID", SurveyColumnRole.Identity)]
    [InlineData("ลำดับที่", SurveyColumnRole.Identity)]
    [InlineData("Score", SurveyColumnRole.Score)]
    [InlineData("เพศ", SurveyColumnRole.Demographic)]
    [InlineData("1. เพศ", SurveyColumnRole.Demographic)]
    [InlineData("ข้อ 2 อายุ (ปี)", SurveyColumnRole.Demographic)]
    [InlineData("สถานภาพของผู้ตอบแบบสอบถาม", SurveyColumnRole.Demographic)]
    [InlineData("Age", SurveyColumnRole.Demographic)]
    [InlineData("ข้อเสนอแนะ", SurveyColumnRole.Comment)]
    [InlineData("Agency responsiveness", SurveyColumnRole.Question)]
    [InlineData("ความพึงพอใจต่อการให้บริการ [ความสะดวก]", SurveyColumnRole.Question)]
    [InlineData("หน่วยงานเปิดเผยข้อมูลอย่างครบถ้วน", SurveyColumnRole.Question)]
    public void RecognisesColumnsThatAreNeverQuestions(string header, SurveyColumnRole role)
        => Assert.Equal(role, SurveyHeaders.Recognise(header));

    [Theory]
    [InlineData("  ความ\u200Bสะดวก  \r\n ในการติดต่อ ", "ความสะดวก ในการติดต่อ")]
    [InlineData("\t", "")]
    public void Normalize_TrimsAndJoinsWhiteSpaceAndDropsInvisibles(string header, string expected)
        => Assert.Equal(expected, SurveyHeaders.Normalize(header));
}
