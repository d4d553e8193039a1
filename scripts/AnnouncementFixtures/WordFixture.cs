using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Governance.ThaiFormatting.Outline;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Participation.Governance.AnnouncementFixtures;

/// <summary>
/// Writes an announcement's text as a Word document the way an agency's clerk would have typed it: TH SarabunPSK 16 pt on
/// A4, clause numbers as Word's automatic numbering (not typed), page numbers "- ๒ -" in the header from page 2.
/// </summary>
/// <remarks>
/// A line starting with a clause number becomes a paragraph of a numbered list: one abstract list per numbering style
/// and digit style, a level per depth (<c>%1.</c>, <c>%1.%2</c>, <c>(%1)</c> …). When the number written is not the one
/// Word would count next, the paragraph starts a new list instance whose <c>w:startOverride</c> makes Word show the
/// number written. Lines with a bullet before the number ("- ๒.๑") keep the number typed, as clerks type them.
/// </remarks>
internal static class WordFixture
{
    private const string Font = "TH SarabunPSK";
    private const int MaxLevels = 3;

    public static void Write(string text, string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var lists = new Lists(main.AddNewPart<NumberingDefinitionsPart>());
        var body = new Body();
        foreach (var raw in text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            body.Append(Paragraph(raw, lists));
        }

        lists.Save();
        body.Append(Section(main));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Paragraph(string line, Lists lists)
    {
        var trimmed = line.TrimStart();
        if (OutlineNumber.TryReadClauseNumber(trimmed.AsSpan(), out var number, out var style, out var length) && number.Depth <= MaxLevels)
        {
            var thaiDigits = trimmed[0] is >= '๐' and <= '๙';
            var numId = lists.NumberFor(number, style, thaiDigits);
            var properties = new ParagraphProperties(
                new NumberingProperties(new NumberingLevelReference { Val = number.Depth - 1 }, new NumberingId { Val = numId }));
            return new Paragraph(properties, Run(trimmed.Substring(length).TrimStart()));
        }

        return line.Length == 0 ? new Paragraph() : new Paragraph(Run(line));
    }

    private static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "32" },
                    new FontSizeComplexScript { Val = "32" },
                    new Languages { Val = "th-TH", Bidi = "th-TH" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        part.Styles.Save();
    }

    /// <summary>A4, the margins of official letters, Thai page numbers, a header from the second page on.</summary>
    private static SectionProperties Section(MainDocumentPart main)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Run("- "),
            new SimpleField(Run("1")) { Instruction = " PAGE " },
            Run(" -")));
        header.Header.Save();
        var firstHeader = main.AddNewPart<HeaderPart>();
        firstHeader.Header = new Header(new Paragraph());
        firstHeader.Header.Save();
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstHeader) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1418, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U },
            new PageNumberType { Format = NumberFormatValues.ThaiNumbers },
            new TitlePage());
    }

    /// <summary>The numbering part: abstract lists made as they are needed, and list instances that restart them.</summary>
    private sealed class Lists(NumberingDefinitionsPart part)
    {
        private readonly List<AbstractNum> _abstracts = [];
        private readonly List<NumberingInstance> _instances = [];
        private readonly Dictionary<(OutlineNumberStyle, bool), (int AbstractId, int NumId, int[] Counters)> _current = [];

        public int NumberFor(OutlineNumber number, OutlineNumberStyle style, bool thaiDigits)
        {
            if (!_current.TryGetValue((style, thaiDigits), out var list))
            {
                var abstractId = _abstracts.Count + 1;
                _abstracts.Add(Abstract(abstractId, style, thaiDigits));
                list = (abstractId, AddInstance(abstractId, null, 0), new int[MaxLevels]);
            }

            var level = number.Depth - 1;
            var expected = list.Counters[level] + 1;
            if (number.Number != expected)
            {
                list.NumId = AddInstance(list.AbstractId, level, number.Number);
            }

            list.Counters[level] = number.Number;
            for (var deeper = level + 1; deeper < MaxLevels; deeper++)
            {
                list.Counters[deeper] = 0;
            }

            _current[(style, thaiDigits)] = list;
            return list.NumId;
        }

        public void Save()
        {
            var numbering = new Numbering();
            foreach (var abstractNum in _abstracts)
            {
                numbering.Append(abstractNum);
            }

            foreach (var instance in _instances)
            {
                numbering.Append(instance);
            }

            part.Numbering = numbering;
            part.Numbering.Save();
        }

        private int AddInstance(int abstractId, int? level, int start)
        {
            var numId = _instances.Count + 1;
            var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
            if (level is { } restarted)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = restarted });
            }

            _instances.Add(instance);
            return numId;
        }

        private static AbstractNum Abstract(int id, OutlineNumberStyle style, bool thaiDigits)
        {
            var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = id };
            for (var level = 0; level < MaxLevels; level++)
            {
                var numbers = string.Join(".", Enumerable.Range(1, level + 1).Select(l => "%" + l));
                var text = style switch
                {
                    OutlineNumberStyle.Parenthesis => numbers + ")",
                    OutlineNumberStyle.Enclosed => "(" + numbers + ")",
                    _ => level == 0 ? numbers + "." : numbers,
                };
                var indent = 360 * (level + 1);
                abstractNum.Append(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = thaiDigits ? NumberFormatValues.ThaiNumbers : NumberFormatValues.Decimal },
                    new LevelText { Val = text },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = (indent + 360).ToString(), Hanging = "720" }))
                { LevelIndex = level });
            }

            return abstractNum;
        }
    }
}
