using BenchmarkDotNet.Attributes;
using Participation.Governance.Assessment;
using Participation.Governance.Surveys;

namespace Participation.Governance.Benchmarks.Surveys;

/// <summary>
/// Reading a Google Forms CSV export of 100,000 rows (14 columns, ten questions) into a report, against the runtime's
/// own reading of the same bytes as text line by line: the floor any CSV reader stands on. Rows per second are 100,000
/// divided by the mean.
/// </summary>
[MemoryDiagnoser]
public class SurveyCsvReadingBenchmarks
{
    private const int Rows = 100_000;

    private byte[] _csv = [];

    [GlobalSetup]
    public void Setup() => _csv = SurveyExport.Csv(Rows);

    /// <summary>The anchor: StreamReader decodes UTF-8 and ReadLine splits the rows; nothing is parsed.</summary>
    [Benchmark(Baseline = true)]
    public long StreamReaderLines()
    {
        using var reader = new StreamReader(new MemoryStream(_csv), System.Text.Encoding.UTF8);
        long characters = 0;
        while (reader.ReadLine() is { } line)
        {
            characters += line.Length;
        }

        return characters;
    }

    /// <summary>Ours: detect the encoding, tokenize, recognise the questions, read words and numbers, tally, summarize.</summary>
    [Benchmark]
    public SurveyReport SurveyResponseFileRead()
        => SurveyResponseFile.Read(new MemoryStream(_csv), SurveyColumnMapping.Recognised).Value;
}
