namespace Participation.Governance.Announcements.Writing;

/// <summary>
/// The measurements of an announcement on the page, in the units Word stores (twips, 1/1440 inch; EMU, 1/360000 cm),
/// each given here in centimetres or points. docs/announcement-layout.md says where each value comes from: the
/// regulation on official correspondence where it fixes one, else the templates agencies use.
/// </summary>
internal static class AnnouncementLayout
{
    /// <summary>A4 (210 × 297 mm), the paper of official letters.</summary>
    public static readonly uint PageWidth = (uint)Twips(21.0);

    /// <summary>A4's height.</summary>
    public static readonly uint PageHeight = (uint)Twips(29.7);

    /// <summary>Top margin: 2.5 cm, where the text of every page after the first starts.</summary>
    public static readonly int TopMargin = Twips(2.5);

    /// <summary>Bottom margin: 2 cm.</summary>
    public static readonly int BottomMargin = Twips(2.0);

    /// <summary>Left margin: 3 cm, room for binding and for the punched holes of a file.</summary>
    public static readonly uint LeftMargin = (uint)Twips(3.0);

    /// <summary>Right margin: 2 cm.</summary>
    public static readonly uint RightMargin = (uint)Twips(2.0);

    /// <summary>Where the page number of pages 2 on stands: 1.25 cm from the top edge, half the top margin.</summary>
    public static readonly uint HeaderDistance = (uint)Twips(1.25);

    /// <summary>Footer distance: the announcement has no footer; Word's usual 1.25 cm.</summary>
    public static readonly uint FooterDistance = (uint)Twips(1.25);

    /// <summary>The width of the text between the margins: 16 cm.</summary>
    public static readonly int TextWidth = Twips(21.0 - 3.0 - 2.0);

    /// <summary>The Garuda's height: 3 cm, the larger of the regulation's two sizes, for announcements and external letters.</summary>
    public const long EmblemHeight = 3 * EmuPerCentimetre;

    /// <summary>The emblem's top edge: 1.5 cm below the top edge of the paper.</summary>
    public const long EmblemTop = 15 * EmuPerCentimetre / 10;

    /// <summary>The paragraph indent: 2.5 cm, where a paragraph's first line and a first-level clause number start.</summary>
    public static readonly int ParagraphIndent = Twips(2.5);

    /// <summary>The short rule centred under the subject line: 4 cm long, so 6 cm in from either margin.</summary>
    public static readonly int RuleIndent = (TextWidth - Twips(4.0)) / 2;

    /// <summary>Space after the rule before the opening paragraph: 6 pt.</summary>
    public const int RuleSpaceAfter = 6 * TwipsPerPoint;

    /// <summary>A blank line of 16-point text, left before the date line.</summary>
    public const int BlankLine = 16 * TwipsPerPoint;

    /// <summary>The space left above the signatory's name to sign in: three blank lines of 16-point text.</summary>
    public const int SignatureSpace = 3 * BlankLine;

    /// <summary>Where the date line starts: 5 cm from the left margin, two paragraph indents.</summary>
    public static readonly int DateIndent = Twips(5.0);

    /// <summary>The signature block is centred between this indent (6 cm from the left margin) and the right margin.</summary>
    public static readonly int SignatureIndent = Twips(6.0);

    /// <summary>The font size of the whole document: 16 pt, in half-points.</summary>
    public const int FontSizeHalfPoints = 32;

    /// <summary>
    /// Each clause level's indents: the number starts where the level above's text starts (the first level at the
    /// paragraph indent), and the text, with the lines it wraps to, at <see cref="ClauseLevel.TextStart"/>.
    /// </summary>
    public static readonly ClauseLevel[] ClauseLevels =
    [
        new(ParagraphIndent, Twips(3.25)),
        new(Twips(3.25), Twips(4.5)),
        new(Twips(4.5), Twips(6.0)),
    ];

    private const long EmuPerCentimetre = 360_000;

    private const int TwipsPerPoint = 20;

    /// <summary>The twips nearest a length in centimetres.</summary>
    private static int Twips(double centimetres) => (int)Math.Round(centimetres * 1440 / 2.54);

    /// <summary>Where a clause level's number and text start, in twips from the left margin.</summary>
    internal readonly struct ClauseLevel(int numberStart, int textStart)
    {
        /// <summary>Gets where the number starts.</summary>
        public int NumberStart { get; } = numberStart;

        /// <summary>Gets where the text and its wrapped lines start.</summary>
        public int TextStart { get; } = textStart;

        /// <summary>Gets the hanging indent: how far the number stands out to the left of the text.</summary>
        public int Hanging => TextStart - NumberStart;
    }
}
