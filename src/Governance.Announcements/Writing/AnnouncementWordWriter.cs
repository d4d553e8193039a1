using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Measures;
using Participation.Governance.ThaiFormatting.Numerals;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Participation.Governance.Announcements.Writing;

/// <summary>
/// Writes a <see cref="Measure"/> as a Thai announcement (ประกาศ) in a Word document (.docx), in the layout of the
/// regulation on official correspondence (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ) and the templates agencies use.
/// </summary>
/// <remarks>
/// <para>
/// The page is A4 with margins of 2.5 cm (top), 2 cm (bottom), 3 cm (left) and 2 cm (right). The Garuda emblem stands
/// 3 cm tall at the top centre, 1.5 cm below the paper's edge (an empty frame of that size when no image is given, for
/// the agency to put its own in with Word's Change Picture); under it, centred and bold, "ประกาศ&lt;agency&gt;" and
/// "เรื่อง &lt;title&gt;", and a short rule. The opening paragraph and "จึงประกาศให้ทราบโดยทั่วกัน" are indented
/// 2.5 cm; the clauses are Word's own automatic numbering (one list, "๑." then "๑.๑"), each level with a hanging indent
/// so that wrapped lines align with the clause's text; the date line and the signature block (the name in parentheses,
/// the position under it) stand to the right, kept on one page with the closing. Everything is 16 pt in the chosen TH
/// Sarabun font, justified with Word's Thai distributed justification; pages after the first carry their number, "- ๒ -",
/// at the top centre. Each part is a named paragraph style, so a clerk can adjust the layout the Word way.
/// docs/announcement-layout.md lists every value and where it comes from.
/// </para>
/// <para>
/// The words are those of <see cref="AnnouncementWriter"/>'s plain text, paragraph for paragraph: the text
/// <see cref="WordTextReader"/> reads from the document has the plain text's lines, less its blank lines. So
/// <see cref="AnnouncementReader"/> reads the document back to the same measure and the same findings, under the same
/// conditions <see cref="AnnouncementWriter"/> states.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class AnnouncementWordWriter
{
    /// <summary>The style ids of the document's paragraph styles, in the order their paragraphs come.</summary>
    internal const string HeadingStyle = "AnnouncementHeading";
    internal const string SubjectStyle = "AnnouncementSubject";
    internal const string RuleStyle = "AnnouncementRule";
    internal const string BodyStyle = "AnnouncementBody";
    internal const string ClauseStyle = "AnnouncementClause";
    internal const string ClosingStyle = "AnnouncementClosing";
    internal const string DateStyle = "AnnouncementDate";
    internal const string SignatoryStyle = "AnnouncementSignatory";
    internal const string PositionStyle = "AnnouncementPosition";

    /// <summary>The one numbering instance every clause belongs to.</summary>
    internal const int ClauseNumberingId = 1;

    private const int ClauseAbstractNumberingId = 0;

    // A transparent pixel: the empty frame is a picture of it with a dashed outline, so that Word's Change Picture puts
    // the agency's emblem in at the frame's place and size.
    private const string EmptyFrameImage = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR42mNgAAIAAAUAAen63NgAAAAASUVORK5CYII=";

    /// <summary>Writes a measure as an announcement in a Word document.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="docx">Where to write the .docx file, from its current position; left open. It need not seek.</param>
    /// <param name="options">Signatory, digits, font and emblem; <see cref="AnnouncementWordOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> or <paramref name="docx"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="docx"/> cannot be written.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options name an undefined digit style or font.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Write(Measure measure, Stream docx, AnnouncementWordOptions? options = null)
    {
        Preconditions.CheckNotNull(measure);
        Preconditions.CheckNotNull(docx);
        Preconditions.CheckArgument(docx.CanWrite, nameof(docx), "The stream must be writable.");
        options ??= AnnouncementWordOptions.Default;
        AnnouncementContent.CheckDigits(options.Digits, nameof(options));
        var font = options.Font.GetFamilyName();

        // The package is built in memory: the packaging layer needs a stream it can seek and read back, and the caller's
        // (standard output, a response body) may be neither.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var content = AnnouncementContent.Compose(measure, options.Signatory, options.Position, options.Digits, markdown: false);
            new Builder(document, content, font, options).Build();
        }

        buffer.Position = 0;
        buffer.CopyTo(docx);
    }

    /// <summary>Builds the parts of one document.</summary>
    private sealed class Builder(WordprocessingDocument document, AnnouncementContent content, string font, AnnouncementWordOptions options)
    {
        private readonly MainDocumentPart _main = document.AddMainDocumentPart();

        public void Build()
        {
            var package = document.PackageProperties;
            package.Title = XmlText(content.Subject);
            package.Subject = XmlText(content.Heading);
            package.Language = "th-TH";

            AddStyles();
            AddNumbering();
            AddSettings();

            var body = new Body(
                Paragraph(HeadingStyle, Emblem(), TextRun(content.Heading)),
                Paragraph(SubjectStyle, TextRun(content.Subject)),
                Paragraph(RuleStyle),
                Paragraph(BodyStyle, TextRun(content.Opening)));
            foreach (var clause in content.Clauses)
            {
                var properties = new ParagraphProperties(
                    new ParagraphStyleId { Val = ClauseStyle },
                    new NumberingProperties(new NumberingLevelReference { Val = clause.Number.Depth - 1 }, new NumberingId { Val = ClauseNumberingId }));
                body.Append(new Paragraph(properties, TextRun(clause.Text)));
            }

            body.Append(
                Paragraph(ClosingStyle, TextRun(AnnouncementContent.Closing)),
                Paragraph(DateStyle, TextRun(content.DateLine)),
                Paragraph(SignatoryStyle, TextRun(content.SignatoryLine)),
                Paragraph(PositionStyle, TextRun(content.PositionLine)),
                Section());
            _main.Document = new Document(body);
        }

        private static Paragraph Paragraph(string style, params OpenXmlElement[] children)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            paragraph.Append(children);
            return paragraph;
        }

        private static Run TextRun(string text)
        {
            text = XmlText(text);
            var run = new WordText(text);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1])))
            {
                run.Space = SpaceProcessingModeValues.Preserve;
            }

            return new Run(run);
        }

        /// <summary>The styles: the font and size for everything (document defaults), then one paragraph style per part.</summary>
        private void AddStyles()
        {
            var part = _main.AddNewPart<StyleDefinitionsPart>();
            var fonts = new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };
            part.Styles = new Styles(
                new DocDefaults(
                    new RunPropertiesDefault(new RunPropertiesBaseStyle(
                        fonts,
                        new FontSize { Val = AnnouncementLayout.FontSizeHalfPoints.ToString(CultureInfo.InvariantCulture) },
                        new FontSizeComplexScript { Val = AnnouncementLayout.FontSizeHalfPoints.ToString(CultureInfo.InvariantCulture) },
                        new Languages { Val = "th-TH", EastAsia = "th-TH", Bidi = "th-TH" })),
                    new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                        new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
                new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                ParagraphStyle(HeadingStyle, "Announcement Heading", SubjectStyle, Bold(), new KeepNext(), new Justification { Val = JustificationValues.Center }),
                ParagraphStyle(SubjectStyle, "Announcement Subject", RuleStyle, Bold(), new KeepNext(), new Justification { Val = JustificationValues.Center }),
                ParagraphStyle(
                    RuleStyle,
                    "Announcement Rule",
                    BodyStyle,
                    null,
                    new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 1U, Color = "auto" }),
                    new SpacingBetweenLines { After = Twips(AnnouncementLayout.RuleSpaceAfter) },
                    new Indentation { Left = Twips(AnnouncementLayout.RuleIndent), Right = Twips(AnnouncementLayout.RuleIndent) }),
                ParagraphStyle(
                    BodyStyle,
                    "Announcement Body",
                    BodyStyle,
                    null,
                    new Indentation { FirstLine = Twips(AnnouncementLayout.ParagraphIndent) },
                    new Justification { Val = JustificationValues.ThaiDistribute }),
                ParagraphStyle(ClauseStyle, "Announcement Clause", ClauseStyle, null, new Justification { Val = JustificationValues.ThaiDistribute }),
                ParagraphStyle(
                    ClosingStyle,
                    "Announcement Closing",
                    DateStyle,
                    null,
                    new KeepNext(),
                    new Indentation { FirstLine = Twips(AnnouncementLayout.ParagraphIndent) }),
                ParagraphStyle(
                    DateStyle,
                    "Announcement Date",
                    SignatoryStyle,
                    null,
                    new KeepNext(),
                    new SpacingBetweenLines { Before = Twips(AnnouncementLayout.BlankLine) },
                    new Indentation { Left = Twips(AnnouncementLayout.DateIndent) }),
                ParagraphStyle(
                    SignatoryStyle,
                    "Announcement Signatory",
                    PositionStyle,
                    null,
                    new KeepNext(),
                    new SpacingBetweenLines { Before = Twips(AnnouncementLayout.SignatureSpace) },
                    new Indentation { Left = Twips(AnnouncementLayout.SignatureIndent) },
                    new Justification { Val = JustificationValues.Center }),
                ParagraphStyle(
                    PositionStyle,
                    "Announcement Position",
                    BodyStyle,
                    null,
                    new Indentation { Left = Twips(AnnouncementLayout.SignatureIndent) },
                    new Justification { Val = JustificationValues.Center }),
                ParagraphStyle("Header", "header", "Header", null, new Justification { Val = JustificationValues.Center }));
        }

        private static StyleRunProperties Bold() => new(new Bold(), new BoldComplexScript());

        /// <summary>A paragraph style based on Normal; <paramref name="properties"/> in the schema's order.</summary>
        private static Style ParagraphStyle(string id, string name, string next, StyleRunProperties? run, params OpenXmlElement[] properties)
        {
            var style = new Style(
                new StyleName { Val = name },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = next },
                new PrimaryStyle(),
                new StyleParagraphProperties(properties))
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
                CustomStyle = id.StartsWith("Announcement", StringComparison.Ordinal),
            };
            if (run is not null)
            {
                style.Append(run);
            }

            return style;
        }

        /// <summary>
        /// One multilevel list for the clauses: "%1." then "%1.%2" (then "%1.%2.%3" for a clerk who adds a level), in Thai
        /// numbers or decimal, each level's number followed by a tab to its hanging indent.
        /// </summary>
        private void AddNumbering()
        {
            var format = options.Digits == DigitStyle.Thai ? NumberFormatValues.ThaiNumbers : NumberFormatValues.Decimal;
            var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = ClauseAbstractNumberingId };
            for (var level = 0; level < AnnouncementLayout.ClauseLevels.Length; level++)
            {
                var indents = AnnouncementLayout.ClauseLevels[level];
                var numbers = string.Join(".", Enumerable.Range(1, level + 1).Select(l => "%" + l.ToString(CultureInfo.InvariantCulture)));
                abstractNum.Append(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = format },
                    new LevelText { Val = level == 0 ? numbers + "." : numbers },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(
                        new Tabs(new TabStop { Val = TabStopValues.Number, Position = indents.TextStart }),
                        new Indentation { Left = Twips(indents.TextStart), Hanging = Twips(indents.Hanging) }))
                {
                    LevelIndex = level,
                });
            }

            var part = _main.AddNewPart<NumberingDefinitionsPart>();
            part.Numbering = new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = ClauseAbstractNumberingId }) { NumberID = ClauseNumberingId });
        }

        /// <summary>Settings: open in Word's current mode (not compatibility mode), tabs every half paragraph indent.</summary>
        private void AddSettings()
        {
            var part = _main.AddNewPart<DocumentSettingsPart>();
            part.Settings = new Settings(
                new DefaultTabStop { Val = (short)(AnnouncementLayout.ParagraphIndent / 2) },
                new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }));
        }

        /// <summary>A4, the margins, Thai or Arabic page numbers "- ๒ -" at the top centre from the second page on.</summary>
        private SectionProperties Section()
        {
            var header = _main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Header" }),
                TextRun("- "),
                new SimpleField(TextRun(ThaiDigits.Format(2, options.Digits))) { Instruction = " PAGE " },
                TextRun(" -")));
            // With a title page and no first-page header, the first section's first page gets a blank one (ECMA-376 Part 1,
            // headerReference): the number starts on page 2, and page 1 needs no part of its own.
            return new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = _main.GetIdOfPart(header) },
                new PageSize { Width = AnnouncementLayout.PageWidth, Height = AnnouncementLayout.PageHeight },
                new PageMargin
                {
                    Top = AnnouncementLayout.TopMargin,
                    Bottom = AnnouncementLayout.BottomMargin,
                    Left = AnnouncementLayout.LeftMargin,
                    Right = AnnouncementLayout.RightMargin,
                    Header = AnnouncementLayout.HeaderDistance,
                    Footer = AnnouncementLayout.FooterDistance,
                    Gutter = 0U,
                },
                new PageNumberType { Format = options.Digits == DigitStyle.Thai ? NumberFormatValues.ThaiNumbers : NumberFormatValues.Decimal },
                new TitlePage());
        }

        /// <summary>
        /// The emblem, or the empty frame, as a picture floating at the top centre of the first page, text kept below it:
        /// horizontally centred between the margins (over the centred heading), its top a fixed distance from the paper's edge.
        /// </summary>
        private Run Emblem()
        {
            var emblem = options.Emblem;
            var image = _main.AddImagePart(emblem?.ContentType ?? "image/png");
            using (var data = new MemoryStream(emblem is null ? Convert.FromBase64String(EmptyFrameImage) : emblem.Image.ToArray(), writable: false))
            {
                image.FeedData(data);
            }

            var height = AnnouncementLayout.EmblemHeight;
            var width = emblem is null ? height : height * emblem.PixelWidth / emblem.PixelHeight;
            var maxWidth = AnnouncementLayout.TextWidth * 635L;
            if (width > maxWidth)
            {
                height = height * maxWidth / width;
                width = maxWidth;
            }

            var shape = new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle });
            if (emblem is null)
            {
                shape.Append(new A.Outline(
                    new A.SolidFill(new A.RgbColorModelHex { Val = "808080" }),
                    new A.PresetDash { Val = A.PresetLineDashValues.Dash })
                { Width = 9525 });
            }

            const string Name = "ตราครุฑ";
            var picture = new Pic.Picture(
                new Pic.NonVisualPictureProperties(
                    new Pic.NonVisualDrawingProperties { Id = 0U, Name = Name },
                    new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = _main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                shape);
            var anchor = new Dw.Anchor(
                new Dw.SimplePosition { X = 0L, Y = 0L },
                new Dw.HorizontalPosition(new Dw.HorizontalAlignment("center")) { RelativeFrom = Dw.HorizontalRelativePositionValues.Margin },
                new Dw.VerticalPosition(new Dw.PositionOffset(AnnouncementLayout.EmblemTop.ToString(CultureInfo.InvariantCulture))) { RelativeFrom = Dw.VerticalRelativePositionValues.Page },
                new Dw.Extent { Cx = width, Cy = height },
                new Dw.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new Dw.WrapTopBottom(),
                new Dw.DocProperties { Id = 1U, Name = Name, Description = emblem is null ? "กรอบสำหรับตราครุฑ" : Name },
                new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
                SimplePos = false,
                RelativeHeight = 1U,
                BehindDoc = false,
                Locked = true,
                LayoutInCell = true,
                AllowOverlap = false,
            };
            return new Run(new Drawing(anchor));
        }

        /// <summary>
        /// A text as XML 1.0 can carry it: a lone surrogate or U+FFFE / U+FFFF (which a measure read from JSON may hold)
        /// becomes U+FFFD instead of failing the whole document.
        /// </summary>
        private static string XmlText(string text)
        {
            StringBuilder? replaced = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    replaced?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                var carried = !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && (c >= ' ' || c is '\t' or '\n' or '\r');
                if (!carried && replaced is null)
                {
                    replaced = new StringBuilder(text.Length).Append(text, 0, i);
                }

                replaced?.Append(carried ? c : '\uFFFD');
            }

            return replaced?.ToString() ?? text;
        }

        private static string Twips(int twips) => twips.ToString(CultureInfo.InvariantCulture);
    }
}
