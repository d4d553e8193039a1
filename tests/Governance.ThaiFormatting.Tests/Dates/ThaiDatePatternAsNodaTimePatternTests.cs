using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Tests.Dates;

/// <summary>A <see cref="ThaiDatePattern"/> used only through NodaTime's <see cref="IPattern{T}"/>, as code written for NodaTime's patterns uses it.</summary>
public class ThaiDatePatternAsNodaTimePatternTests
{
    private static readonly IPattern<LocalDate>[] Patterns =
    [
        ThaiDatePattern.Full, ThaiDatePattern.Long, ThaiDatePattern.Medium, ThaiDatePattern.Official,
        ThaiDatePattern.Official.WithDigits(DigitStyle.Thai), ThaiDatePattern.Create("dd/MM/yyyy"),
    ];

    [Fact]
    public void FormatsAndParsesThroughTheInterface()
    {
        IPattern<LocalDate> pattern = ThaiDatePattern.Official.WithDigits(DigitStyle.Thai);
        var date = new LocalDate(2020, 4, 24);

        Assert.Equal("๒๔ เมษายน พ.ศ. ๒๕๖๓", pattern.Format(date));
        Assert.Equal("ประกาศ ณ ๒๔ เมษายน พ.ศ. ๒๕๖๓", pattern.AppendFormat(date, new StringBuilder("ประกาศ ณ ")).ToString());
        var result = pattern.Parse("๒๔ เมษายน พ.ศ. ๒๕๖๓");
        Assert.True(result.Success);
        Assert.Equal(date, result.Value);
    }

    [Fact]
    public void FailuresAreNodaTimeFailuresWithOurMessage()
    {
        IPattern<LocalDate> pattern = ThaiDatePattern.Official;
        const string Text = "31 เมษายน พ.ศ. 2563";

        var result = pattern.Parse(Text);

        Assert.False(result.Success);
        Assert.Equal(ThaiDatePattern.Official.Parse(Text).Message, result.Exception.Message);
        var e = Assert.Throws<UnparsableValueException>(() => result.Value);
        Assert.Contains("30 days", e.Message);
        Assert.Equal(Text, e.Value);
        Assert.Equal(0, e.Index);
    }

    [Fact]
    public void NullTextIsAFailureAsInNodaTimesOwnPatterns()
    {
        IPattern<LocalDate> ours = ThaiDatePattern.Official;

        var result = ours.Parse(null!);

        Assert.False(result.Success);
        Assert.IsType<ArgumentNullException>(result.Exception);
        Assert.IsType<ArgumentNullException>(LocalDatePattern.Iso.Parse(null!).Exception);
    }

    [FuzzProperty]
    public bool FormatThenParseThroughTheInterfaceIsTheIdentity(LocalDate date)
    {
        var ce = date.Year < 1 ? new LocalDate(1, 1, 1) : date;
        return Patterns.All(p => p.Parse(p.Format(ce)) is { Success: true } result && result.Value == ce);
    }

    [FuzzProperty]
    public bool ParsingThroughTheInterfaceNeverThrows(string text)
        => Patterns.All(p => p.Parse(text) is { } result && (result.Success || result.Exception is UnparsableValueException));

    [Fact]
    public void PlugsIntoNodaTimesPatternConverterForJson()
    {
        var options = new JsonSerializerOptions { Converters = { new NodaPatternConverter<LocalDate>(ThaiDatePattern.Official.WithDigits(DigitStyle.Thai)) } };
        var notice = new Notice("ประกาศ", new LocalDate(2023, 10, 15));

        var json = JsonSerializer.Serialize(notice, options);

        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal("๑๕ ตุลาคม พ.ศ. ๒๕๖๖", document.RootElement.GetProperty("IssuedOn").GetString());
        }

        Assert.Equal(notice, JsonSerializer.Deserialize<Notice>(json, options));
    }

    [Fact]
    public void PatternConverterReportsOurMessageForTextThePatternCannotRead()
    {
        var options = new JsonSerializerOptions { Converters = { new NodaPatternConverter<LocalDate>(ThaiDatePattern.Official) } };

        var e = Record.Exception(() => JsonSerializer.Deserialize<Notice>("{\"Title\":\"ประกาศ\",\"IssuedOn\":\"31 เมษายน พ.ศ. 2563\"}", options));

        Assert.NotNull(e);
        Assert.Contains("30 days", e.ToString());
    }

    private sealed record Notice(string Title, LocalDate IssuedOn);
}
