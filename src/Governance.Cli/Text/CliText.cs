using System.Globalization;

namespace Participation.Governance.Cli.Text;

/// <summary>Everything the tool says to people that is its own (not a library's message), in English and Thai.</summary>
internal enum CliTextKey
{
    ErrorPrefix,
    Compliant,
    NotCompliant,
    MemoNoMeasure,
    NotAMeasure,
    KindMeasure,
    KindAnnouncement,
    KindMemo,
    KindOther,
    SeverityInfo,
    SeverityWarning,
    SeverityError,
    Why,
    FactsHeading,
    Summary,
    Progress,
    FactAgency,
    FactTitle,
    FactIssuedOn,
    FactFiscalYear,
    FactLevel,
    FactFeedbackChannel,
    FactPublishingChannel,
    FactStep,
    FactPhase,
    FactReportingQuarter,
    FactLegalBasis,
    ReadingTypingSlip,
    ReadingDirectionFromHeading,
    ReadingDirectionFromClauseAbove,
    ReadingDirectionFromMedium,
    ReadingChannelsNotNamed,
    ReadingPromiseToHear,
    Line,
    NoFilesMatched,
    ReadingFromOcr,
    ReadingUnreadable,
    ScanNeedsOcr,
    ImageNeedsOcr,
    OcrProgress,
}

/// <summary>
/// The one table of the tool's own texts: each key has its English and its Thai text, with <c>{0}</c> … for values.
/// A test checks that every key has both.
/// </summary>
internal static class CliText
{
    private static readonly Dictionary<CliTextKey, (string English, string Thai)> Texts = new()
    {
        [CliTextKey.ErrorPrefix] = ("error", "ข้อผิดพลาด"),
        [CliTextKey.Compliant] = ("compliant", "เป็นไปตามเกณฑ์"),
        [CliTextKey.NotCompliant] = ("not compliant ({0} {0:finding|findings})", "ไม่เป็นไปตามเกณฑ์ (พบ {0} ข้อ)"),
        [CliTextKey.MemoNoMeasure] = ("a memo, no measure to check", "บันทึกข้อความ ไม่มีมาตรการให้ตรวจ"),
        [CliTextKey.NotAMeasure] = ("not a stakeholder-participation measure", "ไม่ใช่มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม"),
        [CliTextKey.KindMeasure] = ("measure", "มาตรการ"),
        [CliTextKey.KindAnnouncement] = ("announcement", "ประกาศ"),
        [CliTextKey.KindMemo] = ("memo", "บันทึกข้อความ"),
        [CliTextKey.KindOther] = ("document", "เอกสาร"),
        [CliTextKey.SeverityInfo] = ("info", "ข้อแนะนำ"),
        [CliTextKey.SeverityWarning] = ("warning", "คำเตือน"),
        [CliTextKey.SeverityError] = ("error", "ข้อผิดพลาด"),
        [CliTextKey.Why] = ("why", "เหตุผล"),
        [CliTextKey.FactsHeading] = ("read from the text", "สิ่งที่อ่านได้จากเอกสาร"),
        [CliTextKey.Summary] = ("{0} {0:file|files}: {1} compliant, {2} with findings, {3} not measures or memos, {4} unusable", "{0} ไฟล์: เป็นไปตามเกณฑ์ {1} พบข้อบกพร่อง {2} ไม่ใช่มาตรการหรือเป็นบันทึกข้อความ {3} ใช้ไม่ได้ {4}"),
        [CliTextKey.Progress] = ("checked {0} {0:file|files}", "ตรวจแล้ว {0} ไฟล์"),
        [CliTextKey.FactAgency] = ("agency", "หน่วยงาน"),
        [CliTextKey.FactTitle] = ("title", "เรื่อง"),
        [CliTextKey.FactIssuedOn] = ("issued on", "วันที่ประกาศ"),
        [CliTextKey.FactFiscalYear] = ("fiscal year", "ปีงบประมาณ"),
        [CliTextKey.FactLevel] = ("level", "ระดับการมีส่วนร่วม"),
        [CliTextKey.FactFeedbackChannel] = ("route in", "ช่องทางรับฟังความคิดเห็น"),
        [CliTextKey.FactPublishingChannel] = ("publishing channel", "ช่องทางเผยแพร่"),
        [CliTextKey.FactStep] = ("step", "ขั้นตอน"),
        [CliTextKey.FactPhase] = ("phase", "ช่วงการดำเนินงาน"),
        [CliTextKey.FactReportingQuarter] = ("reporting quarter", "ไตรมาสที่รายงานผล"),
        [CliTextKey.FactLegalBasis] = ("legal basis", "กฎหมายที่อ้างถึง"),
        [CliTextKey.ReadingTypingSlip] = ("read as \"{0}\", a typing slip", "อ่านเป็น \"{0}\" (พิมพ์คลาดเคลื่อน)"),
        [CliTextKey.ReadingDirectionFromHeading] = ("direction from the heading of channels it is listed under", "ทิศทางตามหัวข้อช่องทางที่อยู่ภายใต้"),
        [CliTextKey.ReadingDirectionFromClauseAbove] = ("direction from the clause above", "ทิศทางตามข้อก่อนหน้า"),
        [CliTextKey.ReadingDirectionFromMedium] = ("direction from the medium itself", "ทิศทางตามลักษณะของช่องทาง"),
        [CliTextKey.ReadingChannelsNotNamed] = ("channels promised without being named", "ระบุว่ามีช่องทางแต่ไม่ได้ระบุว่าเป็นช่องทางใด"),
        [CliTextKey.ReadingPromiseToHear] = ("a promise to hear people, its channels not named", "สัญญาว่าจะรับฟังความคิดเห็นแต่ไม่ได้ระบุช่องทาง"),
        [CliTextKey.Line] = ("line", "บรรทัด"),
        [CliTextKey.NoFilesMatched] = ("no file matches {0}", "ไม่พบไฟล์ที่ตรงกับ {0}"),
        [CliTextKey.ReadingFromOcr] = ("read by OCR from a page image", "อ่านด้วย OCR จากภาพหน้าเอกสาร"),
        [CliTextKey.ReadingUnreadable] = ("unreadable: its digits do not form a value", "อ่านไม่ได้: ตัวเลขที่อ่านได้ไม่เป็นค่าที่ถูกต้อง"),
        [CliTextKey.ScanNeedsOcr] = ("no text layer — the file is a scanned image; check it with --ocr to read it through OCR", "ไม่มีข้อความในไฟล์ — เป็นภาพสแกน ให้ตรวจด้วย --ocr เพื่ออ่านข้อความด้วย OCR"),
        [CliTextKey.ImageNeedsOcr] = ("no text — the file is an image of a page (a scan or a photo); check it with --ocr to read it through OCR", "ไม่มีข้อความ — ไฟล์เป็นภาพของหน้าเอกสาร (ภาพสแกนหรือภาพถ่าย) ให้ตรวจด้วย --ocr เพื่ออ่านข้อความด้วย OCR"),
        [CliTextKey.OcrProgress] = ("{0}: OCR, {1} of {2} {2:page|pages} read", "{0}: อ่านด้วย OCR แล้ว {1} จาก {2} หน้า"),
    };

    /// <summary>Gets every key, for the completeness test.</summary>
    public static IEnumerable<CliTextKey> Keys => Enum.GetValues<CliTextKey>();

    /// <summary>Whether a key has a text in both languages.</summary>
    public static bool HasBoth(CliTextKey key) => Texts.TryGetValue(key, out var text) && text.English.Length > 0 && text.Thai.Length > 0;

    /// <summary>
    /// The text of a key in a language, with values put in: <c>{0}</c> is a value; <c>{0:one|many}</c> picks the singular or
    /// plural word by the value (English only needs it).
    /// </summary>
    public static string Get(CliLanguage language, CliTextKey key, params object[] values)
    {
        var (english, thai) = Texts[key];
        var template = language == CliLanguage.Thai ? thai : english;
        for (var i = 0; i < values.Length; i++)
        {
            var value = Convert.ToString(values[i], CultureInfo.InvariantCulture) ?? string.Empty;
            var plural = "{" + i.ToString(CultureInfo.InvariantCulture) + ":";
            var at = template.IndexOf(plural, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = template.IndexOf('}', at);
                var forms = template.Substring(at + plural.Length, end - at - plural.Length).Split('|');
                var word = values[i] is IConvertible number && System.Convert.ToInt64(number, CultureInfo.InvariantCulture) == 1 ? forms[0] : forms[^1];
                template = template.Substring(0, at) + word + template.Substring(end + 1);
                at = template.IndexOf(plural, StringComparison.Ordinal);
            }

            template = template.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", value, StringComparison.Ordinal);
        }

        return template;
    }
}
