using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class SurveyResponseReaderTests
{
    private static SurveyResponseReader Open(string text)
    {
        var result = SurveyResponseReader.Open(new StringReader(text));
        Assert.True(result.Success, result.Message);
        return result.Value;
    }

    private static List<(long Line, string? Problem, int[] Answers)> ReadAll(string text)
    {
        var reader = Open(text);
        var rows = new List<(long, string?, int[])>();
        while (reader.Read())
        {
            var answers = new int[reader.Questions.Count];
            if (reader.Problem is null)
            {
                reader.CopyAnswersTo(answers);
            }

            rows.Add((reader.LineNumber, reader.Problem, answers));
        }

        return rows;
    }

    [Fact]
    public void ReadsHeaderAndRows()
    {
        var reader = Open("Q1,Q2,Q3\n5,4,3\n1,,2\n");

        Assert.Equal(["Q1", "Q2", "Q3"], reader.Questions);
        Assert.True(reader.Read());
        Assert.Equal(2, reader.LineNumber);
        Assert.Null(reader.Problem);
        Assert.Equal(5, reader.GetAnswer(0));
        Assert.Equal(3, reader.GetAnswer(2));
        Assert.True(reader.Read());
        Assert.Equal(3, reader.LineNumber);
        Assert.Equal(0, reader.GetAnswer(1));
        Assert.False(reader.Read());
    }

    [Theory]
    [InlineData("\uFEFFQ1,Q2\r\n5,4\r\n")]
    [InlineData("Q1,Q2\r\n5,4")]
    [InlineData("Q1,Q2\n5,4\n")]
    [InlineData("Q1,Q2\r5,4\r")]
    [InlineData("\"Q1\",\"Q2\"\n\"5\",\" 4 \"\n")]
    [InlineData("Q1 , Q2,,\n5,4,,\n")]
    [InlineData("Q1,Q2\n๕,๔\n")]
    public void LineEndingsBomQuotesAndThaiDigits(string text)
    {
        var rows = ReadAll(text);
        Assert.Equal(["Q1", "Q2"], Open(text).Questions);
        var row = Assert.Single(rows);
        Assert.Null(row.Problem);
        Assert.Equal([5, 4], row.Answers);
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void QuotedHeaderCellsMayHoldCommasQuotesAndLineBreaks()
    {
        var reader = Open("\"ความพึงพอใจ, ด้านบริการ\",\"ตอบ \"\"ทันที\"\"\",\"สอง\r\nบรรทัด\"\n3,4,5\n");

        Assert.Equal(["ความพึงพอใจ, ด้านบริการ", "ตอบ \"ทันที\"", "สอง\nบรรทัด"], reader.Questions);
        Assert.True(reader.Read());
        Assert.Equal(3, reader.LineNumber);
        Assert.Equal(5, reader.GetAnswer(2));
    }

    [Fact]
    public void BlankRowsAreSkippedAndLineNumbersKeepCounting()
    {
        var rows = ReadAll("Q1,Q2\n\n5,5\n,\n  ,\t\n1,2\n\n");
        Assert.Equal([2L + 1, 6], rows.Select(r => r.Line));
    }

    [Fact]
    public void ShortRowsLeaveTheRestUnanswered()
        => Assert.Equal([4, 0, 0], Assert.Single(ReadAll("A,B,C\n4\n")).Answers);

    [Theory]
    [InlineData("Q1,Q2\n5,6\n", "column 2 (Q2): expected an answer 1–5 or an empty cell, found \"6\".")]
    [InlineData("Q1,Q2\n5,x\n", "column 2 (Q2): expected an answer 1–5 or an empty cell, found \"x\".")]
    [InlineData("Q1,Q2\n0,5\n", "column 1 (Q1): expected an answer 1–5 or an empty cell, found \"0\".")]
    [InlineData("Q1,Q2\n4.5,5\n", "column 1 (Q1): expected an answer 1–5 or an empty cell, found \"4.5\".")]
    [InlineData("Q1,Q2\n5,4,3\n", "the row has a non-empty cell in column 3, but the header names only 2 questions.")]
    [InlineData("Q1,Q2\n5,4\"\n", "column 2: a quote (\") may only open a cell; quote the whole cell and double the quote inside it.")]
    [InlineData("Q1,Q2\n\"5\"4,3\n", "column 1: expected a comma or the end of the row after a closing quote, found '4'.")]
    [InlineData("Q1,Q2\n5,\"4\n", "column 2: the quoted cell opened on line 2 is never closed; expected a closing quote (\").")]
    public void MalformedRowsAreReportedWithWhatWasExpected(string text, string message)
    {
        var row = Assert.Single(ReadAll(text));
        Assert.Equal(2, row.Line);
        Assert.Equal(message, row.Problem);
    }

    [Fact]
    public void MalformedRowDoesNotStopReadingAndTheNextRowHasItsOwnLine()
    {
        var rows = ReadAll("Q1,Q2\n5,4\n9,4\n3,3\n1,5\"\"x\n2,2\n");

        Assert.Equal([2L, 3, 4, 5, 6], rows.Select(r => r.Line));
        Assert.Equal([false, true, false, true, false], rows.Select(r => r.Problem is not null));
        Assert.Equal([2, 2], rows[4].Answers);
    }

    [Fact]
    public void GetAnswer_OnAMalformedRow_Throws()
    {
        var reader = Open("Q1\n7\n");
        Assert.True(reader.Read());
        Assert.NotNull(reader.Problem);
        Assert.Throws<InvalidOperationException>(() => reader.GetAnswer(0));
    }

    [Fact]
    public void GetAnswer_BeforeRead_Throws()
        => Assert.Throws<InvalidOperationException>(() => Open("Q1\n1\n").GetAnswer(0));

    [Fact]
    public void GetAnswer_AfterTheLastRow_Throws()
    {
        var reader = Open("Q1\n1\n");
        Assert.True(reader.Read());
        Assert.Equal(1, reader.GetAnswer(0));
        Assert.False(reader.Read());
        Assert.Throws<InvalidOperationException>(() => reader.GetAnswer(0));
    }

    [Theory]
    [InlineData("", "line 1: the file is empty; expected a header row of question names separated by commas.")]
    [InlineData("\uFEFF", "line 1: the file is empty; expected a header row of question names separated by commas.")]
    [InlineData("\n5\n", "line 1: the header row is blank; expected question names separated by commas.")]
    [InlineData("Q1,,Q3\n", "line 1: column 2 of the header has no question name.")]
    [InlineData("Q1,Q1\n", "line 1: question \"Q1\" appears twice in the header; question names must differ.")]
    [InlineData("Q\"1\n", "line 1: column 1: a quote (\") may only open a cell; quote the whole cell and double the quote inside it.")]
    public void Open_BadHeader_FailsWithAMessage(string text, string message)
    {
        var result = SurveyResponseReader.Open(new StringReader(text));
        Assert.False(result.Success);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void OverlongCellsAreMalformedNotBuffered()
    {
        var rows = ReadAll("Q1\n" + new string('5', 5000) + "\n4\n");
        Assert.Equal("column 1: the cell is longer than 1000 characters.", rows[0].Problem);
        Assert.Equal([4], rows[1].Answers);
    }

    [Fact]
    public void ReadsAcrossBufferBoundaries()
    {
        var text = "Q1,Q2\r\n" + string.Concat(Enumerable.Repeat("5,4\r\n", 20000));
        var rows = ReadAll(text);
        Assert.Equal(20000, rows.Count);
        Assert.All(rows, r => Assert.Equal([5, 4], r.Answers));
        Assert.Equal(20001, rows[^1].Line);
    }

    [Fact]
    public void NeverThrowsOnArbitraryText()
    {
        var alphabet = Gen.Elements('1', '3', '5', '9', ',', '"', '\r', '\n', ' ', 'x', '\uFEFF', '๕');
        var texts = alphabet.ArrayOf().Select(cs => new string(cs)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var opened = SurveyResponseReader.Open(new StringReader(text));
            if (!opened.Success)
            {
                return opened.Message!.StartsWith("line 1: ", StringComparison.Ordinal);
            }

            var reader = opened.Value;
            var lastLine = 1L;
            while (reader.Read())
            {
                if (reader.LineNumber <= lastLine)
                {
                    return false;
                }

                lastLine = reader.LineNumber;
                if (reader.Problem is null)
                {
                    for (var i = 0; i < reader.Questions.Count; i++)
                    {
                        if (reader.GetAnswer(i) is < 0 or > 5)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void NeverThrowsOnArbitraryUnicode()
        => Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var opened = SurveyResponseReader.Open(new StringReader(text ?? string.Empty));
            if (opened.Success)
            {
                while (opened.Value.Read())
                {
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
}
