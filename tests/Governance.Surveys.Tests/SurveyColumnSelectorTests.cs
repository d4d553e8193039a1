namespace Participation.Governance.Surveys.Tests;

public sealed class SurveyColumnSelectorTests
{
    [Theory]
    [InlineData("5", "5")]
    [InlineData("5-14", "5-14")]
    [InlineData("3, 5,7–9", "3|5|7-9")]
    [InlineData("เพศ", "เพศ")]
    [InlineData("ความชัดเจนของข้อมูล, เอกสาร", "ความชัดเจนของข้อมูล, เอกสาร")]
    public void Parse_ReadsNumbersRangesOrOneHeader(string text, string expected)
        => Assert.Equal(expected, string.Join("|", SurveyColumnSelector.Parse(text).Value));

    [Theory]
    [InlineData("", "expected column numbers (5, 5-14, 3,5,7-9) or a header text, found nothing")]
    [InlineData("0", "\"0\" is not a column number or range; expected e.g. 5 or 5-14, numbers from 1, the first not above the last")]
    [InlineData("9-3", "\"9-3\" is not a column number or range; expected e.g. 5 or 5-14, numbers from 1, the first not above the last")]
    [InlineData("3,,4", "\"\" is not a column number or range; expected e.g. 5 or 5-14, numbers from 1, the first not above the last")]
    public void Parse_SaysWhatWasExpected(string text, string message)
        => Assert.Equal(message, SurveyColumnSelector.Parse(text).Message);

    [Fact]
    public void ParseOfToString_RoundTrips()
        => Prop.ForAll(Gen.Choose(1, 500).Two().ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var selector = SurveyColumnSelector.Columns(Math.Min(a, b), Math.Max(a, b));
            return SurveyColumnSelector.Parse(selector.ToString()).Value.Single().Equals(selector);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void AHeaderMatchesExactlyBeforeItMatchesAsAPart()
    {
        string[] headers = ["เพศ", "เพศสภาพที่ระบุ"];
        Assert.Equal([0], SurveyColumnSelector.Header("เพศ").Resolve(headers, out _)!);
        Assert.Equal([1], SurveyColumnSelector.Header("สภาพ").Resolve(headers, out _)!);
    }
}
