using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Works out the numbers Word shows before automatically numbered paragraphs, so that "๑.๒" reaches the announcement
/// reader although the file holds only "level 2 of list 5".
/// </summary>
/// <remarks>
/// <para>
/// A paragraph is numbered by its own <c>w:numPr</c> or by its style's (following <c>w:basedOn</c>); <c>w:numId</c> 0
/// switches numbering off. Each <c>w:num</c> points at an <c>w:abstractNum</c>, whose <c>w:lvl</c>s give the start value,
/// the number format and the text (<c>%1.%2</c>: level 1's number, a dot, level 2's number). As in Word, paragraphs of
/// every <c>w:num</c> of one abstract list count together, a <c>w:num</c> whose <c>w:lvlOverride</c> has a
/// <c>w:startOverride</c> restarts its levels where it is first used, a level whose definition the override replaces
/// uses the replacement, and a level starts again after any higher level (unless its <c>w:lvlRestart</c> says
/// otherwise). Formats: decimal, decimalZero, thaiNumbers (๑ ๒ ๓), thaiLetters (ก ข ค), thaiCounting (หนึ่ง สอง), upper and
/// lower letters and Roman numerals, bullets and none; any other format is written in decimal.
/// </para>
/// </remarks>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    // The letters Word counts with for thaiLetters: the consonants without the obsolete ฃ and ฅ.
    private const string ThaiLetters = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _started = [];

    private WordNumbering(MainDocumentPart main)
    {
        if (main.NumberingDefinitionsPart?.Numbering is { } numbering)
        {
            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                if (instance.NumberID?.Value is { } id)
                {
                    _instances[id] = instance;
                }
            }

            foreach (var abstractNum in numbering.Elements<AbstractNum>())
            {
                if (abstractNum.AbstractNumberId?.Value is { } id)
                {
                    _abstracts[id] = abstractNum;
                }
            }
        }

        if (main.StyleDefinitionsPart?.Styles is { } styles)
        {
            foreach (var style in styles.Elements<Style>())
            {
                if (style.StyleId?.Value is { } id)
                {
                    _styles[id] = style;
                }
            }
        }
    }

    /// <summary>Reads the numbering definitions and paragraph styles of a document.</summary>
    public static WordNumbering For(MainDocumentPart main) => new(main);

    /// <summary>
    /// The number Word shows before a paragraph, with what follows it (a space for a tab or a space), counting the
    /// paragraph; null when the paragraph is not numbered.
    /// </summary>
    public string? Next(Paragraph paragraph)
    {
        if (!TryGetNumbering(paragraph, out var numId, out var level)
            || !_instances.TryGetValue(numId, out var instance)
            || instance.AbstractNumId?.Val?.Value is not { } abstractId
            || !_abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return null;
        }

        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int?[Levels];
            _counters[abstractId] = counters;
        }

        var definitions = new Level?[Levels];
        foreach (var lvl in abstractNum.Elements<Level>())
        {
            if (lvl.LevelIndex?.Value is { } index and >= 0 and < Levels)
            {
                definitions[index] = lvl;
            }
        }

        var firstUse = _started.Add(numId);
        foreach (var over in instance.Elements<LevelOverride>())
        {
            if (over.LevelIndex?.Value is not { } index || index < 0 || index >= Levels)
            {
                continue;
            }

            if (over.Level is { } replacement)
            {
                definitions[index] = replacement;
            }

            if (firstUse && over.StartOverrideNumberingValue?.Val?.Value is { } start)
            {
                counters[index] = start - 1;
            }
        }

        if (definitions[level] is not { } definition)
        {
            return null;
        }

        counters[level] = (counters[level] ?? StartOf(definitions[level]) - 1) + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            // lvlRestart n: restart after a level n (one-based) or higher; 0: never restart.
            var restartAfter = definitions[deeper]?.LevelRestart?.Val?.Value ?? Levels;
            if (restartAfter != 0 && level < restartAfter)
            {
                counters[deeper] = null;
            }
        }

        return Render(definition, definitions, counters);
    }

    private static int StartOf(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Render(Level definition, Level?[] definitions, int?[] counters)
    {
        var format = definition.NumberingFormat?.Val?.Value;
        var pattern = definition.LevelText?.Val?.Value ?? string.Empty;
        if (format == NumberFormatValues.None)
        {
            return string.Empty;
        }

        var legal = definition.IsLegalNumberingStyle is { } isLgl && (isLgl.Val?.Value ?? true);
        var text = new StringBuilder(pattern.Length + 8);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var level = pattern[++i] - '1';
                var value = counters[level] ?? StartOf(definitions[level]);
                var levelFormat = definitions[level]?.NumberingFormat?.Val?.Value;
                text.Append(Format(value, legal ? NumberFormatValues.Decimal : levelFormat));
            }
            else
            {
                text.Append(c);
            }
        }

        var suffix = definition.LevelSuffix?.Val?.Value;
        if (suffix != LevelSuffixValues.Nothing && text.Length > 0)
        {
            text.Append(' ');
        }

        return text.ToString();
    }

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.ThaiNumbers)
        {
            return ThaiDigits.Format(value);
        }

        if (format == NumberFormatValues.ThaiLetters)
        {
            return Letters(value, ThaiLetters);
        }

        if (format == NumberFormatValues.ThaiCounting)
        {
            return ThaiNumberWords.ToWords(value);
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return value.ToString("00", CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.LowerLetter)
        {
            return Letters(value, "abcdefghijklmnopqrstuvwxyz");
        }

        if (format == NumberFormatValues.UpperLetter)
        {
            return Letters(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        }

        if (format == NumberFormatValues.LowerRoman)
        {
            return Roman(value).ToLowerInvariant();
        }

        if (format == NumberFormatValues.UpperRoman)
        {
            return Roman(value);
        }

        return format == NumberFormatValues.Bullet ? string.Empty : value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Word's letter numbering: a, b, … z, then aa, bb, … (the letter repeated once more each round).</summary>
    private static string Letters(int value, string alphabet)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = alphabet[(value - 1) % alphabet.Length];
        return new string(letter, ((value - 1) / alphabet.Length) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var text = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                text.Append(symbols[i]);
                value -= values[i];
            }
        }

        return text.ToString();
    }

    /// <summary>The list and level of a paragraph: its own <c>w:numPr</c>, else its style's, following <c>w:basedOn</c>.</summary>
    private bool TryGetNumbering(Paragraph paragraph, out int numId, out int level)
    {
        numId = 0;
        level = 0;
        var properties = paragraph.ParagraphProperties;
        int? id = properties?.NumberingProperties?.NumberingId?.Val?.Value;
        int? lvl = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < 16 && (id is null || lvl is null); depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style))
            {
                break;
            }

            var styleNumbering = style.StyleParagraphProperties?.NumberingProperties;
            id ??= styleNumbering?.NumberingId?.Val?.Value;
            lvl ??= styleNumbering?.NumberingLevelReference?.Val?.Value;
            styleId = style.BasedOn?.Val?.Value;
        }

        if (id is not { } found || found == 0)
        {
            return false;
        }

        numId = found;
        level = lvl is { } l and >= 0 and < Levels ? l : 0;
        return true;
    }
}
