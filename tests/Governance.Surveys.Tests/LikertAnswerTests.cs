namespace Participation.Governance.Surveys.Tests;

public sealed class LikertAnswerTests
{
    [Theory]
    [InlineData("5", (int)LikertForm.Number, 5)]
    [InlineData(" 1 ", (int)LikertForm.Number, 1)]
    [InlineData("๔", (int)LikertForm.Number, 4)]
    [InlineData("มากที่สุด", (int)LikertForm.Word, 5)]
    [InlineData("มาก", (int)LikertForm.Word, 4)]
    [InlineData("ปานกลาง", (int)LikertForm.Word, 3)]
    [InlineData("น้อย", (int)LikertForm.Word, 2)]
    [InlineData("น้อยที่สุด", (int)LikertForm.Word, 1)]
    [InlineData("พึงพอใจมากที่สุด", (int)LikertForm.Word, 5)]
    [InlineData("ความพึงพอใจน้อย", (int)LikertForm.Word, 2)]
    [InlineData("พึงพอใจ มาก ที่สุด", (int)LikertForm.Word, 5)]
    [InlineData("มาก\u200Bที่สุด", (int)LikertForm.Word, 5)]
    [InlineData("5 = มากที่สุด", (int)LikertForm.Labelled, 5)]
    [InlineData("5 (มากที่สุด)", (int)LikertForm.Labelled, 5)]
    [InlineData("(4) มาก", (int)LikertForm.Labelled, 4)]
    [InlineData("4. พึงพอใจมาก", (int)LikertForm.Labelled, 4)]
    [InlineData("มาก (4)", (int)LikertForm.Labelled, 4)]
    [InlineData("น้อยที่สุด - 1", (int)LikertForm.Labelled, 1)]
    [InlineData("", (int)LikertForm.Blank, 0)]
    [InlineData("  \t", (int)LikertForm.Blank, 0)]
    [InlineData("6", (int)LikertForm.OffScale, 0)]
    [InlineData("0", (int)LikertForm.OffScale, 0)]
    [InlineData("10", (int)LikertForm.OffScale, 0)]
    [InlineData("4.5", (int)LikertForm.OffScale, 0)]
    [InlineData("ดีมาก", (int)LikertForm.OffScale, 0)]
    [InlineData("ไม่พึงพอใจ", (int)LikertForm.OffScale, 0)]
    [InlineData("5 = มาก", (int)LikertForm.OffScale, 0)]
    [InlineData("(4) มากที่สุด", (int)LikertForm.OffScale, 0)]
    [InlineData("2024/03/05 9:41:12 AM GMT+7", (int)LikertForm.OffScale, 0)]
    [InlineData("TRUE", (int)LikertForm.OffScale, 0)]
    public void ReadsTheWaysFormsWriteAnAnswer(string cell, int form, int value)
    {
        Assert.Equal((LikertForm)form, LikertAnswer.Read(cell.AsSpan(), out var read));
        Assert.Equal(value, read);
    }

    [Fact]
    public void AnyTextIsBlankOffScaleOrAnAnswerOneToFive()
        => Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var form = LikertAnswer.Read((text ?? string.Empty).AsSpan(), out var value);
            return form is LikertForm.Blank or LikertForm.OffScale ? value == 0 : value is >= 1 and <= 5;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void EveryAnswerWrittenEveryWayReadsBackTheSame()
    {
        string[] words = ["น้อยที่สุด", "น้อย", "ปานกลาง", "มาก", "มากที่สุด"];
        for (var value = 1; value <= 5; value++)
        {
            var word = words[value - 1];
            foreach (var cell in new[] { $"{value}", word, "พึงพอใจ" + word, $"{value} {word}", $"{value} = พึงพอใจ{word}", $"{word} ({value})" })
            {
                LikertAnswer.Read(cell.AsSpan(), out var read);
                Assert.Equal(value, read);
            }
        }
    }
}
