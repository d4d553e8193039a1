using System.Globalization;
using Participation.Governance.Assessment;
using Participation.Governance.Text;

namespace Participation.Governance.Surveys;

/// <summary>
/// Reads rows of responses into a <see cref="SurveyReport"/>: finds the header, decides which columns are questions from
/// the first rows, then streams every row into a <see cref="SurveyTally"/> (and one per group of a breakdown), counting
/// what is doubtful for the warnings.
/// </summary>
/// <remarks>
/// Only the first <see cref="SampleRows"/> rows are held, to decide the questions; the rest pass one at a time, so memory
/// is bounded by the sample and the number of questions and groups, not by the file.
/// </remarks>
internal sealed class SurveyTableReader
{
    /// <summary>How many rows after the header decide which columns are questions.</summary>
    internal const int SampleRows = 1000;

    /// <summary>The most characters the sample holds, so a file of huge rows cannot make it large.</summary>
    internal const int MaxSampleCharacters = 4 * 1024 * 1024;

    /// <summary>The share of a column's filled cells that must be answers on the scale for it to be a question.</summary>
    internal const double QuestionShare = 2.0 / 3.0;

    private readonly ISurveyRowSource _source;
    private readonly SatisfactionBandScheme _scheme;
    private readonly List<SurveyWarning> _warnings = [];
    private string[] _headers = [];
    private int[] _questions = [];
    private int _breakdown = -1;
    private SurveyRows _blank;
    private SurveyRows _withoutAnswers;
    private SurveyRows _malformed;
    private SurveyRows _beyondHeader;
    private string? _firstMalformation;
    private SurveyRows[] _offScale = [];
    private string?[] _offScaleExample = [];
    private SurveyRows[,] _forms = new SurveyRows[0, 0];

    private SurveyTableReader(ISurveyRowSource source, SatisfactionBandScheme scheme)
    {
        _source = source;
        _scheme = scheme;
    }

    public static ParseOutcome<SurveyReport> Read(ISurveyRowSource source, SurveyColumnMapping mapping, SatisfactionBandScheme scheme, Action<SurveyWarning>? onWarning)
    {
        var reader = new SurveyTableReader(source, scheme);
        var outcome = reader.Read(mapping);
        if (outcome.Success)
        {
            foreach (var warning in reader._warnings)
            {
                onWarning?.Invoke(warning);
            }
        }

        return outcome;
    }

    private ParseOutcome<SurveyReport> Read(SurveyColumnMapping mapping)
    {
        var sample = new List<SampledRow>();
        var characters = 0L;
        while (sample.Count <= SampleRows && characters < MaxSampleCharacters && _source.Read())
        {
            var row = SampledRow.Copy(_source);
            sample.Add(row);
            characters += row.Characters;
            if (row.StoppedReading)
            {
                break;
            }
        }

        var headerAt = FindHeader(sample);
        if (headerAt < 0)
        {
            return Fail(sample.Count == 0
                ? "the file is empty; expected a header row naming the columns, then one row per respondent"
                : "every row is blank; expected a header row naming the columns, then one row per respondent");
        }

        var header = sample[headerAt];
        if (header.Problem is not null)
        {
            return Fail($"row {header.Number} (the header): {header.Problem}");
        }

        _headers = Headers(header);
        var data = sample.Skip(headerAt + 1).ToList();
        var problem = ChooseColumns(mapping, data, out var reversed);
        if (problem is not null)
        {
            return Fail(problem);
        }

        var questionNames = _questions.Select(q => _headers[q]).ToArray();
        var tally = new SurveyTally(questionNames, reversed);
        var groups = new List<KeyValuePair<string, SurveyTally>>();
        _offScale = new SurveyRows[_questions.Length];
        _offScaleExample = new string?[_questions.Length];
        _forms = new SurveyRows[_questions.Length, 4];
        var answers = new int[_questions.Length];
        var previous = header.Number;

        foreach (var row in data)
        {
            if (Take(row, ref previous, answers, tally, groups, reversed) is { } failure)
            {
                return Fail(failure);
            }
        }

        if (!sample[sample.Count - 1].StoppedReading)
        {
            while (_source.Read())
            {
                if (Take(_source, ref previous, answers, tally, groups, reversed) is { } failure)
                {
                    return Fail(failure);
                }
            }
        }

        WarnAboutRows();
        var report = _breakdown < 0
            ? tally.Summarize(_scheme)
            : tally.Summarize(_scheme, _headers[_breakdown], groups);
        return ParseOutcome<SurveyReport>.ForValue(report);
    }

    private static ParseOutcome<SurveyReport> Fail(string message) => ParseOutcome<SurveyReport>.ForFailure(message, -1);

    /// <summary>
    /// The header is the first row with text, unless that row has one filled cell and a later one has more: a title typed
    /// above the table, as people do in Excel.
    /// </summary>
    private int FindHeader(List<SampledRow> sample)
    {
        var first = sample.FindIndex(r => r.Filled > 0);
        if (first < 0 || sample[first].Filled > 1)
        {
            return first;
        }

        var wider = sample.FindIndex(first, r => r.Filled > 1 && r.Problem is null);
        if (wider < 0)
        {
            return first;
        }

        var skipped = new SurveyRows();
        for (var i = first; i < wider; i++)
        {
            if (sample[i].Filled > 0)
            {
                skipped.Add(sample[i].Number);
            }
        }

        _warnings.Add(new SurveyWarning(
            SurveyWarningKind.RowsAboveHeader,
            string.Format(CultureInfo.InvariantCulture, "{0} above the header (row {1}) {2} taken for a title and skipped", Capitalized(skipped.Describe()), sample[wider].Number, skipped.Count == 1 ? "was" : "were"),
            skipped.Count,
            skipped.First));
        return wider;
    }

    private static string[] Headers(SampledRow header)
    {
        var count = header.Cells.Length;
        while (count > 0 && header.Cells[count - 1].Trim().Length == 0)
        {
            count--;
        }

        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            var name = SurveyHeaders.Normalize(header.Cells[i]);
            names[i] = name.Length > 0 ? name : string.Format(CultureInfo.InvariantCulture, "column {0}", i + 1);
        }

        return names;
    }

    private string? ChooseColumns(SurveyColumnMapping mapping, List<SampledRow> data, out int[] reversed)
    {
        reversed = [];
        if (mapping.BreakdownColumn is { } by)
        {
            var columns = by.Resolve(_headers, out var problem)?.ToList();
            if (columns is null)
            {
                return "the breakdown column: " + problem;
            }

            if (columns.Count != 1)
            {
                return $"the breakdown column must be one column; {by} names {columns.Count}";
            }

            _breakdown = columns[0];
        }

        if (mapping.Questions.Count > 0)
        {
            var chosen = new List<int>();
            foreach (var selector in mapping.Questions)
            {
                var columns = selector.Resolve(_headers, out var problem);
                if (columns is null)
                {
                    return "the questions: " + problem;
                }

                chosen.AddRange(columns.Where(c => !chosen.Contains(c)));
            }

            if (_breakdown >= 0 && chosen.Contains(_breakdown))
            {
                return $"column {SurveyColumnSelector.Describe(_breakdown, _headers[_breakdown])} cannot be both a question and the breakdown column";
            }

            _questions = chosen.ToArray();
        }
        else
        {
            _questions = RecogniseQuestions(data);
            if (_questions.Length == 0)
            {
                return $"no column holds answers on the 1–5 scale (numbers 1–5, or มากที่สุด, มาก, ปานกลาง, น้อย, น้อยที่สุด); the columns are {SurveyColumnSelector.Describe(_headers)}; name the question columns if they are there";
            }
        }

        var reversedList = new List<int>();
        foreach (var selector in mapping.ReversedQuestions)
        {
            var columns = selector.Resolve(_headers, out var problem);
            if (columns is null)
            {
                return "the reversed questions: " + problem;
            }

            foreach (var column in columns)
            {
                var index = Array.IndexOf(_questions, column);
                if (index < 0)
                {
                    return $"column {SurveyColumnSelector.Describe(column, _headers[column])} is named as reversed but is not a question";
                }

                reversedList.Add(index);
            }
        }

        reversed = reversedList.ToArray();
        return null;
    }

    private int[] RecogniseQuestions(List<SampledRow> data)
    {
        var questions = new List<int>();
        var leftOut = new List<string>();
        for (var column = 0; column < _headers.Length; column++)
        {
            var role = column == _breakdown ? SurveyColumnRole.Breakdown : SurveyHeaders.Recognise(_headers[column]);
            if (role != SurveyColumnRole.Question)
            {
                leftOut.Add($"{SurveyColumnSelector.Describe(column, _headers[column])} ({RoleName(role)})");
                continue;
            }

            var onScale = new SurveyRows();
            var offScale = 0L;
            foreach (var row in data.Where(r => r.Problem is null))
            {
                var form = LikertAnswer.Read(row.Cell(column).AsSpan(), out _);
                if (form is LikertForm.Number or LikertForm.Word or LikertForm.Labelled)
                {
                    onScale.Add(row.Number);
                }
                else if (form == LikertForm.OffScale)
                {
                    offScale++;
                }
            }

            if (onScale.Count + offScale == 0)
            {
                // An optional question no one answered (yet) is still a question: it is reported with n = 0, and said.
                questions.Add(column);
                _warnings.Add(new SurveyWarning(
                    SurveyWarningKind.QuestionWithoutAnswers,
                    $"column {SurveyColumnSelector.Describe(column, _headers[column])} has no answers in its first {data.Count} rows; it is reported as a question with n = 0 (leave it out by naming the questions)",
                    column: column + 1,
                    columnName: _headers[column]));
                continue;
            }

            if (onScale.Count >= QuestionShare * (onScale.Count + offScale))
            {
                questions.Add(column);
                continue;
            }

            leftOut.Add($"{SurveyColumnSelector.Describe(column, _headers[column])} (not answers on the 1–5 scale)");
            if (onScale.Count > 0)
            {
                _warnings.Add(new SurveyWarning(
                    SurveyWarningKind.UncertainColumn,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "column {0}: {1} of its first {2} filled cells are answers on the 1–5 scale ({3}), too few to call it a question; left out (name it among the questions to count it)",
                        SurveyColumnSelector.Describe(column, _headers[column]),
                        onScale.Count,
                        onScale.Count + offScale,
                        onScale.Describe()),
                    onScale.Count,
                    onScale.First,
                    column + 1,
                    _headers[column]));
            }
        }

        if (leftOut.Count > 0 && questions.Count > 0)
        {
            _warnings.Insert(0, new SurveyWarning(
                SurveyWarningKind.ColumnsLeftOut,
                $"questions: columns {Ranges(questions)}; left out: {string.Join(", ", leftOut)}"));
        }

        return questions.ToArray();
    }

    private static string RoleName(SurveyColumnRole role) => role switch
    {
        SurveyColumnRole.Timestamp => "timestamp",
        SurveyColumnRole.Email => "e-mail",
        SurveyColumnRole.Identity => "identity",
        SurveyColumnRole.Demographic => "demographic",
        SurveyColumnRole.Score => "score",
        SurveyColumnRole.Comment => "comments",
        SurveyColumnRole.Breakdown => "the breakdown column",
        _ => "not a question",
    };

    /// <summary>Column numbers as ranges: <c>4–13, 15</c>.</summary>
    private static string Ranges(List<int> columns)
    {
        var parts = new List<string>();
        for (var i = 0; i < columns.Count;)
        {
            var j = i;
            while (j + 1 < columns.Count && columns[j + 1] == columns[j] + 1)
            {
                j++;
            }

            parts.Add(j == i
                ? (columns[i] + 1).ToString(CultureInfo.InvariantCulture)
                : string.Format(CultureInfo.InvariantCulture, "{0}–{1}", columns[i] + 1, columns[j] + 1));
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>Counts one row; returns a failure message when the row stops reading or the breakdown has too many groups.</summary>
    private string? Take(ISurveyRowSource row, ref long previous, int[] answers, SurveyTally tally, List<KeyValuePair<string, SurveyTally>> groups, int[] reversed)
    {
        var number = row.RowNumber;
        for (var gap = previous + 1; gap < number; gap++)
        {
            // A worksheet stores no element for an empty row; a CSV would have had a line of commas there.
            _blank.Add(gap);
        }

        previous = number;
        if (row.StoppedReading)
        {
            return $"row {number}: {row.Problem}";
        }

        if (row.Problem is not null)
        {
            _firstMalformation ??= row.Problem;
            _malformed.Add(number);
            return null;
        }

        var cells = row.CellCount;
        var filled = false;
        var beyond = false;
        for (var cell = 0; cell < cells; cell++)
        {
            if (!IsBlank(row.GetCell(cell)))
            {
                filled = true;
                beyond |= cell >= _headers.Length;
            }
        }

        if (!filled)
        {
            _blank.Add(number);
            return null;
        }

        if (beyond)
        {
            _beyondHeader.Add(number);
        }

        var answered = false;
        for (var q = 0; q < _questions.Length; q++)
        {
            var column = _questions[q];
            var text = column < cells ? row.GetCell(column) : default;
            var form = LikertAnswer.Read(text, out var value);
            answers[q] = value;
            answered |= value != 0;
            if (form == LikertForm.OffScale)
            {
                _offScale[q].Add(number);
                _offScaleExample[q] ??= Excerpt(text);
            }
            else if (form != LikertForm.Blank)
            {
                _forms[q, (int)form].Add(number);
            }
        }

        if (!answered)
        {
            _withoutAnswers.Add(number);
            return null;
        }

        tally.AddRespondent(answers);
        if (_breakdown >= 0)
        {
            var value = _breakdown < cells ? Trim(row.GetCell(_breakdown)) : default;
            SurveyTally? group = null;
            foreach (var existing in groups)
            {
                if (value.SequenceEqual(existing.Key.AsSpan()))
                {
                    group = existing.Value;
                    break;
                }
            }

            if (group is null)
            {
                if (groups.Count == SurveyReadOptions.MaxGroups)
                {
                    return string.Format(
                        CultureInfo.InvariantCulture,
                        "the breakdown column {0} has more than {1} different values (row {2}); break down by a column of categories such as เพศ or สถานภาพ",
                        SurveyColumnSelector.Describe(_breakdown, _headers[_breakdown]),
                        SurveyReadOptions.MaxGroups,
                        number);
                }

                group = new SurveyTally(tally.Questions, reversed);
                groups.Add(new KeyValuePair<string, SurveyTally>(value.ToString(), group));
            }

            group.AddRespondent(answers);
        }

        return null;
    }

    private void WarnAboutRows()
    {
        if (_blank.Count > 0)
        {
            _warnings.Add(new SurveyWarning(SurveyWarningKind.BlankRows, $"{Count(_blank.Count, "blank row")} ({_blank.Describe()}); not counted as respondents", _blank.Count, _blank.First));
        }

        if (_withoutAnswers.Count > 0)
        {
            _warnings.Add(new SurveyWarning(SurveyWarningKind.RowsWithoutAnswers, $"{Count(_withoutAnswers.Count, "row")} with no answer to any question ({_withoutAnswers.Describe()}); not counted as respondents", _withoutAnswers.Count, _withoutAnswers.First));
        }

        if (_malformed.Count > 0)
        {
            _warnings.Add(new SurveyWarning(SurveyWarningKind.MalformedRows, $"{Count(_malformed.Count, "row")} could not be read ({_malformed.Describe()}; the first: {_firstMalformation}); left out", _malformed.Count, _malformed.First, leavesOutAnswers: true));
        }

        if (_beyondHeader.Count > 0)
        {
            _warnings.Add(new SurveyWarning(SurveyWarningKind.CellsBeyondHeader, $"{Count(_beyondHeader.Count, "row")} {(_beyondHeader.Count == 1 ? "has" : "have")} text past column {_headers.Length}, the last the header names ({_beyondHeader.Describe()}); that text was left out", _beyondHeader.Count, _beyondHeader.First, leavesOutAnswers: true));
        }

        for (var q = 0; q < _questions.Length; q++)
        {
            var column = _questions[q];
            var described = SurveyColumnSelector.Describe(column, _headers[column]);
            if (_offScale[q].Count > 0)
            {
                _warnings.Add(new SurveyWarning(
                    SurveyWarningKind.AnswersOffScale,
                    $"column {described}: {Count(_offScale[q].Count, "answer")} {(_offScale[q].Count == 1 ? "is" : "are")} not on the 1–5 scale ({_offScale[q].Describe()}; e.g. \"{_offScaleExample[q]}\"); left out",
                    _offScale[q].Count,
                    _offScale[q].First,
                    column + 1,
                    _headers[column],
                    leavesOutAnswers: true));
            }

            var forms = new[] { LikertForm.Number, LikertForm.Word, LikertForm.Labelled }.Where(f => _forms[q, (int)f].Count > 0).ToList();
            if (forms.Count > 1)
            {
                var minority = forms.OrderBy(f => _forms[q, (int)f].Count).First();
                var counts = string.Join(", ", forms.Select(f => $"{_forms[q, (int)f].Count.ToString(CultureInfo.InvariantCulture)} {FormName(f)}"));
                _warnings.Add(new SurveyWarning(
                    SurveyWarningKind.MixedWordsAndNumbers,
                    $"column {described}: answers are written in more than one way: {counts} (the {FormName(minority)} at {_forms[q, (int)minority].Describe()}); all were counted, มากที่สุด as 5 … น้อยที่สุด as 1",
                    _forms[q, (int)minority].Count,
                    _forms[q, (int)minority].First,
                    column + 1,
                    _headers[column]));
            }
        }
    }

    private static string FormName(LikertForm form) => form switch
    {
        LikertForm.Number => "numbers",
        LikertForm.Word => "words",
        _ => "numbers with words",
    };

    private static string Count(long count, string noun)
        => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static bool IsBlank(ReadOnlySpan<char> cell) => Trim(cell).Length == 0;

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> cell)
    {
        var start = 0;
        var end = cell.Length;
        while (start < end && (char.IsWhiteSpace(cell[start]) || ThaiCharacters.IsInvisible(cell[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(cell[end - 1]) || ThaiCharacters.IsInvisible(cell[end - 1])))
        {
            end--;
        }

        return cell.Slice(start, end - start);
    }

    private static string Excerpt(ReadOnlySpan<char> text)
    {
        const int Shown = 20;
        var trimmed = Trim(text);
        var excerpt = (trimmed.Length > Shown ? trimmed.Slice(0, Shown) : trimmed).ToString().Replace('\n', ' ').Replace('\r', ' ').Replace('"', '\'');
        return trimmed.Length > Shown ? excerpt + "…" : excerpt;
    }

    /// <summary>A row of the sample, copied out of the source so the source can move on.</summary>
    private sealed class SampledRow : ISurveyRowSource
    {
        private SampledRow(long number, string[] cells, string? problem, bool stopped)
        {
            Number = number;
            Cells = cells;
            Problem = problem;
            StoppedReading = stopped;
            Filled = cells.Count(c => !IsBlank(c.AsSpan()));
            Characters = cells.Sum(c => (long)c.Length);
        }

        public long Number { get; }

        public string[] Cells { get; }

        public int Filled { get; }

        public long Characters { get; }

        public long RowNumber => Number;

        public int CellCount => Cells.Length;

        public string? Problem { get; }

        public bool StoppedReading { get; }

        public static SampledRow Copy(ISurveyRowSource source)
        {
            var cells = new string[source.CellCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = source.GetCell(i).ToString();
            }

            return new SampledRow(source.RowNumber, cells, source.Problem, source.StoppedReading);
        }

        public string Cell(int index) => index < Cells.Length ? Cells[index] : string.Empty;

        public bool Read() => false;

        public ReadOnlySpan<char> GetCell(int index) => Cells[index].AsSpan();

        public void Dispose()
        {
        }
    }
}
