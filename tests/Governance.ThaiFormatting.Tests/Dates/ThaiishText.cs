namespace Participation.Governance.ThaiFormatting.Tests.Dates;

/// <summary>Generators of hostile input for the date parsers.</summary>
internal static class ThaiishText
{
    private static readonly string[] Tokens =
    [
        "มกราคม", "กุมภาพันธ์", "เมษายน", "กรกฏาคม", "ธันวาคม", "ม.ค.", "ก.พ.", "เม.ย.", "เมย", "ธ.ค", "มี.", "ค.",
        "วันที่", "วันศุกร์", "วันพฤหัสบดี", "วัน", "ที่", "เดือน", "ปี", "พ.ศ.", "พ.ศ", "พศ", "ค.ศ.", "พุทธศักราช",
        "ปีงบประมาณ", "ไตรมาส", "รอบ", "แรก", "หลัง", "ถึง", "(", ")", "–", "-", "/", ".", ":",
        "0", "1", "2", "9", "24", "29", "31", "63", "2563", "2483", "99999999", "๐", "๑", "๒", "๔", "๖", "๒๕๖๓", "๖",
        " ", "  ", "\u200B", "\t", "\uFEFF", "\uD83D", "x", "'", "\\", "d", "M", "y", "u",
    ];

    /// <summary>Strings made of month and weekday names, era words, digits, separators and spaces.</summary>
    public static Arbitrary<string> Arbitrary { get; } = Gen.Elements(Tokens).ListOf().Select(string.Concat).ToArbitrary();

    /// <summary>Strings of any UTF-16 code units, lone surrogates included.</summary>
    public static Arbitrary<string> AnyString { get; } = Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars)).ToArbitrary();
}
