using System.Buffers;
using System.Text;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Outline;
using Participation.Governance.ThaiFormatting.Text;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.ThaiFormatting.Tests.Fuzz;

/// <summary>
/// Issue 11's fuzz suite for Thai text: every public parser and reader of this package, fed arbitrary strings, mutated
/// real inputs and the adversarial corpus, returns a result (never throws) whose failure names a place inside the text
/// and quotes it short and escaped; and every writer's output reads back.
/// </summary>
public class HostileInputTests
{
    private static readonly ThaiDatePattern[] Patterns = [.. ThaiDatePattern.StandardNames.Select(ThaiDatePattern.GetStandard), ThaiDatePattern.Create("ddd dd/MM/yyyy (uu)")];

    public static TheoryData<string> CorpusLines() => [.. HostileCorpus.Lines];

    [Theory]
    [MemberData(nameof(CorpusLines))]
    public void CorpusLines_GiveResultsNotExceptions(string line)
        => Assert.Null(FirstUnsafeAnswer(line));

    [FuzzProperty]
    public void ArbitraryText_GivesResultsNotExceptions(string text) => Assert.Null(FirstUnsafeAnswer(text));

    [FuzzProperty(typeof(ThaiTextArbitraries))]
    public void MutatedDates_GiveResultsNotExceptions(MutatedDate text) => Assert.Null(FirstUnsafeAnswer(text.Text));

    [FuzzProperty(typeof(ThaiTextArbitraries))]
    public void MutatedNumberWords_GiveResultsNotExceptions(MutatedNumberWords text) => Assert.Null(FirstUnsafeAnswer(text.Text));

    [FuzzProperty(typeof(ThaiTextArbitraries))]
    public void MutatedOutlineNumbers_GiveResultsNotExceptions(MutatedOutline text) => Assert.Null(FirstUnsafeAnswer(text.Text));

    [FuzzProperty(typeof(ThaiTextArbitraries))]
    public void MutatedFiscalText_GivesResultsNotExceptions(MutatedFiscalText text) => Assert.Null(FirstUnsafeAnswer(text.Text));

    [FuzzProperty]
    public void WordsReadBackAsTheirNumber_InBothStyles(long value)
    {
        Assert.Equal(value, ThaiNumberWords.Parse(ThaiNumberWords.ToWords(value)).Value);
        Assert.Equal(value, ThaiNumberWords.Parse(ThaiNumberWords.ToWords(value, ThaiNumberStyle.RoyalInstitute)).Value);
        // Digits mixed in read as they are; the sign is the word ลบ (a leading '-' is not number words).
        var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        var digits = (value < 0 ? "ลบ " : string.Empty) + ThaiDigits.ToThai(magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(value, ThaiNumberWords.Parse(digits).Value);
    }

    [FuzzProperty]
    public bool BahtTextIsWrittenForEveryAmountAndFitsItsMaximum(decimal amount)
    {
        var text = BahtText.ToBahtText(amount);
        Span<char> buffer = stackalloc char[BahtText.MaxLength];
        return text.Length <= BahtText.MaxLength
               && BahtText.TryFormat(amount, buffer, out var written) && buffer[..written].SequenceEqual(text)
               && BahtText.ToBahtText(amount, ThaiNumberStyle.RoyalInstitute).Length > 0;
    }

    [FuzzProperty]
    public bool OutlineNumbersReadBackInEveryStyle(byte depth, int seed, bool thaiDigits)
    {
        var random = new Random(seed);
        var levels = Enumerable.Range(0, 1 + (depth % OutlineNumber.MaxDepth)).Select(_ => random.Next(1, 1000)).ToArray();
        var number = new OutlineNumber(levels);
        var digits = thaiDigits ? DigitStyle.Thai : DigitStyle.Arabic;
        return Enum.GetValues<OutlineNumberStyle>().All(style =>
            OutlineNumber.TryReadClauseNumber(number.Format(style, digits) + " ข้อความ", out var read, out var readStyle, out _)
            && read == number && (readStyle == style || number.Depth > 1 || style == OutlineNumberStyle.Dotted))
               && OutlineNumber.Parse(number.Format(OutlineNumberStyle.Dotted, digits)).Value == number;
    }

    [FuzzProperty]
    public bool DigitsConvertBothWaysInUtf8AndUtf16(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var destination = new byte[(utf8.Length * 3) + 3];
        var status = ThaiDigits.ToThai(utf8, destination, out var consumed, out var written);
        var back = new byte[written];
        var backStatus = ThaiDigits.ToArabic(destination.AsSpan(0, written), back, out _, out var backWritten);
        return status == OperationStatus.Done && consumed == utf8.Length && backStatus is OperationStatus.Done or OperationStatus.NeedMoreData
               && ThaiDigits.ToArabic(ThaiDigits.ToThai(text)) == ThaiDigits.ToArabic(text)
               && Encoding.UTF8.GetString(destination, 0, written) == ThaiDigits.ToThai(Encoding.UTF8.GetString(utf8))
               && backWritten <= written;
    }

    [FuzzProperty]
    public bool DecodingArbitraryBytesGivesTextOrAReason(string text, byte noise, int at)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.Insert(bytes.Count == 0 ? 0 : Math.Abs(at % bytes.Count), noise);
        var decoded = ThaiTextDecoder.Decode(bytes.ToArray());
        return decoded.Success ? decoded.Value.Text is not null : IsSafeFailure(decoded.Message, decoded.Position, bytes.Count);
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public void CorpusDocuments_DecodeOrGiveAReason(string name)
    {
        var bytes = HostileCorpus.Bytes(name);
        var decoded = ThaiTextDecoder.Decode(bytes);

        Assert.True(decoded.Success || IsSafeFailure(decoded.Message, decoded.Position, bytes.Length), decoded.Message);
        if (decoded.Success)
        {
            Assert.True(decoded.Value.Text.Split('\n').All(EveryLineParserAnswers));
        }
    }

    public static TheoryData<string> CorpusDocuments() => [.. HostileCorpus.FileNames(".txt"), .. HostileCorpus.FileNames(".csv")];

    [Fact]
    public void LongHostileInput_IsQuotedShortInEveryMessage()
    {
        // Issue 11, item 13: no parser echoes unbounded input or raw control characters.
        var line = "\u001B[2J\u202E" + new string('๑', 1 << 20);

        Assert.Null(FirstUnsafeAnswer(line));
        Assert.Null(FirstUnsafeAnswer(new string('\0', 1 << 16)));
    }

    /// <summary>Runs every line parser of the package over the text: each must answer without throwing, and a failure must be safe to print.</summary>
    private static bool EveryLineParserAnswers(string text) => FirstUnsafeAnswer(text) is null;

    /// <summary>The first parser whose answer is not safe to print, with that answer; null when all are.</summary>
    private static string? FirstUnsafeAnswer(string text)
    {
        var length = text.Length;
        var answers = new List<(string Parser, string? Message, int Position)>();
        void Add<T>(string parser, ParseOutcome<T> result) => answers.Add((parser, result.Success ? null : result.Message, result.Position));

        foreach (var pattern in Patterns)
        {
            Add("ThaiDatePattern " + pattern.PatternText, pattern.Parse(text));
        }

        Add("ThaiDateReader.Parse", ThaiDateReader.Parse(text));
        Add("ThaiDateReader.Find", ThaiDateReader.Find(text));
        Add("ThaiDateReader.Parse historical", ThaiDateReader.Parse(text, new ThaiDateReaderOptions { EraRule = BuddhistEraRule.Historical }));
        Add("ThaiNumberWords.Parse", ThaiNumberWords.Parse(text));
        Add("OutlineNumber.Parse", OutlineNumber.Parse(text));
        Add("ThaiFiscalPeriodText.ParsePeriod", ThaiFiscalPeriodText.ParsePeriod(text));
        Add("ThaiFiscalPeriodText.ParseFiscalYear", ThaiFiscalPeriodText.ParseFiscalYear(text));
        Add("ThaiFiscalPeriodText.ParseQuarter", ThaiFiscalPeriodText.ParseQuarter(text));
        Add("ThaiDatePattern.TryCreate", ThaiDatePattern.TryCreate(text));
        Add("FiscalPeriod.Parse", FiscalPeriod.Parse(text));
        Add("ThaiFiscalYear.Parse", ThaiFiscalYear.Parse(text));
        Add("FiscalQuarter.Parse", FiscalQuarter.Parse(text));
        if (OutlineNumber.TryReadClauseNumber(text, out _, out _, out var clauseLength) && clauseLength > length)
        {
            return "OutlineNumber.TryReadClauseNumber: length past the end";
        }

        if (ThaiTextLayout.GetDisplayWidth(text) < 0 || ThaiDigits.ToThai(text).Length != length)
        {
            return "ThaiTextLayout or ThaiDigits";
        }

        var unsafeAnswer = answers.FirstOrDefault(a => a.Message is not null && !IsSafeFailure(a.Message, a.Position, length));
        return unsafeAnswer.Parser is null ? null : $"{unsafeAnswer.Parser}: {unsafeAnswer.Message} (at {unsafeAnswer.Position})";
    }

    /// <summary>A failure that can be printed: a short message on one line, no control or bidi characters, a position inside the text.</summary>
    private static bool IsSafeFailure(string message, int position, int length)
        => message.Length is > 0 and < 600
           && !message.Any(c => char.IsControl(c) || c is '\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u2028' or '\u2029' || char.IsSurrogate(c) && !char.IsSurrogatePair(message, message.IndexOf(c, StringComparison.Ordinal)))
           && position >= -1 && position <= length;
}
