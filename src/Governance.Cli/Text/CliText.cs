using System.Globalization;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli.Text;

/// <summary>Everything the tool says to people that is its own (not a library's message), in English and Thai.</summary>
internal enum CliTextKey
{
    ErrorPrefix,
    WarningPrefix,
    UsageHint,
    UnrecognizedArgument,
    CommandRequired,
    ArgumentRequired,
    OptionRequired,
    OptionNeedsValue,
    OptionTakesOneValue,
    OptionValueInvalid,
    ArgumentValueInvalid,
    Or,
    MustBeOneOf,
    MustBeWholeNumber,
    MonthOutOfRange,
    DigitsContradiction,
    HistoricalNeedsBuddhistEra,
    GiveMonthToChoose,
    NotAnAmount,
    NotANumber,
    NotAYear,
    NotAnIsoDate,
    NotAFiscalYear,
    TodayOutsideFiscalYears,
    PatternInvalid,
    NotASurvey,
    SurveyColumnOne,
    SurveyOneFile,
    CannotRead,
    FileNameEmpty,
    FileTooLarge,
    CalendarFiscalYear,
    CalendarQuarter,
    CalendarFirstHalf,
    CalendarSecondHalf,
    CalendarReportsDue,
    ScheduleQuarterly,
    ScheduleSemiAnnual,
    ScheduleAnnual,
    CalendarNow,
    CalendarNext,
    CalendarPast,
    CalendarToday,
    CalendarTodayNextReport,
    CalendarTodayOtherYear,
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
    RenderOptionNeedsDocx,
    RenderDocxToTerminal,
    NotAMeasureDocument,
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
        [CliTextKey.WarningPrefix] = ("warning", "คำเตือน"),
        [CliTextKey.UsageHint] = ("(run 'governance --help' for usage)", "(ดูวิธีใช้ด้วย 'governance --help')"),
        [CliTextKey.UnrecognizedArgument] = ("unrecognized command or argument '{0}'", "ไม่รู้จักคำสั่งหรืออาร์กิวเมนต์ '{0}'"),
        [CliTextKey.CommandRequired] = ("a command is required", "ต้องระบุคำสั่ง"),
        [CliTextKey.ArgumentRequired] = ("'{0}' needs an argument", "คำสั่ง '{0}' ต้องมีอาร์กิวเมนต์"),
        [CliTextKey.OptionRequired] = ("option '{0}' is required", "ต้องระบุตัวเลือก '{0}'"),
        [CliTextKey.OptionNeedsValue] = ("option '{0}' needs a value", "ตัวเลือก '{0}' ต้องมีค่า"),
        [CliTextKey.OptionTakesOneValue] = ("option '{0}' takes one value; got {1}", "ตัวเลือก '{0}' รับได้ค่าเดียว แต่ได้รับ {1} ค่า"),
        [CliTextKey.OptionValueInvalid] = ("option '{1}' cannot take '{0}'", "ตัวเลือก '{1}' ไม่รับค่า '{0}'"),
        [CliTextKey.ArgumentValueInvalid] = ("'{1}' cannot take '{0}'", "คำสั่ง '{1}' ไม่รับค่า '{0}'"),
        [CliTextKey.Or] = ("or", "หรือ"),
        [CliTextKey.MustBeOneOf] = ("{0} must be {1}; got {2}.", "{0} ต้องเป็น {1} แต่ได้รับ {2}"),
        [CliTextKey.MustBeWholeNumber] = ("{0} must be a whole number; got {1}.", "{0} ต้องเป็นจำนวนเต็ม แต่ได้รับ {1}"),
        [CliTextKey.MonthOutOfRange] = ("--month must be 1–12; got {0}.", "--month ต้องเป็น 1–12 แต่ได้รับ {0}"),
        [CliTextKey.DigitsContradiction] = ("{0} contradicts --digits {1}: give one of them.", "{0} ขัดกับ --digits {1} ให้ระบุอย่างใดอย่างหนึ่ง"),
        [CliTextKey.HistoricalNeedsBuddhistEra] = ("--historical changes only Buddhist-Era years: use it with --from be or --to be.", "--historical มีผลกับปีพุทธศักราชเท่านั้น ใช้คู่กับ --from be หรือ --to be"),
        [CliTextKey.GiveMonthToChoose] = ("Give --month to choose.", "ระบุ --month เพื่อเลือก"),
        [CliTextKey.NotAnAmount] = ("{0} is not an amount (expected digits with an optional point, such as 121.50, -11.25, 1,000 or ๑๒๑.๕๐).", "{0} ไม่ใช่จำนวนเงิน (ต้องเป็นตัวเลข มีจุดทศนิยมได้ เช่น 121.50, -11.25, 1,000 หรือ ๑๒๑.๕๐)"),
        [CliTextKey.NotANumber] = ("{0} is not a number (expected digits such as 121, -5, 1,000,001, 0.25 or ๑๐๑).", "{0} ไม่ใช่ตัวเลข (ต้องเป็นตัวเลข เช่น 121, -5, 1,000,001, 0.25 หรือ ๑๐๑)"),
        [CliTextKey.NotAYear] = ("{0} is not a year (expected a whole number such as 2563).", "{0} ไม่ใช่ปี (ต้องเป็นจำนวนเต็ม เช่น 2563)"),
        [CliTextKey.NotAnIsoDate] = ("{0} is not an ISO date (yyyy-MM-dd): {1}", "{0} ไม่ใช่วันที่แบบ ISO (yyyy-MM-dd): {1}"),
        [CliTextKey.NotAFiscalYear] = ("{0} is not a fiscal year: {1}", "{0} ไม่ใช่ปีงบประมาณ: {1}"),
        [CliTextKey.TodayOutsideFiscalYears] = ("today ({0}) is outside the supported fiscal years; give the fiscal year, such as 2563.", "วันนี้ ({0}) อยู่นอกช่วงปีงบประมาณที่รองรับ ให้ระบุปีงบประมาณ เช่น 2563"),
        [CliTextKey.PatternInvalid] = ("--pattern {0} is neither a standard pattern ({1}) nor a valid custom pattern: {2}", "--pattern {0} ไม่ใช่รูปแบบมาตรฐาน ({1}) และไม่ใช่รูปแบบที่กำหนดเองที่ถูกต้อง: {2}"),
        [CliTextKey.NotASurvey] = ("{0}: not a survey response file: {1}", "{0}: ไม่ใช่ไฟล์คำตอบแบบสอบถาม: {1}"),
        [CliTextKey.SurveyColumnOne] = ("--by {0}: name one column, by its number or header text.", "--by {0}: ระบุคอลัมน์เดียว ด้วยหมายเลขหรือข้อความหัวคอลัมน์"),
        [CliTextKey.SurveyOneFile] = ("{0} names more than one file; survey reads one: name it.", "{0} ตรงกับมากกว่าหนึ่งไฟล์ แต่ survey อ่านได้ครั้งละไฟล์เดียว ให้ระบุไฟล์"),
        [CliTextKey.CannotRead] = ("cannot read: {0}", "อ่านไม่ได้: {0}"),
        [CliTextKey.FileNameEmpty] = ("the file name is empty", "ชื่อไฟล์ว่าง"),
        [CliTextKey.FileTooLarge] = ("it is longer than {0} bytes, the most that is read", "ยาวเกิน {0} ไบต์ ซึ่งเป็นขนาดที่อ่านได้มากที่สุด"),
        [CliTextKey.CalendarFiscalYear] = ("Fiscal year BE {0}", "ปีงบประมาณ พ.ศ. {0}"),
        [CliTextKey.CalendarQuarter] = ("Q{0}", "ไตรมาสที่ {0}"),
        [CliTextKey.CalendarFirstHalf] = ("first six-month round", "รอบ {0} เดือนแรก"),
        [CliTextKey.CalendarSecondHalf] = ("second six-month round", "รอบ {0} เดือนหลัง"),
        [CliTextKey.CalendarReportsDue] = ("Reports due, {0}", "กำหนดรายงานผล {0}"),
        [CliTextKey.ScheduleQuarterly] = ("quarterly", "รายไตรมาส"),
        [CliTextKey.ScheduleSemiAnnual] = ("semi-annual", "รายครึ่งปี"),
        [CliTextKey.ScheduleAnnual] = ("annual", "รายปี"),
        [CliTextKey.CalendarNow] = ("now", "ปัจจุบัน"),
        [CliTextKey.CalendarNext] = ("next", "ครั้งถัดไป"),
        [CliTextKey.CalendarPast] = ("past", "ผ่านแล้ว"),
        [CliTextKey.CalendarToday] = ("Today, {0}: next report due {1}, in {2} {2:day|days}", "วันนี้ {0}: รายงานครั้งถัดไป {1} อีก {2} วัน"),
        [CliTextKey.CalendarTodayNextReport] = ("Today, {0}: a report is due today", "วันนี้ {0}: ครบกำหนดรายงานผลวันนี้"),
        [CliTextKey.CalendarTodayOtherYear] = ("Today, {0}, is in fiscal year BE {1}", "วันนี้ {0} อยู่ในปีงบประมาณ พ.ศ. {1}"),
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
        [CliTextKey.RenderOptionNeedsDocx] = ("{0} applies only to --format docx.", "{0} ใช้ได้กับ --format docx เท่านั้น"),
        [CliTextKey.RenderDocxToTerminal] = ("--format docx writes a Word document, which a terminal cannot show: name the file with -o FILE.docx.", "--format docx เขียนเอกสาร Word ซึ่งแสดงบนเทอร์มินัลไม่ได้ ให้ระบุชื่อไฟล์ด้วย -o ไฟล์.docx"),
        [CliTextKey.NotAMeasureDocument] = ("{0}: not a measure document: {1}", "{0}: ไม่ใช่เอกสารมาตรการ: {1}"),
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
    /// plural word by the value (English only needs it). Whole numbers are written in Arabic digits.
    /// </summary>
    public static string Get(CliLanguage language, CliTextKey key, params object[] values) => Format(language, DigitStyle.Arabic, key, values);

    /// <summary>
    /// The text of a key in a language, with values put in as <see cref="Get"/> does, whole numbers (and the digits in the
    /// text itself, such as the ๖ of รอบ ๖ เดือน) written in <paramref name="digits"/>.
    /// </summary>
    public static string Format(CliLanguage language, DigitStyle digits, CliTextKey key, params object[] values)
    {
        var (english, thai) = Texts[key];
        var template = language == CliLanguage.Thai ? thai : english;
        for (var i = 0; i < values.Length; i++)
        {
            var number = values[i] is int or long ? System.Convert.ToInt64(values[i], CultureInfo.InvariantCulture) : (long?)null;
            var value = number is { } n ? ThaiDigits.Format(n, digits) : Convert.ToString(values[i], CultureInfo.InvariantCulture) ?? string.Empty;
            var plural = "{" + i.ToString(CultureInfo.InvariantCulture) + ":";
            var at = template.IndexOf(plural, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = template.IndexOf('}', at);
                var forms = template.Substring(at + plural.Length, end - at - plural.Length).Split('|');
                var word = number == 1 ? forms[0] : forms[^1];
                template = template.Substring(0, at) + word + template.Substring(end + 1);
                at = template.IndexOf(plural, StringComparison.Ordinal);
            }

            template = template.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", value, StringComparison.Ordinal);
        }

        return template;
    }

    /// <summary>A list of choices as a sentence says it: <c>a, b or c</c> (<c>a, b หรือ c</c>).</summary>
    public static string Choices(CliLanguage language, IReadOnlyList<string> choices)
        => choices.Count == 1 ? choices[0] : string.Join(", ", choices.Take(choices.Count - 1)) + " " + Get(language, CliTextKey.Or) + " " + choices[^1];
}
