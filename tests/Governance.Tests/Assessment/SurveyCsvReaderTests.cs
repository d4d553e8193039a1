using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class SurveyCsvReaderTests
{
    private static List<string[]> Rows(string text)
    {
        var reader = new SurveyCsvReader(new StringReader(text));
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.CellCount).Select(i => reader.GetCell(i).ToString()).ToArray());
        }

        return rows;
    }

    [Fact]
    public void ReadsCellsQuotesAndLineBreaksAsRfc4180Says()
    {
        var rows = Rows("\uFEFFa,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\n\nlast");

        Assert.Equal(["a", "b,c", "say \"hi\""], rows[0]);
        Assert.Equal(["two\nlines", string.Empty, "x"], rows[1]);
        Assert.Equal([string.Empty], rows[2]);
        Assert.Equal(["last"], rows[3]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void RowNumbersCountRowsAndLineNumbersCountLines()
    {
        var reader = new SurveyCsvReader(new StringReader("h\n\"a\nb\"\nc\n"));
        var seen = new List<(long Row, long Line)>();
        while (reader.Read())
        {
            seen.Add((reader.RowNumber, reader.LineNumber));
        }

        Assert.Equal([(1L, 1L), (2, 2), (3, 4)], seen);
    }

    [Fact]
    public void AnEndlessRow_StopsReadingAtTheBound()
    {
        var reader = new SurveyCsvReader(new EndlessReader('5'));

        Assert.True(reader.Read());
        Assert.True(reader.StoppedReading);
        Assert.Equal($"the row is longer than {SurveyCsvReader.MaxRowLength} characters (is a quote never closed?); reading stopped here.", reader.Problem);
        Assert.False(reader.Read());
    }

    [Fact]
    public void AnEndlessUnclosedQuote_StopsReadingAtTheBound()
    {
        var reader = new SurveyCsvReader(new EndlessReader('\n', prefix: "a,\"b"));

        Assert.True(reader.Read());
        Assert.True(reader.StoppedReading);
        Assert.False(reader.Read());
    }

    [Fact]
    public void AnEndlessLineAfterAStrayQuote_StopsReadingAtTheBound()
    {
        var reader = new SurveyCsvReader(new EndlessReader('x', prefix: "a\"b"));

        Assert.True(reader.Read());
        Assert.True(reader.StoppedReading);
    }

    [Fact]
    public void TooManyCells_StopReading()
    {
        var reader = new SurveyCsvReader(new StringReader(new string(',', SurveyCsvReader.MaxCells) + "\n5\n"));

        Assert.True(reader.Read());
        Assert.True(reader.StoppedReading);
        Assert.Equal($"the row has more than {SurveyCsvReader.MaxCells} cells, more than a spreadsheet has; reading stopped here.", reader.Problem);
        Assert.False(reader.Read());
    }

    [Fact]
    public void ReadingAnythingEndsAndEveryRowHasACell()
        => Prop.ForAll(Gen.Elements('a', '5', ',', '"', '\r', '\n', ' ').ArrayOf().Select(cs => new string(cs)).ToArbitrary(), text =>
        {
            var reader = new SurveyCsvReader(new StringReader(text));
            var rows = 0L;
            while (reader.Read())
            {
                if (reader.CellCount < 1 || reader.RowNumber != ++rows)
                {
                    return false;
                }
            }

            return rows <= text.Length + 1;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    /// <summary>Text that never ends: an optional start, then one character for ever.</summary>
    private sealed class EndlessReader(char fill, string prefix = "") : TextReader
    {
        private int _prefixRead;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = 0;
            while (_prefixRead < prefix.Length && n < count)
            {
                buffer[index + n++] = prefix[_prefixRead++];
            }

            buffer.AsSpan(index + n, count - n).Fill(fill);
            return count;
        }
    }
}
