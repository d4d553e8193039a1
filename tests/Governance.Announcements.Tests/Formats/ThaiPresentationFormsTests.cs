using System.Text;
using Participation.Governance.Announcements.Reading;

namespace Participation.Governance.Announcements.Tests.Formats;

/// <summary>What Thai fonts and PDF writers do to the characters of a text layer is undone.</summary>
public sealed class ThaiPresentationFormsTests
{
    [Theory]
    [InlineData("\uF700", "ฐ")]
    [InlineData("\uF70F", "ญ")]
    [InlineData("ก\uF70A", "ก่")]
    [InlineData("ป\uF713", "ป่")]
    [InlineData("ป\uF701\uF713", "ปิ่")]
    [InlineData("ป\uF705", "ป่")]
    [InlineData("ฎ\uF718", "ฎุ")]
    [InlineData("ป\uF710\uF714", "ปั้")]
    [InlineData("ก\uF88B", "ก่")]
    [InlineData("ป\uF899", "ปํ")]
    public void Private_use_forms_of_thai_fonts_are_the_characters_they_draw(string drawn, string typed)
        => Assert.Equal(typed, Standard(drawn));

    [Theory]
    [InlineData("ส\u0E4D\u0E32นัก", "สำนัก")]
    [InlineData("น\u0E4D\u0E49\u0E32", "น้ำ")]
    [InlineData("ส\u0E33\u0E32นัก", "สำนัก")]
    [InlineData("พ\u0E49\u0E37น", "พื้น")]
    [InlineData("ผ\u0E49\u0E39", "ผู้")]
    public void Sara_am_is_one_character_and_a_tone_mark_follows_its_vowel(string drawn, string typed)
        => Assert.Equal(typed, Standard(drawn));

    [Fact]
    public void Every_form_in_both_tables_is_a_thai_character()
    {
        for (var c = '\uF700'; c <= '\uF71A'; c++)
        {
            Assert.InRange(ThaiPresentationForms.ToStandard(c), '\u0E01', '\u0E4E');
        }

        for (var c = '\uF884'; c <= '\uF89E'; c++)
        {
            Assert.InRange(ThaiPresentationForms.ToStandard(c), '\u0E01', '\u0E4E');
        }

        Assert.Equal('\uF71B', ThaiPresentationForms.ToStandard('\uF71B'));
        Assert.Equal('ก', ThaiPresentationForms.ToStandard('ก'));
    }

    [Fact]
    public void Undoing_leaves_no_presentation_form_and_is_idempotent()
    {
        var thaiAndForms = Gen.OneOf(Gen.Choose(0x0E01, 0x0E5B), Gen.Choose(0xF700, 0xF71A), Gen.Choose(0xF884, 0xF89E), Gen.Constant(0x20))
            .Select(c => (char)c).ArrayOf().Select(chars => new string(chars));

        Prop.ForAll(thaiAndForms.ToArbitrary(), text =>
        {
            var once = Standard(text);
            return !once.Any(c => c is >= '\uF700' and <= '\uF71A' or >= '\uF884' and <= '\uF89E') && Standard(once) == once;
        }).QuickCheckThrowOnFailure();
    }

    private static string Standard(string text)
    {
        var builder = new StringBuilder();
        ThaiPresentationForms.AppendStandard(builder, text);
        return builder.ToString();
    }
}
