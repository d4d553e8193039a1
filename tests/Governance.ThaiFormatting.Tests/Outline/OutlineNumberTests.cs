using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Outline;

namespace Participation.Governance.ThaiFormatting.Tests.Outline;

public sealed class OutlineNumberTests
{
    private static readonly Arbitrary<OutlineNumber> Numbers = Gen.Choose(1, 6)
        .SelectMany(depth => Gen.OneOf(Gen.Choose(1, 12), Gen.Choose(1, int.MaxValue)).ArrayOf(depth))
        .Select(levels => new OutlineNumber(levels))
        .ToArbitrary();

    private static readonly Arbitrary<OutlineNumberStyle> Styles = Gen.Elements(OutlineNumberStyle.Dotted, OutlineNumberStyle.Parenthesis, OutlineNumberStyle.Enclosed).ToArbitrary();

    [Theory]
    [InlineData(new[] { 1 }, OutlineNumberStyle.Dotted, DigitStyle.Thai, "๑.")]
    [InlineData(new[] { 1, 1 }, OutlineNumberStyle.Dotted, DigitStyle.Thai, "๑.๑")]
    [InlineData(new[] { 1, 1, 2 }, OutlineNumberStyle.Dotted, DigitStyle.Thai, "๑.๑.๒")]
    [InlineData(new[] { 1 }, OutlineNumberStyle.Parenthesis, DigitStyle.Thai, "๑)")]
    [InlineData(new[] { 1 }, OutlineNumberStyle.Enclosed, DigitStyle.Thai, "(๑)")]
    [InlineData(new[] { 2, 10 }, OutlineNumberStyle.Enclosed, DigitStyle.Thai, "(๒.๑๐)")]
    [InlineData(new[] { 12 }, OutlineNumberStyle.Dotted, DigitStyle.Arabic, "12.")]
    [InlineData(new[] { 3, 4 }, OutlineNumberStyle.Parenthesis, DigitStyle.Arabic, "3.4)")]
    public void Formats_the_forms_announcements_use(int[] levels, OutlineNumberStyle style, DigitStyle digits, string expected)
        => Assert.Equal(expected, new OutlineNumber(levels).Format(style, digits));

    [Theory]
    [InlineData("๑.", new[] { 1 })]
    [InlineData("๑", new[] { 1 })]
    [InlineData(" ๑.๑ ", new[] { 1, 1 })]
    [InlineData("๑.๑.๒.", new[] { 1, 1, 2 })]
    [InlineData("๒)", new[] { 2 })]
    [InlineData("(๓)", new[] { 3 })]
    [InlineData("10.2", new[] { 10, 2 })]
    [InlineData("๑.2", new[] { 1, 2 })]
    public void Parses_Thai_and_Arabic_forms(string text, int[] levels)
    {
        var result = OutlineNumber.Parse(text);

        Assert.True(result.Success, result.Message);
        Assert.Equal(levels, result.Value.ToArray());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("๐.", "1 or more")]
    [InlineData("ก.", "Expected a digit")]
    [InlineData("(๑", "Expected ')'")]
    [InlineData("๑..๒", "Expected the end")]
    [InlineData("๑.๑ ข้อ", "Expected the end")]
    [InlineData("99999999999", "too large")]
    [InlineData("1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", "at most 16 levels")]
    public void Parse_failures_say_what_was_expected(string text, string fragment)
    {
        var result = OutlineNumber.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(fragment, result.Message, StringComparison.Ordinal);
        Assert.False(OutlineNumber.TryParse(text, out _));
    }

    [Fact]
    public void Format_then_parse_is_the_identity_in_every_style_and_digit_style()
        => Prop.ForAll(Numbers, Styles, (number, style) =>
            OutlineNumber.Parse(number.Format(style, DigitStyle.Thai)).Value == number
            && OutlineNumber.Parse(number.Format(style, DigitStyle.Arabic)).Value == number)
            .QuickCheckThrowOnFailure();

    [Fact]
    public void TryFormat_agrees_with_Format_and_refuses_a_short_span()
        => Prop.ForAll(Numbers, Styles, (number, style) =>
        {
            var expected = number.Format(style, DigitStyle.Thai);
            var buffer = new char[expected.Length];
            var fits = number.TryFormat(buffer, out var written, style, DigitStyle.Thai);
            var tooShort = number.TryFormat(new char[expected.Length - 1], out var none, style, DigitStyle.Thai);
            return fits && new string(buffer, 0, written) == expected && !tooShort && none == 0;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Parsing_arbitrary_text_never_throws()
    {
        var text = Gen.Elements("๑", "1", "0", ".", "(", ")", " ", "ก", "9999999999", "\u200B").ListOf().Select(string.Concat).ToArbitrary();

        Prop.ForAll(text, t => OutlineNumber.Parse(t).Success == OutlineNumber.TryParse(t, out _)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Ordering_is_reading_order_and_agrees_with_equality()
    {
        Assert.True(new OutlineNumber(1) < new OutlineNumber(1, 1));
        Assert.True(new OutlineNumber(1, 1) < new OutlineNumber(1, 1, 2));
        Assert.True(new OutlineNumber(1, 1, 2) < new OutlineNumber(1, 2));
        Assert.True(new OutlineNumber(1, 2) < new OutlineNumber(2));
        Assert.True(new OutlineNumber(2) < new OutlineNumber(10));
        Prop.ForAll(Numbers, Numbers, (a, b) =>
            Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
            && (a.CompareTo(b) == 0) == (a == b)
            && (a == b) == a.Equals((object)b)
            && (a != b || a.GetHashCode() == b.GetHashCode()))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Family_relations()
    {
        var number = new OutlineNumber(1, 1, 2);

        Assert.Equal(3, number.Depth);
        Assert.Equal(2, number.Number);
        Assert.Equal(new OutlineNumber(1, 1), number.Parent);
        Assert.Null(new OutlineNumber(4).Parent);
        Assert.Equal(new OutlineNumber(1, 1, 3), number.NextSibling());
        Assert.Equal(new OutlineNumber(1, 1, 2, 1), number.Child(1));
        Assert.True(new OutlineNumber(1).IsAncestorOf(number));
        Assert.False(number.IsAncestorOf(number));
        Assert.False(new OutlineNumber(2).IsAncestorOf(number));
        Prop.ForAll(Numbers, n => n.Child(3).Parent == n && n.NextSibling() > n && n.IsAncestorOf(n.Child(1))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Numbers_held_compactly_and_numbers_held_as_arrays_behave_alike()
    {
        // Depths around four levels and levels around 65,535: where the compact form gives way to an array.
        var levels = Gen.Choose(1, 6).SelectMany(depth => Gen.Elements(1, 2, 65_534, 65_535, 65_536, 65_537, int.MaxValue).ArrayOf(depth));
        Prop.ForAll(levels.ToArbitrary(), levels.ToArbitrary(), (a, b) =>
        {
            var x = new OutlineNumber(a);
            var y = new OutlineNumber(b);
            var text = x.Format(OutlineNumberStyle.Dotted, DigitStyle.Arabic);
            return x.ToArray().SequenceEqual(a)
                && x.Depth == a.Length
                && x.Number == a[^1]
                && OutlineNumber.Parse(text).Value == x
                && (x == y) == a.SequenceEqual(b)
                && (x.GetHashCode() == y.GetHashCode() || x != y)
                && (x.Parent?.ToArray() ?? []).SequenceEqual(a.Length > 1 ? a[..^1] : [])
                && x.Child(65_536).Parent == x;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_default_value_is_the_first_number()
    {
        Assert.Equal(new OutlineNumber(1), default);
        Assert.Equal(OutlineNumber.First, default);
        Assert.Equal("1.", default(OutlineNumber).ToString());
        Assert.Equal(1, default(OutlineNumber)[0]);
    }

    [Fact]
    public void The_levels_are_copied_so_the_value_cannot_change()
    {
        var levels = new[] { 1, 2 };
        var number = new OutlineNumber(levels);
        levels[0] = 9;
        number.ToArray()[1] = 9;

        Assert.Equal(new OutlineNumber(1, 2), number);
    }

    [Fact]
    public void Bad_arguments_are_programming_errors()
    {
        Assert.Throws<ArgumentNullException>(() => new OutlineNumber(null!));
        Assert.Throws<ArgumentException>(() => new OutlineNumber(Array.Empty<int>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutlineNumber(1, 0));
        Assert.Throws<ArgumentException>(() => new OutlineNumber(new int[OutlineNumber.MaxDepth + 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutlineNumber(1)[1]);
        Assert.Throws<InvalidOperationException>(() => new OutlineNumber(int.MaxValue).NextSibling());
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutlineNumber(1).Format((OutlineNumberStyle)7));
        Assert.Throws<ArgumentException>(() => ((IComparable)new OutlineNumber(1)).CompareTo("1"));
        Assert.Equal(1, ((IComparable)new OutlineNumber(1)).CompareTo(null));
    }
}
