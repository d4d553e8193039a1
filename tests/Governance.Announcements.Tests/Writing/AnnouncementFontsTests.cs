using Participation.Governance.Announcements.Writing;

namespace Participation.Governance.Announcements.Tests.Writing;

public sealed class AnnouncementFontsTests
{
    [Theory]
    [InlineData(AnnouncementFont.ThSarabunNew, "TH Sarabun New")]
    [InlineData(AnnouncementFont.ThSarabunPsk, "TH SarabunPSK")]
    [InlineData(AnnouncementFont.ThSarabunIT9, "TH SarabunIT๙")]
    public void Every_font_has_its_family_name_and_reads_back_from_it(AnnouncementFont font, string name)
    {
        Assert.Equal(name, font.GetFamilyName());
        Assert.Equal(font, AnnouncementFonts.Parse(name).Value);
    }

    [Theory]
    [InlineData("th sarabunpsk", AnnouncementFont.ThSarabunPsk)]
    [InlineData("sarabun-psk", AnnouncementFont.ThSarabunPsk)]
    [InlineData("PSK", AnnouncementFont.ThSarabunPsk)]
    [InlineData("TH SarabunIT9", AnnouncementFont.ThSarabunIT9)]
    [InlineData("it9", AnnouncementFont.ThSarabunIT9)]
    [InlineData("THSarabunNew", AnnouncementFont.ThSarabunNew)]
    [InlineData("new", AnnouncementFont.ThSarabunNew)]
    public void What_a_user_types_is_read_without_regard_to_case_spaces_or_the_TH(string text, AnnouncementFont font)
        => Assert.Equal(font, AnnouncementFonts.Parse(text).Value);

    [Theory]
    [InlineData("Angsana New")]
    [InlineData("")]
    [InlineData("TH Sarabun")]
    public void Other_names_are_a_failure_naming_the_fonts_there_are(string text)
    {
        var outcome = AnnouncementFonts.Parse(text);

        Assert.False(outcome.Success);
        Assert.Contains("expected TH Sarabun New, TH SarabunPSK or TH SarabunIT๙", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_font_is_a_programming_error()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ((AnnouncementFont)7).GetFamilyName());
}
