using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Writing;

/// <summary>The family names of <see cref="AnnouncementFont"/>s, and reading one from what a user types.</summary>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class AnnouncementFonts
{
    /// <summary>Gets the font family name a Word document names, e.g. "TH SarabunPSK".</summary>
    /// <param name="font">The font.</param>
    /// <returns>The family name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="font"/> is not defined.</exception>
    public static string GetFamilyName(this AnnouncementFont font) => font switch
    {
        AnnouncementFont.ThSarabunNew => "TH Sarabun New",
        AnnouncementFont.ThSarabunPsk => "TH SarabunPSK",
        AnnouncementFont.ThSarabunIT9 => "TH SarabunIT๙",
        _ => throw new ArgumentOutOfRangeException(nameof(font), font, $"{(int)font} is not an announcement font."),
    };

    /// <summary>
    /// Reads a font from its family name as a user types it: case, spaces and hyphens do not matter, the "TH" may be left
    /// out and ๙ may be typed 9 ("TH SarabunPSK", "sarabun-psk", "psk", "TH SarabunIT9", "it9", "new").
    /// </summary>
    /// <param name="text">The name.</param>
    /// <returns>The font; or a failure naming the fonts there are.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<AnnouncementFont> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var key = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_').Select(c => c == '๙' ? '9' : char.ToLowerInvariant(c)).ToArray());
        if (key.StartsWith("th", StringComparison.Ordinal))
        {
            key = key.Substring(2);
        }

        if (key.StartsWith("sarabun", StringComparison.Ordinal))
        {
            key = key.Substring("sarabun".Length);
        }

        return key switch
        {
            "new" => ParseOutcome<AnnouncementFont>.ForValue(AnnouncementFont.ThSarabunNew),
            "psk" => ParseOutcome<AnnouncementFont>.ForValue(AnnouncementFont.ThSarabunPsk),
            "it9" => ParseOutcome<AnnouncementFont>.ForValue(AnnouncementFont.ThSarabunIT9),
            _ => ParseOutcome<AnnouncementFont>.ForFailure($"'{text}' is not an announcement font: expected TH Sarabun New, TH SarabunPSK or TH SarabunIT๙.", 0),
        };
    }
}
