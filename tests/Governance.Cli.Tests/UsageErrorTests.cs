namespace Participation.Governance.Cli.Tests;

/// <summary>Every usage error is one line on standard error, exit code 2, in the language asked for.</summary>
public sealed class UsageErrorTests
{
    public static TheoryData<string[], string, string> Errors => new()
    {
        { ["calendar", "--schedule", "weekly"], "--schedule must be quarterly, semiannual or annual; got 'weekly'.", "--schedule ต้องเป็น quarterly, semiannual หรือ annual แต่ได้รับ 'weekly'" },
        { ["digits", "1", "--to", "klingon"], "--to must be thai or arabic; got 'klingon'.", "--to ต้องเป็น thai หรือ arabic แต่ได้รับ 'klingon'" },
        { ["date", "format", "2020-04-24", "--digits", "roman"], "--digits must be thai or arabic; got 'roman'.", "--digits ต้องเป็น thai หรือ arabic แต่ได้รับ 'roman'" },
        { ["words", "1", "--style", "fancy"], "--style must be common or royal; got 'fancy'.", "--style ต้องเป็น common หรือ royal แต่ได้รับ 'fancy'" },
        { ["survey", "x.csv", "--bands", "0.7"], "--bands must be 0.5 or 0.8; got '0.7'.", "--bands ต้องเป็น 0.5 หรือ 0.8 แต่ได้รับ '0.7'" },
        { ["check", "x", "--format", "xml"], "--format must be text, json or sarif; got 'xml'.", "--format ต้องเป็น text, json หรือ sarif แต่ได้รับ 'xml'" },
        { ["year", "2563", "--from", "be"], "option '--to' is required", "ต้องระบุตัวเลือก '--to'" },
        { ["year", "2563", "--from", "be", "--to", "ce", "--month", "x"], "--month must be a whole number; got 'x'.", "--month ต้องเป็นจำนวนเต็ม แต่ได้รับ 'x'" },
        { ["year", "2563", "--from", "be", "--to", "ce", "--month", "13"], "--month must be 1–12; got 13.", "--month ต้องเป็น 1–12 แต่ได้รับ 13" },
        { ["year", "2563", "--from", "ce", "--to", "rs", "--historical"], "--historical changes only Buddhist-Era years: use it with --from be or --to be.", "--historical มีผลกับปีพุทธศักราชเท่านั้น ใช้คู่กับ --from be หรือ --to be" },
        { ["year", "2563", "--from", "be", "--to", "ce", "--month"], "option '--month' needs a value", "ตัวเลือก '--month' ต้องมีค่า" },
        { ["calendar", "2563", "2564"], "unrecognized command or argument '2564'", "ไม่รู้จักคำสั่งหรืออาร์กิวเมนต์ '2564'" },
        { ["calendar", "2563", "--no-such-option"], "unrecognized command or argument '--no-such-option'", "ไม่รู้จักคำสั่งหรืออาร์กิวเมนต์ '--no-such-option'" },
        { ["calendar", "abc"], "'abc' is not a fiscal year: ", "'abc' ไม่ใช่ปีงบประมาณ: " },
        { ["date", "format", "--pattern", "d MMMM x"], "--pattern \"d MMMM x\" is neither a standard pattern", "--pattern \"d MMMM x\" ไม่ใช่รูปแบบมาตรฐาน" },
        { ["render"], "'render' needs an argument", "คำสั่ง 'render' ต้องมีอาร์กิวเมนต์" },
        { ["render", "m.json", "--format", "pdf"], "--format must be text, markdown or docx; got 'pdf'.", "--format ต้องเป็น text, markdown หรือ docx แต่ได้รับ 'pdf'" },
        { ["render", "m.json", "--emblem", "ครุฑ.png"], "--emblem applies only to --format docx.", "--emblem ใช้ได้กับ --format docx เท่านั้น" },
        { ["render", "m.json", "--font", "psk"], "--font applies only to --format docx.", "--font ใช้ได้กับ --format docx เท่านั้น" },
        { ["no-such-verb"], "unrecognized command or argument 'no-such-verb'", "ไม่รู้จักคำสั่งหรืออาร์กิวเมนต์ 'no-such-verb'" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_usage_error_is_one_line_on_standard_error_in_English(string[] args, string english, string thai)
    {
        _ = thai;
        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["--lang", "en", .. args]);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Matches("^error: [^\n]+\n$", error);
        Assert.Contains(english, error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_usage_error_is_one_line_on_standard_error_in_Thai(string[] args, string english, string thai)
    {
        _ = english;
        var (exitCode, output, error) = CliHarness.Run(string.Empty, ["--lang", "th", .. args]);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Matches("^ข้อผิดพลาด: [^\n]+\n$", error);
        Assert.Contains(thai, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_lang_is_said_in_the_UI_cultures_language()
    {
        var (exitCode, _, error) = CliHarness.Run(string.Empty, ["calendar", "--lang", "fr"]);

        Assert.Equal(2, exitCode);
        Assert.Matches("^(error: --lang must be th or en; got 'fr'\\.|ข้อผิดพลาด: --lang ต้องเป็น th หรือ en แต่ได้รับ 'fr') ", error);
    }
}
