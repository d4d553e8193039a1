using System.Text;
using NodaTime.Text;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Outline;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Reads the text of announcements (ประกาศ) and memos (บันทึกข้อความ) — as agencies export them from Word or PDF —
/// into <see cref="OfficialDocument"/>s: parts, clause tree, recognised measure and compliance findings.
/// </summary>
/// <remarks>
/// <para>
/// The text may start with a byte-order mark and use LF, CR LF or lone CR line ends. Page breaks, blank lines,
/// runs of spaces and tabs, zero-width spaces, SARA AM written as two characters, Markdown headings, emphasis and
/// bullets, and separator rules are ignored. A line that starts with an unticked checkbox (☐, □, [ ]) is an option
/// the writer did not choose and is skipped; a ticked one (☑, ☒, ✓, [x]) is read without its mark.
/// </para>
/// <para>
/// A document starts at a line "บันทึกข้อความ" (a memo) or at a header line "ประกาศ…" followed by a line
/// "เรื่อง …" (an announcement); text before any header is read as an announcement without one. A memo followed
/// by the announcement it submits gives two documents. Clauses are lines that start with an outline number in
/// Thai or Arabic digits (๑. ๑.๑ ๑) (๑), optionally after a bullet such as "- "); a dotted number nests under the
/// clause it extends (๒.๑ under ๒) or ๒.), a number in another style nests under the clause before it.
/// The body ends at "จึงประกาศ…", "จึงเรียน…" or the date line "ประกาศ ณ วันที่ …"; then the first line in
/// parentheses is the signatory and the next line the position.
/// </para>
/// <para>
/// Text that OCR recognised on page images (<see cref="SourceFormat.Ocr"/>) is read as it comes: every fact is marked
/// <see cref="FactReading.FromOcr"/>; Thai that runs on from one line to the next is joined without a space, as the page
/// wrapped it; a date whose digits do not form a date cleanly (two scripts in one number, a year of three or five
/// digits) is a fact marked <see cref="FactReading.Unreadable"/> rather than a guess. Dates and years are the words OCR
/// misreads unnoticed (๒๕๖๖ as ๒๕๒๒ still reads as a date), so a measure read from OCR text takes neither its issue date
/// nor its fiscal year (they stay facts for a person to check), and the rule that compares them (GOV004) is never raised
/// from a scan.
/// </para>
/// <para>
/// Reading never throws on any text and is a single pass whose work grows linearly with the length of the text.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class AnnouncementReader
{
    /// <summary>Reads every document in a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The documents in order; empty when the text has no words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<OfficialDocument> Read(string text) => Read(Preconditions.CheckNotNull(text), fromOcr: false);

    private static List<OfficialDocument> Read(string text, bool fromOcr)
    {
        var lines = new TextLines(text);
        try
        {
            return Read(lines, fromOcr);
        }
        finally
        {
            lines.Release();
        }
    }

    private static List<OfficialDocument> Read(TextLines lines, bool fromOcr)
    {
        // nextText[i]: the index of the first line with words after line i, so header detection looks ahead in O(1).
        var nextText = new int[lines.Count + 1];
        nextText[lines.Count] = -1;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            nextText[i] = i + 1 < lines.Count && lines.KindOf(i + 1) == TextLines.LineKind.Text ? i + 1 : nextText[i + 1];
        }

        var documents = new List<OfficialDocument>();
        DocumentBuilder? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.KindOf(i) != TextLines.LineKind.Text)
            {
                current?.Pause();
                continue;
            }

            var line = lines[i];
            var lineNumber = i + 1;
            if (HeaderWords.StartsWith(line, Words.Memo))
            {
                Finish(documents, current);
                current = new DocumentBuilder(DocumentKind.Memo, lineNumber, fromOcr);
                continue;
            }

            if (TryReadHeader(lines, nextText, i, out var agency, out var headerEnd))
            {
                Finish(documents, current);
                current = new DocumentBuilder(DocumentKind.Announcement, lineNumber, fromOcr) { Agency = agency, AgencyLine = agency is null ? null : headerEnd + 1 };
                i = headerEnd;
                continue;
            }

            current ??= new DocumentBuilder(DocumentKind.Announcement, lineNumber, fromOcr);
            current.Accept(lines.MemoryOf(i), lineNumber, lines.IndentOf(i));
        }

        Finish(documents, current);
        return documents;
    }

    /// <summary>
    /// Reads every document in the text of a file (see <see cref="DocumentTextReader"/>); each document keeps the text, so
    /// that its lines can be shown where they are in the file (<see cref="OfficialDocument.DescribeLine"/>). Text from OCR
    /// (<see cref="SourceFormat.Ocr"/>) is read as OCR makes it (see the remarks).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The documents in order; empty when the text has no words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<OfficialDocument> Read(DocumentText text)
    {
        Preconditions.CheckNotNull(text);
        return Read(text.Text, text.Format == SourceFormat.Ocr).Select(d => d.WithSourceText(text)).ToArray();
    }

    /// <summary>Reads every document in a UTF-8 stream (a byte-order mark is allowed).</summary>
    /// <param name="utf8">The stream; read to its end and left open.</param>
    /// <returns>The documents in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IReadOnlyList<OfficialDocument> Read(Stream utf8)
    {
        Preconditions.CheckNotNull(utf8);
        using var reader = new StreamReader(utf8, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return Read(reader.ReadToEnd());
    }

    private static void Finish(List<OfficialDocument> documents, DocumentBuilder? builder)
    {
        if (builder is not null)
        {
            documents.Add(builder.Build());
        }
    }

    /// <summary>
    /// "ประกาศ&lt;agency&gt;" with "เรื่อง …" on the next line with words; or "ประกาศ" alone, the agency on the next line,
    /// then "เรื่อง …". The date line "ประกาศ ณ วันที่ …" and the closing "ประกาศให้ทราบ…" are never headers.
    /// </summary>
    private static bool TryReadHeader(TextLines lines, int[] nextText, int index, out string? agency, out int headerEnd)
    {
        agency = null;
        headerEnd = index;
        var line = lines[index];
        var headerLength = HeaderWords.Match(line, Words.Announcement, out _);
        if (headerLength < 0 || IsDateLine(line))
        {
            return false;
        }

        var next = nextText[index];
        if (next < 0)
        {
            return false;
        }

        var rest = line.Slice(headerLength).Trim();
        if (HeaderWords.StartsWith(lines[next], Words.Subject))
        {
            agency = rest.Length > 0 ? rest.ToString() : null;
            return true;
        }

        var afterNext = nextText[next];
        if (rest.Length == 0 && afterNext >= 0 && HeaderWords.StartsWith(lines[afterNext], Words.Subject))
        {
            agency = lines[next].ToString();
            headerEnd = next;
            return true;
        }

        return false;
    }

    private static bool IsDateLine(ReadOnlySpan<char> line)
        => HeaderWords.StartsWith(line, Words.AnnouncedOn)
            || HeaderWords.StartsWith(line, Words.GivenOn);

    /// <summary>The words that mark the parts of official documents.</summary>
    private static class Words
    {
        public const string Memo = "บันทึกข้อความ";
        public const string Announcement = "ประกาศ";
        public const string Subject = "เรื่อง";
        public const string AnnouncedOn = "ประกาศ ณ";
        public const string GivenOn = "ให้ไว้ ณ";
        public const string ClosingAnnouncement = "จึงประกาศ";
        public const string ClosingMemo = "จึงเรียน";
        public const string Department = "ส่วนราชการ";
        public const string Reference = "ที่";
        public const string Date = "วันที่";
        public const string DateWithoutMark = "วันที";
        public const string Addressee = "เรียน";
    }

    /// <summary>Collects one document line by line.</summary>
    private sealed class DocumentBuilder(DocumentKind kind, int firstLine, bool fromOcr)
    {
        private const int MaxOpenClauses = 3 * OutlineNumber.MaxDepth;
        private const int MaxTitleWraps = 2;
        private const int MaxTitleLineLength = 100;

        /// <summary>How many lines of a memo's header read from OCR may be unreadable before the header is taken to have ended.</summary>
        private const int MaxGarbledHeaderLines = 2;

        /// <summary>Words that open the first paragraph after a title, not a wrapped title line.</summary>
        private static readonly string[] ParagraphOpeners = ["ด้วย", "ตามที่", "ตาม", "เพื่อ", "โดยที่", "อาศัย", "เนื่องด้วย", "เนื่องจาก", "ทั้งนี้", "ในการ", "อนุสนธิ"];

        /// <summary>Words that continue a title on its next line, however it is indented.</summary>
        private static readonly string[] TitleContinuations = ["ประจำปี", "ปีงบประมาณ", "ของ", "ในการ", "และ", "("];

        /// <summary>Words an agency's name starts with, when it follows the title on its own line.</summary>
        private static readonly string[] AgencyWords = ["สำนักงาน", "สำนัก", "กรม", "กระทรวง", "เทศบาล", "องค์การ", "โรงเรียน", "มหาวิทยาลัย", "จังหวัด", "อำเภอ", "ศูนย์", "สถาบัน", "โรงพยาบาล", "การไฟฟ้า", "การประปา", "กอง", "สภา"];

        private readonly List<DocumentClause> _topLevel = [];
        private readonly StringBuilder _clauseText = new();
        private DocumentClause? _pending;
        private ReadOnlyMemory<char> _firstPart;
        private readonly List<DocumentClause> _open = [];
        private readonly StringBuilder _opening = new();
        private Part _part = Part.Header;
        private bool _awaitingPosition;
        private int _lastLine;
        private string? _title;
        private bool _titleOpen;
        private int _titleIndent;
        private int _titleWraps;
        private string? _agencyAfterTitle;
        private int? _agencyAfterTitleLine;
        private int? _titleLine;
        private string? _department;
        private string? _reference;
        private string? _addressee;
        private NodaTime.LocalDate? _date;
        private int? _dateLine;
        private string? _datePhrase;
        private int _garbledHeaderLines;
        private int? _unreadableDateLine;
        private string? _unreadableDatePhrase;
        private int? _departmentLine;
        private int? _openingLine;
        private string? _signatory;
        private int? _signatoryLine;
        private string? _position;

        private enum Part
        {
            Header,
            Body,
            Closing,
        }

        public string? Agency { get; init; }

        public int? AgencyLine { get; init; }

        public void Accept(ReadOnlyMemory<char> words, int lineNumber, int indent)
        {
            var line = words.Span;
            _lastLine = Math.Max(lineNumber, firstLine);
            if (_titleOpen && AcceptTitleLine(line, lineNumber, indent))
            {
                return;
            }

            _titleOpen = false;
            if (_part == Part.Header && AcceptHeader(line, lineNumber, indent))
            {
                return;
            }

            if (_part != Part.Closing)
            {
                _part = Part.Body;
                AcceptBody(words, lineNumber, indent);
                return;
            }

            AcceptClosing(line, lineNumber);
        }

        public OfficialDocument Build()
        {
            ClosePending();
            var opening = _opening.ToString();
            var agency = Agency ?? _agencyAfterTitle;

            // The facts of the header come first and the date's last, so the recognised facts need not be copied to join them.
            var header = new List<DocumentFact>(2);
            if (agency is not null)
            {
                header.Add(new DocumentFact(FactKind.Agency, agency, (Agency is null ? _agencyAfterTitleLine : AgencyLine) ?? firstLine, agency));
            }
            else if (_department is not null)
            {
                header.Add(new DocumentFact(FactKind.Agency, _department, _departmentLine ?? firstLine, _department));
            }

            if (_title is not null)
            {
                header.Add(new DocumentFact(FactKind.Title, _title, _titleLine ?? firstLine, _title));
            }

            var recognition = ClauseRecognizer.Recognize(_title, _titleLine ?? firstLine, opening, _openingLine ?? firstLine, _topLevel, header, fromOcr);
            var facts = recognition.Facts;
            if (_date is { } date && _dateLine is { } dateLine)
            {
                facts.Add(new DocumentFact(FactKind.IssuedOn, LocalDatePattern.Iso.Format(date), dateLine, _datePhrase!));
            }
            else if (_unreadableDateLine is { } unreadableLine)
            {
                facts.Add(new DocumentFact(FactKind.IssuedOn, string.Empty, unreadableLine, _unreadableDatePhrase!, FactReading.Unreadable));
            }

            if (fromOcr)
            {
                for (var i = 0; i < facts.Count; i++)
                {
                    var fact = facts[i];
                    facts[i] = new DocumentFact(fact.Kind, fact.Value, fact.Line, fact.Phrase, fact.Reading | FactReading.FromOcr, fact.ReadAs);
                }
            }

            var isMeasure = kind == DocumentKind.Announcement && IsParticipationMeasure(opening);
            return new OfficialDocument
            {
                Kind = kind,
                FirstLine = firstLine,
                LastLine = Math.Max(_lastLine, firstLine),
                Agency = agency,
                Title = _title,
                Department = _department,
                ReferenceNumber = _reference,
                Addressee = _addressee,
                IssuedOn = fromOcr ? null : _date,
                Signatory = _signatory,
                SignatoryLine = _signatoryLine,
                Position = _position,
                Opening = opening,
                Clauses = _topLevel.AsReadOnly(),
                Measure = isMeasure ? MeasureAssembler.Assemble(agency, _title, _date, recognition, fromOcr) : null,

                // A document that states no measure has no levels, channels or steps to show: only its parts.
                Facts = isMeasure ? InLineOrder(facts) : facts.Where(f => f.Kind is FactKind.Agency or FactKind.Title or FactKind.IssuedOn).ToArray(),
            };
        }

        /// <summary>
        /// Whether the announcement is a stakeholder-participation measure at all: its title speaks of participation
        /// (มีส่วนร่วม, ผู้มีส่วนได้ส่วนเสีย, รับฟังความคิดเห็น …); without a title, its opening or a clause does. A procurement
        /// notice, minutes or release notes are not measures, so they are not judged by the measure's rules.
        /// </summary>
        private bool IsParticipationMeasure(string opening)
        {
            var skeleton = new SkeletonText();
            try
            {
                return _title is not null
                    ? ClauseRecognizer.SpeaksOfParticipation(_title, skeleton)
                    : ClauseRecognizer.SpeaksOfParticipation(opening, skeleton) || AnyClause(_topLevel, c => ClauseRecognizer.SpeaksOfParticipation(c.Text, skeleton));
            }
            finally
            {
                skeleton.Release();
            }
        }

        private static bool AnyClause(IReadOnlyList<DocumentClause> clauses, Func<DocumentClause, bool> predicate)
        {
            foreach (var clause in clauses)
            {
                if (predicate(clause) || AnyClause(clause.Children, predicate))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The facts in line order, keeping the order of a line's facts: they are read in that order but for a clause's
        /// routes and steps, added after the clauses nested in it; sorted only when that happened.
        /// </summary>
        private static IReadOnlyList<DocumentFact> InLineOrder(List<DocumentFact> facts)
        {
            for (var i = 1; i < facts.Count; i++)
            {
                if (facts[i].Line < facts[i - 1].Line)
                {
                    return facts.OrderBy(f => f.Line).ToArray();
                }
            }

            return facts.AsReadOnly();
        }

        /// <summary>A blank line or a rule ends a title that wraps.</summary>
        public void Pause() => _titleOpen = false;

        /// <summary>
        /// A title often wraps onto a second or third line, and the agency's name may follow it on its own line. A line right
        /// after the title (no blank line or rule between) continues it unless it is indented like a paragraph, starts a
        /// clause, a date or the closing, opens a paragraph (ด้วย, ตามที่, เพื่อ …) or is as long as one.
        /// </summary>
        private bool AcceptTitleLine(ReadOnlySpan<char> line, int lineNumber, int indent)
        {
            // A title set flush left is followed by a paragraph indented further; a centred title's lines are indented by
            // their length, so indentation says nothing there, and only the words do.
            var centred = _titleIndent > 4;
            if (_title is null || _titleWraps >= MaxTitleWraps || (!centred && indent > _titleIndent + 2 && !StartsWithAny(line, TitleContinuations)) || line.Length > MaxTitleLineLength
                || IsDateLine(line) || OutlineNumber.TryReadClauseNumber(line, out _, out _, out _) || StartsWithAny(line, ParagraphOpeners)
                || HeaderWords.StartsWith(line, Words.ClosingAnnouncement) || HeaderWords.StartsWith(line, Words.ClosingMemo))
            {
                return false;
            }

            if (kind == DocumentKind.Announcement && Agency is null && _agencyAfterTitle is null && StartsWithAny(line, AgencyWords))
            {
                _agencyAfterTitle = line.ToString();
                _agencyAfterTitleLine = lineNumber;
                _titleOpen = false;
                return true;
            }

            _title += (RunsOn(_title.AsSpan(), line) ? string.Empty : " ") + line.ToString();
            _titleWraps++;
            return true;
        }

        private static bool StartsWithAny(ReadOnlySpan<char> line, string[] words)
        {
            foreach (var word in words)
            {
                if (line.StartsWith(word.AsSpan(), StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool AcceptHeader(ReadOnlySpan<char> line, int lineNumber, int indent)
        {
            var subject = HeaderWords.Match(line, Words.Subject, out _);
            if (subject >= 0)
            {
                var title = line.Slice(subject).Trim();
                _title = title.Length > 0 ? title.ToString() : null;
                _titleLine = lineNumber;
                _titleIndent = indent;
                _titleWraps = 0;
                _part = Part.Body;
                _titleOpen = true;
                return true;
            }

            if (kind != DocumentKind.Memo)
            {
                return false;
            }

            var department = HeaderWords.Match(line, Words.Department, out _);
            if (department >= 0)
            {
                _department = NullIfEmpty(line.Slice(department));
                _departmentLine = lineNumber;
                return true;
            }

            if (line.StartsWith(Words.Date.AsSpan(), StringComparison.Ordinal) || line.StartsWith(Words.DateWithoutMark.AsSpan(), StringComparison.Ordinal))
            {
                ReadDate(line, lineNumber);
                return true;
            }

            if (line.StartsWith(Words.Reference.AsSpan(), StringComparison.Ordinal) && (line.Length == Words.Reference.Length || line[Words.Reference.Length] == ' '))
            {
                var dateAt = line.IndexOf(Words.Date.AsSpan(), StringComparison.Ordinal);
                _reference = NullIfEmpty(dateAt < 0 ? line.Slice(Words.Reference.Length) : line.Slice(Words.Reference.Length, dateAt - Words.Reference.Length));
                if (dateAt >= 0)
                {
                    ReadDate(line.Slice(dateAt), lineNumber);
                }

                return true;
            }

            // OCR misreads the bold ที่ of a memo's reference line (as "N" or "ท"): a few lines it garbled do not end the
            // header, which เรื่อง does, and a date on them is still read.
            if (fromOcr && _garbledHeaderLines < MaxGarbledHeaderLines)
            {
                _garbledHeaderLines++;
                var dateAt = line.IndexOf(Words.DateWithoutMark.AsSpan(0, 4), StringComparison.Ordinal);
                if (dateAt >= 0)
                {
                    ReadDate(line.Slice(dateAt), lineNumber);
                }

                return true;
            }

            return false;
        }

        private void AcceptBody(ReadOnlyMemory<char> words, int lineNumber, int indent)
        {
            var line = words.Span;
            if (HeaderWords.StartsWith(line, Words.ClosingAnnouncement) || HeaderWords.StartsWith(line, Words.ClosingMemo))
            {
                _part = Part.Closing;
                return;
            }

            if (IsDateLine(line))
            {
                ReadDate(line, lineNumber);
                _part = Part.Closing;
                return;
            }

            if (kind == DocumentKind.Memo && _addressee is null && _open.Count == 0 && _opening.Length == 0 && line.StartsWith(Words.Addressee.AsSpan(), StringComparison.Ordinal))
            {
                _addressee = NullIfEmpty(line.Slice(Words.Addressee.Length));
                return;
            }

            if (OutlineNumber.TryReadClauseNumber(line, out var number, out var style, out var length))
            {
                ClosePending();
                Place(new DocumentClause(number, style, lineNumber, indent, FindParent(number, style, indent)));
                _firstPart = Trim(words.Slice(length));
                return;
            }

            if (_pending is not null)
            {
                // Lines without a number continue the innermost open clause, which is always the last one placed.
                AppendClauseText(line);
            }
            else
            {
                Append(_opening, line);
                _openingLine ??= lineNumber;
            }
        }

        private void AcceptClosing(ReadOnlySpan<char> line, int lineNumber)
        {
            if (_date is null && IsDateLine(line))
            {
                ReadDate(line, lineNumber);
                return;
            }

            if (_signatory is null && _signatoryLine is null && line.Length >= 2 && line[0] == '(' && line[line.Length - 1] == ')')
            {
                var name = line.Slice(1, line.Length - 2).Trim();
                _signatory = name.Trim(".… ".AsSpan()).Length > 0 ? name.ToString() : null;
                _signatoryLine = lineNumber;
                _awaitingPosition = true;
                return;
            }

            if (_awaitingPosition)
            {
                _position = line.ToString();
                _awaitingPosition = false;
            }
        }

        /// <summary>
        /// The clause a new number belongs under, popping the clauses it closes: the open clause whose number it extends
        /// (๒.๑ under ๒), or the parent of an open clause of the same style and depth (a sibling), or else the innermost
        /// open clause (a list in another style nested in it). A list that starts again at ๑ in the same style but
        /// indented further than the open clause is nested in it, and a number indented less than such a nested list
        /// continues the outer list; other indentation is ignored, since converted text indents siblings unevenly.
        /// </summary>
        private DocumentClause? FindParent(OutlineNumber number, OutlineNumberStyle style, int indent)
        {
            // Text built to defeat the rules below could still nest without end: at this depth, the innermost clause closes.
            if (_open.Count >= MaxOpenClauses)
            {
                _open.RemoveAt(_open.Count - 1);
            }

            var parentNumber = number.Parent;
            for (var k = _open.Count - 1; k >= 0; k--)
            {
                var open = _open[k];
                if (parentNumber is { } expected && open.Number == expected)
                {
                    _open.RemoveRange(k + 1, _open.Count - k - 1);
                    return open;
                }

                if (open.Style == style && open.Number.Depth == number.Depth)
                {
                    if (indent < open.Indent && HasSameStyleBelow(k, style, number.Depth))
                    {
                        // Back out of a nested list to the outer one it continues.
                        continue;
                    }

                    if (number.Number == 1 && indent > open.Indent)
                    {
                        _open.RemoveRange(k + 1, _open.Count - k - 1);
                        return open;
                    }

                    _open.RemoveRange(k, _open.Count - k);
                    return k > 0 ? _open[k - 1] : null;
                }
            }

            return _open.Count > 0 ? _open[_open.Count - 1] : null;
        }

        private bool HasSameStyleBelow(int k, OutlineNumberStyle style, int depth)
        {
            for (var j = k - 1; j >= 0; j--)
            {
                if (_open[j].Style == style && _open[j].Number.Depth == depth)
                {
                    return true;
                }
            }

            return false;
        }

        private void Place(DocumentClause clause)
        {
            if (clause.Parent is { } parent)
            {
                parent.AddChild(clause);
            }
            else
            {
                _topLevel.Add(clause);
            }

            _open.Add(clause);
            _pending = clause;
        }

        /// <summary>A continuation line of the clause being read: its words join the clause's text.</summary>
        private void AppendClauseText(ReadOnlySpan<char> text)
        {
            if (_clauseText.Length == 0)
            {
                Append(_clauseText, _firstPart.Span);
            }

            Append(_clauseText, text);
        }

        /// <summary>
        /// Gives the clause whose lines were being read its text, made once: straight from its line when it has one, else
        /// from the lines joined.
        /// </summary>
        private void ClosePending()
        {
            if (_pending is not null)
            {
                _pending.SetText(_clauseText.Length == 0 ? _firstPart.ToString() : _clauseText.ToString());
                _clauseText.Clear();
                _firstPart = default;
                _pending = null;
            }
        }

        private static ReadOnlyMemory<char> Trim(ReadOnlyMemory<char> text)
        {
            var span = text.Span;
            var start = 0;
            while (start < span.Length && char.IsWhiteSpace(span[start]))
            {
                start++;
            }

            var end = span.Length;
            while (end > start && char.IsWhiteSpace(span[end - 1]))
            {
                end--;
            }

            return text.Slice(start, end - start);
        }

        /// <summary>Appends a line's words to text read so far, a space between them unless OCR broke Thai off at a wrap.</summary>
        private void Append(StringBuilder builder, ReadOnlySpan<char> text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (builder.Length > 0 && !RunsOn(builder[builder.Length - 1], text[0]))
            {
                builder.Append(' ');
            }

#if NET8_0_OR_GREATER
            builder.Append(text);
#else
            foreach (var c in text)
            {
                builder.Append(c);
            }
#endif
        }

        /// <summary>Whether OCR text goes on from <paramref name="before"/> into <paramref name="after"/> without a space: Thai broken off at a wrap.</summary>
        private bool RunsOn(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
            => before.Length > 0 && after.Length > 0 && RunsOn(before[before.Length - 1], after[0]);

        private bool RunsOn(char last, char first) => fromOcr && IsThai(last) && IsThai(first);

        private static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E5B';

        private void ReadDate(ReadOnlySpan<char> line, int lineNumber)
        {
            var match = ThaiDateReader.Find(line);
            if (fromOcr && (!match.Success || !OcrDigits.IsCleanDate(line.Slice(match.Value.Index, match.Value.Length))))
            {
                // A date line with digits whose date OCR garbled is said to be unreadable; one without digits says nothing.
                if (OcrDigits.HasDigit(line))
                {
                    _unreadableDateLine = lineNumber;
                    _unreadableDatePhrase = line.ToString();
                }

                return;
            }

            if (match.Success)
            {
                _date = match.Value.Date;
                _dateLine = lineNumber;
                _datePhrase = line.Slice(match.Value.Index, match.Value.Length).ToString();
            }
        }

        private static string? NullIfEmpty(ReadOnlySpan<char> text)
        {
            var trimmed = text.Trim();
            return trimmed.Length > 0 ? trimmed.ToString() : null;
        }
    }
}
