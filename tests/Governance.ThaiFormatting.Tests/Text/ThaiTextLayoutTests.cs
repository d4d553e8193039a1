using Participation.Governance.ThaiFormatting.Text;

namespace Participation.Governance.ThaiFormatting.Tests.Text;

public sealed class ThaiTextLayoutTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("question", 8)]
    [InlineData("ที่นี่", 2)]
    [InlineData("ความพึงพอใจ", 10)]
    [InlineData("กล่อง\u200Bรับ", 6)]
    [InlineData("น้ำ", 2)]
    public void Marks_above_and_below_and_invisible_characters_take_no_column(string text, int columns)
        => Assert.Equal(columns, ThaiTextLayout.GetDisplayWidth(text));

    [Fact]
    public void Padding_brings_any_text_to_the_width_asked_and_never_cuts()
        => Prop.ForAll(
            Gen.Elements("ก", "่", "ิ", "a", " ", "\u200B", "๑", "ำ").ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            Gen.Choose(0, 40).ToArbitrary(),
            (text, columns) =>
            {
                var padded = ThaiTextLayout.PadRight(text, columns);
                return padded.StartsWith(text, StringComparison.Ordinal)
                    && ThaiTextLayout.GetDisplayWidth(padded) == Math.Max(columns, ThaiTextLayout.GetDisplayWidth(text));
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_line_break_is_padded_as_a_space_so_a_row_stays_one_row()
        => Assert.Equal("ก ข  ", ThaiTextLayout.PadRight("ก\nข", 5));
}
