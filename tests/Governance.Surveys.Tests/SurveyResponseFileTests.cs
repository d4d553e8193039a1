using System.Text;
using Participation.Governance.Assessment;
using Participation.Governance.Text;

namespace Participation.Governance.Surveys.Tests;

public sealed class SurveyResponseFileTests
{
    private static readonly DateTime Morning = new(2024, 3, 5, 9, 41, 12);

    internal static (SurveyReport Report, List<SurveyWarning> Warnings) Read(byte[] bytes, SurveyColumnMapping? mapping = null, SurveyReadOptions? options = null)
    {
        var warnings = new List<SurveyWarning>();
        var outcome = SurveyResponseFile.Read(new MemoryStream(bytes), mapping ?? SurveyColumnMapping.Recognised, options, warnings.Add);
        Assert.True(outcome.Success, outcome.Message);
        return (outcome.Value, warnings);
    }

    internal static ParseOutcome<SurveyReport> Fails(byte[] bytes, SurveyColumnMapping? mapping = null, SurveyReadOptions? options = null)
    {
        var outcome = SurveyResponseFile.Read(new MemoryStream(bytes), mapping ?? SurveyColumnMapping.Recognised, options);
        Assert.False(outcome.Success);
        return outcome;
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static List<GoogleResponse> GoogleResponses() =>
    [
        new(Morning, "somchai@example.go.th", "ชาย", "31-40 ปี", "มากที่สุด", "มาก", "5", "บริการดีมาก, รวดเร็ว"),
        new(Morning.AddMinutes(5), "somsri@example.go.th", "หญิง", "21-30 ปี", "มาก", "ปานกลาง", "4", string.Empty),
        new(Morning.AddHours(2), "wichai@example.go.th", "ชาย", "41-50 ปี", "พึงพอใจมาก", "มาก", "4", "ควรเพิ่มที่จอดรถ"),
        new(Morning.AddHours(5), "malee@example.go.th", "หญิง", "51-60 ปี", "ปานกลาง", "น้อย", "3", "\"ช้า\" ในช่วงเที่ยง"),
        new(Morning.AddDays(1), "anan@example.go.th", "หญิง", "31-40 ปี", "มากที่สุด", "มากที่สุด", "5", string.Empty),
    ];

    [Fact]
    public void GoogleFormsCsv_LeavesOutTimestampEmailDemographicsAndComments()
    {
        var (report, warnings) = Read(ExportFiles.GoogleFormsCsv(GoogleResponses()));

        Assert.Equal(5, report.Respondents);
        Assert.Equal(
            ["ความพึงพอใจต่อการให้บริการ [ความสะดวกในการติดต่อ]", "ความพึงพอใจต่อการให้บริการ [ความรวดเร็ว, ทันเวลา]", "ภาพรวมความพึงพอใจ"],
            report.Questions.Select(q => q.Name));

        // ความสะดวก: 5, 4, 4, 3, 5 → x̄ 4.2, S.D. √(0.7) = 0.8367, มาก; ความรวดเร็ว: 4, 3, 4, 2, 5 → 3.6.
        Assert.Equal(4.2m, report.Questions[0].Mean);
        Assert.Equal(0.84m, ScoreRounding.ToHundredths(report.Questions[0].StandardDeviation));
        Assert.Equal([0L, 0, 1, 2, 2], report.Questions[0].Counts);
        Assert.Equal("มาก", report.Questions[0].Band!.ThaiLabel);
        Assert.Equal(3.6m, report.Questions[1].Mean);
        Assert.Equal(15, report.Overall.Count);

        var columns = Assert.Single(warnings);
        Assert.Equal(SurveyWarningKind.ColumnsLeftOut, columns.Kind);
        Assert.False(columns.LeavesOutAnswers);
        Assert.Equal(
            "questions: columns 5–7; left out: 1 \"Timestamp\" (timestamp), 2 \"Email Address\" (e-mail), 3 \"เพศ\" (demographic), 4 \"อายุ\" (demographic), 8 \"ข้อเสนอแนะ\" (comments)",
            columns.Message);
    }

    [Fact]
    public void GoogleFormsCsv_ByGender_PartitionsTheRespondents()
    {
        var (report, _) = Read(ExportFiles.GoogleFormsCsv(GoogleResponses()), SurveyColumnMapping.Recognised.WithBreakdown(SurveyColumnSelector.Header("เพศ")));

        var breakdown = report.Breakdown!;
        Assert.Equal("เพศ", breakdown.Column);
        Assert.Equal(["ชาย", "หญิง"], breakdown.Groups.Select(g => g.Value));
        Assert.Equal([2L, 3], breakdown.Groups.Select(g => g.Report.Respondents));
        Assert.Equal(4.5m, breakdown.Groups[0].Report.Questions[0].Mean);
        Assert.Equal(report.Overall.Answers, breakdown.Groups[0].Report.Overall.Answers.Merge(breakdown.Groups[1].Report.Overall.Answers));
    }

    [Fact]
    public void ThaiExcelCsv_InWindows874_ReadsThaiHeadersAndSkipsTheTitle()
    {
        int[][] answers = [[5, 4, 4], [4, 4, 3], [3, 0, 5], [5, 5, 5]];
        var (report, warnings) = Read(ExportFiles.ThaiExcelCsv(answers, ["นักศึกษา", "ประชาชน", "ประชาชน", "ข้าราชการ"]));

        Assert.Equal(["ด้านกระบวนการ", "ด้านเจ้าหน้าที่", "ด้านสิ่งอำนวยความสะดวก"], report.Questions.Select(q => q.Name));
        Assert.Equal(4, report.Respondents);
        Assert.Equal(4.25m, report.Questions[0].Mean);
        Assert.Equal(3, report.Questions[1].Count);
        Assert.Contains(warnings, w => w.Kind == SurveyWarningKind.RowsAboveHeader && w.FirstRows.SequenceEqual([1L]));
        Assert.Contains(warnings, w => w.Kind == SurveyWarningKind.BlankRows && w.FirstRows.SequenceEqual([7L]));
        Assert.Contains("1 \"ลำดับ\" (identity), 2 \"สถานภาพ\" (demographic)", warnings.Single(w => w.Kind == SurveyWarningKind.ColumnsLeftOut).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameAnswersGiveTheSameReportInEveryEncoding()
    {
        const string Text = "ความสะดวก,ความรวดเร็ว\r\n5,4\r\nมาก,ปานกลาง\r\n3,\r\n";
        var expected = Read(Utf8(Text)).Report;
        byte[][] encodings =
        [
            [.. new UTF8Encoding(true).GetPreamble(), .. Utf8(Text)],
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
            Encoding.Unicode.GetBytes(Text),
            [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)],
            ExportFiles.Windows874.GetBytes(Text),
        ];

        foreach (var bytes in encodings)
        {
            var report = Read(bytes).Report;
            Assert.Equal(expected.Questions.Select(q => q.Name), report.Questions.Select(q => q.Name));
            Assert.Equal(expected.Overall.Answers, report.Overall.Answers);
        }
    }

    [Fact]
    public void Windows874AfterAMegabyteOfAscii_IsAFailureNotGarble()
    {
        var ascii = "Q1,Note\r\n" + string.Concat(Enumerable.Repeat("5,ok\r\n", 250_000));
        var bytes = Utf8(ascii).Concat(ExportFiles.Windows874.GetBytes("4,ดีมาก\r\n")).ToArray();

        var outcome = Fails(bytes);

        Assert.StartsWith("not text in one encoding: the first ", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("are UTF-8, but bytes after them are not", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MicrosoftFormsXlsx_LeavesOutIdTimesEmailAndName()
    {
        List<MicrosoftResponse> responses =
        [
            new(Morning, 5, "พึงพอใจมากที่สุด", 5),
            new(Morning.AddHours(1), 4, "พึงพอใจมาก", 4),
            new(Morning.AddHours(2), 0, "พึงพอใจปานกลาง", 4),
            new(Morning.AddHours(3), 2, "พึงพอใจน้อย", 3),
            new(Morning.AddHours(4), 5, "พึงพอใจมาก", 5),
            new(Morning.AddHours(5), 4, "พึงพอใจมาก", 4),
        ];

        var (report, warnings) = Read(ExportFiles.MicrosoftFormsXlsx(responses));

        Assert.Equal(6, report.Respondents);
        Assert.Equal(3, report.Questions.Count);
        Assert.Equal(5, report.Questions[0].Count);
        Assert.Equal(4m, report.Questions[0].Mean);
        Assert.Equal([0L, 1, 1, 3, 1], report.Questions[1].Counts);
        Assert.Equal(
            "questions: columns 6–8; left out: 1 \"ID\" (identity), 2 \"Start time\" (timestamp), 3 \"Completion time\" (timestamp), 4 \"Email\" (e-mail), 5 \"Name\" (identity)",
            Assert.Single(warnings).Message);
    }

    [Fact]
    public void Xlsx_SheetByNameOrNumber_AndAMissingSheetIsNamed()
    {
        var bytes = ExportFiles.Xlsx([["Q1", "Q2"], ["5", "4"], ["3", "3"]], "คำอธิบาย");

        Assert.StartsWith("no column holds answers", Fails(bytes).Message, StringComparison.Ordinal);
        Assert.Equal(2, Read(bytes, options: new SurveyReadOptions { Sheet = "คำตอบ" }).Report.Respondents);
        Assert.Equal(2, Read(bytes, options: new SurveyReadOptions { Sheet = "2" }).Report.Respondents);
        Assert.Equal(
            "the workbook has no sheet \"Sheet9\"; its sheets are 1 \"คำอธิบาย\", 2 \"คำตอบ\"",
            Fails(bytes, options: new SurveyReadOptions { Sheet = "Sheet9" }).Message);
    }

    [Fact]
    public void Xlsx_MissingRowsAreBlankRows()
    {
        var bytes = ExportFiles.Xlsx([["Q1"], ["5"], [""], [""], ["4"]]);

        var (report, warnings) = Read(bytes);

        Assert.Equal(2, report.Respondents);
        Assert.Equal([3L, 4], warnings.Single(w => w.Kind == SurveyWarningKind.BlankRows).FirstRows);
    }

    [Fact]
    public void Xls_IsRefusedWithWhatToDo()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Equal("an Excel 97–2003 workbook (.xls), which is not read; save it as .xlsx (Excel Workbook) or as CSV UTF-8", Fails(ole).Message);
    }

    [Fact]
    public void AZipThatIsNotAWorkbook_IsAFailure()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            entry.Write("hello");
        }

        Assert.StartsWith("not a readable .xlsx workbook: ", Fails(zip.ToArray()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoubtfulThingsAreSaidWithCountsAndFirstRows()
    {
        const string Text = "Q1,Q2\n5,4\n,\n6,4\n4,มาก\n\"4\"x,5\n3,3,9\nดี,5\n4,มากที่สุด\n5,5\n5,5\n4,4\n4,4\n3,3\n";

        var (report, warnings) = Read(Utf8(Text));

        Assert.Equal(11, report.Respondents);
        Assert.Equal(
            [
                "1 blank row (row 3); not counted as respondents",
                "1 row could not be read (row 6; the first: column 1: expected a comma or the end of the row after a closing quote, found 'x'.); left out",
                "1 row has text past column 2, the last the header names (row 7); that text was left out",
                "column 1 \"Q1\": 2 answers are not on the 1–5 scale (rows 4, 8; e.g. \"6\"); left out",
                "column 2 \"Q2\": answers are written in more than one way: 9 numbers, 2 words (the words at rows 5, 9); all were counted, มากที่สุด as 5 … น้อยที่สุด as 1",
            ],
            warnings.Select(w => w.Message));
        Assert.Equal([false, true, true, true, false], warnings.Select(w => w.LeavesOutAnswers));
    }

    [Fact]
    public void RowsWithAnswersOnlyOutsideTheQuestionsAreNotRespondents()
    {
        var (report, warnings) = Read(Utf8("Timestamp,Q1\n2024/03/05 9:41:12 AM GMT+7,5\n2024/03/05 9:45:00 AM GMT+7,\n"));

        Assert.Equal(1, report.Respondents);
        Assert.Equal("1 row with no answer to any question (row 3); not counted as respondents", warnings.Single(w => w.Kind == SurveyWarningKind.RowsWithoutAnswers).Message);
    }

    [Fact]
    public void AColumnWithSomeAnswersOnTheScale_IsLeftOutAndSaid()
    {
        // Visits per year: 1–5 often, but not a satisfaction answer.
        var (report, warnings) = Read(Utf8("จำนวนครั้งที่มาใช้บริการ,Q1\n1,5\n12,4\n3,4\n20,3\n"));

        Assert.Equal(["Q1"], report.Questions.Select(q => q.Name));
        var uncertain = warnings.Single(w => w.Kind == SurveyWarningKind.UncertainColumn);
        Assert.Equal(1, uncertain.Column);
        Assert.Equal([2L, 4], uncertain.FirstRows);
    }

    [Fact]
    public void QuestionsByNumberRangeAndHeader_InTheOrderGiven()
    {
        var text = Utf8("ID,เพศ,A,B,C,D\n1,1,5,4,3,2\n2,2,4,4,4,4\n");

        Assert.Equal(["C", "A", "B"], Read(text, SurveyColumnMapping.Recognised.WithQuestions([SurveyColumnSelector.Header("c"), SurveyColumnSelector.Columns(3, 4)])).Report.Questions.Select(q => q.Name));

        // A coded demographic named as a question is counted: the mapping decides.
        Assert.Equal(["เพศ"], Read(text, SurveyColumnMapping.Recognised.WithQuestions([SurveyColumnSelector.Column(2)])).Report.Questions.Select(q => q.Name));
    }

    [Theory]
    [InlineData(9, "the questions: there is no column 9: the header row names 3 columns (1 \"เพศ\", 2 \"Q1\", 3 \"Q2\")")]
    [InlineData(-1, "the questions: \"Q\" is in the header of 2 columns (2 \"Q1\", 3 \"Q2\"); name one by its number")]
    [InlineData(-2, "the questions: no column's header is or contains \"ความสะอาด\"; the columns are 1 \"เพศ\", 2 \"Q1\", 3 \"Q2\"")]
    public void AMappingThatNamesNoColumn_SaysWhichColumnsThereAre(int column, string message)
    {
        var selector = column switch
        {
            -1 => SurveyColumnSelector.Header("Q"),
            -2 => SurveyColumnSelector.Header("ความสะอาด"),
            _ => SurveyColumnSelector.Column(column),
        };

        Assert.Equal(message, Fails(Utf8("เพศ,Q1,Q2\nชาย,5,4\n"), SurveyColumnMapping.Recognised.WithQuestions([selector])).Message);
    }

    [Fact]
    public void ReversedItems_AreScoredSixMinusTheAnswer()
    {
        var mapping = SurveyColumnMapping.Recognised.WithReversed([SurveyColumnSelector.Header("ขั้นตอนยุ่งยาก")]);

        var (report, _) = Read(Utf8("ความสะดวก,ขั้นตอนยุ่งยาก\n5,1\n4,2\n"), mapping);

        Assert.False(report.Questions[0].IsReversed);
        Assert.True(report.Questions[1].IsReversed);
        Assert.Equal(4.5m, report.Questions[1].Mean);
        Assert.Equal(4.5m, report.Overall.Mean);
    }

    [Fact]
    public void AReversedColumnThatIsNotAQuestion_IsAFailure()
        => Assert.Equal(
            "column 1 \"เพศ\" is named as reversed but is not a question",
            Fails(Utf8("เพศ,Q1\nชาย,5\n"), SurveyColumnMapping.Recognised.WithReversed([SurveyColumnSelector.Column(1)])).Message);

    [Fact]
    public void ABreakdownOfTooManyValues_IsAFailure()
    {
        var text = "Email,Q1\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"p{i}@example.com,5\n"));

        var message = Fails(Utf8(text), SurveyColumnMapping.Recognised.WithBreakdown(SurveyColumnSelector.Header("Email"))).Message;

        Assert.Equal("the breakdown column 1 \"Email\" has more than 100 different values (row 102); break down by a column of categories such as เพศ or สถานภาพ", message);
    }

    [Fact]
    public void BlankBreakdownValues_AreTheirOwnGroup()
    {
        var (report, _) = Read(Utf8("เพศ,Q1\nชาย,5\n,4\n ชาย ,3\n"), SurveyColumnMapping.Recognised.WithBreakdown(SurveyColumnSelector.Column(1)));

        Assert.Equal(["ชาย", string.Empty], report.Breakdown!.Groups.Select(g => g.Value));
        Assert.Equal(4m, report.Breakdown.Groups[0].Report.Overall.Mean);
    }

    [Theory]
    [InlineData("", "the file is empty; expected a header row naming the columns, then one row per respondent")]
    [InlineData("\n\n,,\n", "every row is blank; expected a header row naming the columns, then one row per respondent")]
    [InlineData("ชื่อ,ความเห็น\nสมชาย,ดี\n", "no column holds answers on the 1–5 scale (numbers 1–5, or มากที่สุด, มาก, ปานกลาง, น้อย, น้อยที่สุด); the columns are 1 \"ชื่อ\", 2 \"ความเห็น\"; name the question columns if they are there")]
    public void NotASurvey_IsAFailureThatSaysWhat(string text, string message)
        => Assert.Equal(message, Fails(Utf8(text)).Message);

    [Fact]
    public void BinaryAndEndlessInput_EndWithAFailure()
    {
        Assert.StartsWith("not text in UTF-8, UTF-16 and Windows-874", Fails(new byte[100_000]).Message, StringComparison.Ordinal);

        // An endless row of text: the row bound ends reading long before memory does.
        var outcome = SurveyResponseFile.Read(new EndlessStream((byte)'5'), SurveyColumnMapping.Recognised);
        Assert.False(outcome.Success);
        Assert.Equal($"row 1 (the header): the row is longer than {SurveyCsvReader.MaxRowLength} characters (is a quote never closed?); reading stopped here.", outcome.Message);
    }

    [Fact]
    public void CsvWithASheet_SaysTheSheetWasIgnored()
    {
        var (_, warnings) = Read(Utf8("Q1\n5\n"), options: new SurveyReadOptions { Sheet = "Sheet2" });
        Assert.Equal(SurveyWarningKind.OptionIgnored, Assert.Single(warnings).Kind);
    }

    [Fact]
    public void NeverThrowsOnArbitraryBytes()
    {
        var alphabet = Gen.Elements<byte>((byte)'1', (byte)'5', (byte)'9', (byte)',', (byte)'"', (byte)'\r', (byte)'\n', (byte)' ', 0xA1, 0xC1, 0xE0, 0xB8, 0x00, 0xFF, 0xFE, (byte)'P', (byte)'K', 3, 4);
        Prop.ForAll(alphabet.ArrayOf().ToArbitrary(), bytes =>
        {
            var outcome = SurveyResponseFile.Read(new MemoryStream(bytes), SurveyColumnMapping.Recognised);
            return outcome.Success || outcome.Message!.Length > 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    /// <summary>A stream that never ends.</summary>
    private sealed class EndlessStream(byte value) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(value);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
