using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Recognises what a measure is made of in the words of an announcement: participation levels, channels and
/// which way they carry information, steps, phases, reporting quarters, the fiscal year and legal bases.
/// </summary>
/// <remarks>
/// Every scan is a left-to-right pass over a clause's text with a fixed set of phrases, so the work is linear in
/// the size of the document. A channel's direction comes from the nearest word in its clause that says which way
/// information flows (รับฟัง, ร้องเรียน … inward; เผยแพร่, ประชาสัมพันธ์ … outward), else from the enclosing clause
/// ("๒. ช่องทางรับฟังความคิดเห็น" over "๒.๑ เว็บไซต์"), else from the medium itself: a suggestion box, an electronic
/// form or a visit in person can only bring people's views in, and anything else is taken as outward, so that a
/// channel is counted as a feedback channel only when the text says so.
/// </remarks>
internal static class ClauseRecognizer
{
    private const string ChannelWord = "ช่องทาง";

    private static readonly KeywordTable<ChannelCue> Channels = new(BuildChannelPhrases());

    private static readonly KeywordTable<ParticipationLevel> Levels = new(
        ParticipationLevels.All.SelectMany(level =>
            new[] { ParticipationLevels.GetThaiLabel(level) }
                .Concat(ParticipationLevels.GetThaiAliases(level))
                .Select(phrase => (phrase, level))));

    private static readonly KeywordTable<ParticipationPhase> Phases = new(
    [
        ("ก่อนวางแผน", ParticipationPhase.BeforePlanning),
        ("ก่อนการวางแผน", ParticipationPhase.BeforePlanning),
        ("ก่อนดำเนินงาน", ParticipationPhase.BeforePlanning),
        ("ก่อนการดำเนินงาน", ParticipationPhase.BeforePlanning),
        ("ก่อนดำเนินการ", ParticipationPhase.BeforePlanning),
        ("ระหว่างดำเนินงาน", ParticipationPhase.DuringOperation),
        ("ระหว่างการดำเนินงาน", ParticipationPhase.DuringOperation),
        ("ระหว่างดำเนินการ", ParticipationPhase.DuringOperation),
        ("ระหว่างการดำเนินการ", ParticipationPhase.DuringOperation),
        ("หลังดำเนินงาน", ParticipationPhase.AfterOperation),
        ("หลังการดำเนินงาน", ParticipationPhase.AfterOperation),
        ("หลังดำเนินการ", ParticipationPhase.AfterOperation),
        ("หลังการดำเนินการ", ParticipationPhase.AfterOperation),
        ("หลังเสร็จสิ้น", ParticipationPhase.AfterOperation),
    ]);

    private static readonly (string Phrase, StepKind Kind)[] StepPhrases =
    [
        ("ทบทวน", StepKind.Review),
        ("วิเคราะห์ผล", StepKind.Review),
        ("เผยแพร่", StepKind.PublishInformation),
        ("ประชาสัมพันธ์", StepKind.PublishInformation),
        ("รับฟังความคิดเห็น", StepKind.CollectFeedback),
        ("รับความคิดเห็น", StepKind.CollectFeedback),
        ("ข้อร้องเรียน", StepKind.CollectFeedback),
        ("แต่งตั้ง", StepKind.AppointRepresentatives),
        ("ร่วมวางแผน", StepKind.JointPlanning),
        ("ร่วมจัดทำแผน", StepKind.JointPlanning),
        ("ร่วมกำหนด", StepKind.JointPlanning),
        ("ร่วมตัดสินใจ", StepKind.JointPlanning),
        ("ร่วมดำเนินการ", StepKind.JointPlanning),
        ("รายงานผล", StepKind.Report),
        ("ปรับปรุง", StepKind.ImproveFromFeedback),
        ("กำกับ", StepKind.Oversight),
        ("ติดตามผล", StepKind.Oversight),
    ];

    private static readonly string[] AssessmentWords = ["ประเมิน", "สำรวจ", "วัด", "สอบถาม"];

    private static readonly string[] LegalBasisWords = ["พระราชกฤษฎีกา", "พระราชบัญญัติ", "รัฐธรรมนูญ", "ระเบียบ"];

    /// <summary>Whether a text commits to assessing satisfaction: it speaks of พึงพอใจ and of assessing, surveying or asking.</summary>
    internal static bool IsSatisfactionAssessment(string text)
    {
        if (text.IndexOf("พึงพอใจ", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (var word in AssessmentWords)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Recognises the measure in a document's title, opening paragraph and clauses.</summary>
    /// <param name="title">The title, or null.</param>
    /// <param name="titleLine">The line of the title (used only when there is one).</param>
    /// <param name="opening">The unnumbered text before the first clause.</param>
    /// <param name="openingLine">The first line of the opening (used only when there is one).</param>
    /// <param name="clauses">The top-level clauses.</param>
    internal static Recognition Recognize(string? title, int titleLine, string opening, int openingLine, IReadOnlyList<DocumentClause> clauses)
    {
        var recognition = new Recognition();
        if (FindFiscalYear(title, out var year, out var phrase))
        {
            recognition.SetFiscalYear(year, titleLine, phrase);
        }
        else if (FindFiscalYear(opening, out year, out phrase))
        {
            recognition.SetFiscalYear(year, openingLine, phrase);
        }

        AddLevels(recognition, opening, openingLine);
        AddLegalBases(recognition, opening, openingLine);
        foreach (var clause in clauses)
        {
            Visit(recognition, clause, inherited: null, inheritedPhases: []);
        }

        // Document order, each kind and direction once: the first mention is where the channel is promised.
        var seen = new HashSet<(ChannelKind, ChannelDirection)>();
        var ordered = recognition.Channels.OrderBy(c => c.Line).Where(c => seen.Add((c.Channel.Kind, c.Channel.Direction))).ToList();
        recognition.Channels.Clear();
        recognition.Channels.AddRange(ordered);
        return recognition;
    }

    private static bool Visit(Recognition recognition, DocumentClause clause, ChannelDirection? inherited, IReadOnlyCollection<ParticipationPhase> inheritedPhases)
    {
        var text = clause.Text;
        var isLevelClause = AddLevels(recognition, text, clause.Line);
        AddLegalBases(recognition, text, clause.Line);
        var phases = new SortedSet<ParticipationPhase>(inheritedPhases);
        foreach (var match in Phases.FindAll(text))
        {
            phases.Add(match.Value);
            recognition.AddPhase(match.Value, clause.Line, text.Substring(match.Index, match.Length));
        }

        AddQuarters(recognition, text, clause.Line);

        var matches = Channels.FindAll(text);
        var near = NearestDirections(matches);
        var ownDirection = LastDirection(matches) ?? inherited;
        var found = new List<(ChannelKind Kind, ChannelDirection Direction, string Phrase, string? Note)>();
        var firstChannelWord = -1;
        for (var m = 0; m < matches.Count; m++)
        {
            var cue = matches[m].Value;
            if (cue.IsChannelWord)
            {
                firstChannelWord = firstChannelWord < 0 ? m : firstChannelWord;
            }
            else if (cue.Kind is { } kind)
            {
                var direction = near[m] ?? inherited ?? DefaultDirection(kind);
                var note = near[m] is not null ? null
                    : inherited is not null ? "direction from the heading above"
                    : "direction from the medium itself";
                if (!found.Exists(f => f.Kind == kind && f.Direction == direction))
                {
                    found.Add((kind, direction, text.Substring(matches[m].Index, matches[m].Length), note));
                }
            }
        }

        var subtreeNamesKinds = found.Count > 0;
        foreach (var child in clause.Children)
        {
            subtreeNamesKinds |= Visit(recognition, child, ownDirection, phases);
        }

        if (firstChannelWord >= 0 && !subtreeNamesKinds && (near[firstChannelWord] ?? inherited) is { } promised)
        {
            var word = matches[firstChannelWord];
            found.Add((ChannelKind.Unspecified, promised, text.Substring(word.Index, word.Length), "channels promised without being named"));
        }

        var detail = found.Count == 1 && found[0].Kind != ChannelKind.Unspecified ? text : null;
        foreach (var (kind, direction, phrase, note) in found)
        {
            recognition.AddChannel(new FeedbackChannel(kind, direction, detail), clause.Line, phrase, note);
        }

        if (clause.Children.Count == 0 && !isLevelClause)
        {
            AddSteps(recognition, clause, phases, isChannelClause: found.Count > 0);
        }

        return subtreeNamesKinds;
    }

    private static void AddSteps(Recognition recognition, DocumentClause clause, SortedSet<ParticipationPhase> phases, bool isChannelClause)
    {
        var text = clause.Text;
        var description = text.Trim().Length > 0 ? text : clause.Number.ToString();
        var kinds = new List<StepKind>();
        if (IsSatisfactionAssessment(text))
        {
            kinds.Add(StepKind.SatisfactionAssessment);
        }

        foreach (var (phrase, kind) in StepPhrases)
        {
            if (!kinds.Contains(kind) && text.IndexOf(phrase, StringComparison.Ordinal) >= 0)
            {
                kinds.Add(kind);
            }
        }

        if (kinds.Count == 0 && !isChannelClause)
        {
            kinds.Add(StepKind.Other);
        }

        kinds.Sort();
        foreach (var kind in kinds)
        {
            recognition.AddStep(new MeasureStep(kind, description) { Phases = phases.ToArray() }, clause.Line);
        }
    }

    private static bool AddLevels(Recognition recognition, string text, int line)
    {
        var startsWithLevel = false;
        foreach (var match in Levels.FindAll(text))
        {
            recognition.AddLevel(match.Value, line, text.Substring(match.Index, match.Length));
            startsWithLevel |= match.Index == 0;
        }

        return startsWithLevel;
    }

    /// <summary>Adds the phases of the work a text names.</summary>
    internal static void AddPhases(SortedSet<ParticipationPhase> phases, string text)
    {
        foreach (var match in Phases.FindAll(text))
        {
            phases.Add(match.Value);
        }
    }

    /// <summary>
    /// Reads "ไตรมาสที่ ๒ และไตรมาสที่ ๔", "ไตรมาส 2 และ 4", "ไตรมาสที่ ๑, ๒". A run of quarters is read once: the search
    /// for the next "ไตรมาส" resumes after it, so a clause of thousands of quarters costs no more than reading it.
    /// </summary>
    private static void AddQuarters(Recognition recognition, string text, int line)
    {
        const string QuarterWord = "ไตรมาส";
        var index = text.IndexOf(QuarterWord, StringComparison.Ordinal);
        while (index >= 0)
        {
            var phraseStart = index;
            var i = SkipWord(text, SkipSpaces(text, index + QuarterWord.Length), "ที่");
            while (ReadNumber(text, SkipSpaces(text, i), out var quarter, out var end) && quarter is >= 1 and <= 4)
            {
                recognition.AddQuarter(quarter, line, text.Substring(phraseStart, end - phraseStart));
                i = SkipSpaces(text, end);
                var next = SkipWord(text, SkipWord(text, i, ","), "และ");
                next = SkipWord(text, next, "หรือ");
                if (next == i)
                {
                    break;
                }

                phraseStart = SkipSpaces(text, next);
                i = SkipWord(text, SkipWord(text, phraseStart, QuarterWord), "ที่");
            }

            index = text.IndexOf(QuarterWord, Math.Max(i, index + QuarterWord.Length), StringComparison.Ordinal);
        }
    }

    /// <summary>Finds "ปีงบประมาณ พ.ศ. ๒๕๖๗" (also without พ.ศ. or its dots) and reads the fiscal year.</summary>
    internal static ThaiFiscalYear? FindFiscalYear(string? text) => FindFiscalYear(text, out var year, out _) ? year : null;

    private static bool FindFiscalYear(string? text, out ThaiFiscalYear year, out string phrase)
    {
        const string FiscalYearWord = "ปีงบประมาณ";
        year = default;
        phrase = string.Empty;
        if (text is null)
        {
            return false;
        }

        var index = text.IndexOf(FiscalYearWord, StringComparison.Ordinal);
        while (index >= 0)
        {
            var i = SkipBuddhistEraMark(text, SkipSpaces(text, index + FiscalYearWord.Length));
            if (ReadNumber(text, i, out var value, out var end) && value is >= ThaiFiscalYear.MinBuddhistYear and <= ThaiFiscalYear.MaxBuddhistYear)
            {
                year = new ThaiFiscalYear(value);
                phrase = text.Substring(index, end - index);
                return true;
            }

            index = text.IndexOf(FiscalYearWord, index + FiscalYearWord.Length, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// Takes a cited law or regulation from its first word to the end of its year ("… พ.ศ. ๒๕๔๖"). A royal decree or
    /// act without a year ends at the next space; a ระเบียบ (regulation, also an everyday word) counts only with a year.
    /// </summary>
    private static void AddLegalBases(Recognition recognition, string text, int line)
    {
        const int MaxBasisLength = 250;

        // The next occurrence of each word, found again only once passed, so the scan stays linear.
        var next = new int[LegalBasisWords.Length];
        for (var w = 0; w < next.Length; w++)
        {
            next[w] = text.IndexOf(LegalBasisWords[w], StringComparison.Ordinal);
        }

        var i = 0;
        while (true)
        {
            var word = -1;
            for (var w = 0; w < next.Length; w++)
            {
                if (next[w] >= 0 && next[w] < i)
                {
                    next[w] = text.IndexOf(LegalBasisWords[w], i, StringComparison.Ordinal);
                }

                if (next[w] >= 0 && (word < 0 || next[w] < next[word]))
                {
                    word = w;
                }
            }

            if (word < 0)
            {
                return;
            }

            var start = next[word];
            var searchEnd = Math.Min(text.Length, start + MaxBasisLength);
            var era = text.IndexOf("พ.ศ.", start, searchEnd - start, StringComparison.Ordinal);
            int end;
            if (era >= 0 && ReadNumber(text, SkipSpaces(text, era + 4), out _, out var yearEnd))
            {
                end = yearEnd;
            }
            else if (LegalBasisWords[word] == "ระเบียบ")
            {
                i = start + LegalBasisWords[word].Length;
                continue;
            }
            else
            {
                var space = text.IndexOf(' ', start);
                end = space < 0 ? text.Length : space;
            }

            recognition.AddLegalBasis(text.Substring(start, end - start), line);

            i = end;
        }
    }

    private static ChannelDirection? LastDirection(List<KeywordTable<ChannelCue>.Match> matches)
    {
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            if (matches[m].Value.Direction is { } direction)
            {
                return direction;
            }
        }

        return null;
    }

    /// <summary>
    /// For each match, the direction said by the nearest direction word before it, else the nearest after it: two
    /// passes, so a clause naming thousands of channels costs no more than reading it.
    /// </summary>
    private static ChannelDirection?[] NearestDirections(List<KeywordTable<ChannelCue>.Match> matches)
    {
        var near = new ChannelDirection?[matches.Count];
        ChannelDirection? after = null;
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            near[m] = after;
            after = matches[m].Value.Direction ?? after;
        }

        ChannelDirection? before = null;
        for (var m = 0; m < matches.Count; m++)
        {
            near[m] = before ?? near[m];
            before = matches[m].Value.Direction ?? before;
        }

        return near;
    }

    private static ChannelDirection DefaultDirection(ChannelKind kind)
        => kind is ChannelKind.SuggestionBox or ChannelKind.ElectronicForm or ChannelKind.InPerson
            ? ChannelDirection.Inbound
            : ChannelDirection.Outbound;

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static int SkipWord(string text, int i, string word)
        => i + word.Length <= text.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0 ? SkipSpaces(text, i + word.Length) : i;

    private static int SkipBuddhistEraMark(string text, int i)
    {
        var j = i;
        foreach (var expected in "พ.ศ.")
        {
            j = SkipSpaces(text, j);
            if (j < text.Length && text[j] == expected)
            {
                j++;
            }
            else if (expected != '.')
            {
                return i;
            }
        }

        return SkipSpaces(text, j);
    }

    private static bool ReadNumber(string text, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        while (end < text.Length && end - i < 6 && ThaiDigits.GetDigitValue(text[end]) is var digit and >= 0)
        {
            value = (value * 10) + digit;
            end++;
        }

        return end > i && (end == text.Length || ThaiDigits.GetDigitValue(text[end]) < 0);
    }

    private static IEnumerable<(string Phrase, ChannelCue Cue)> BuildChannelPhrases()
    {
        static IEnumerable<(string, ChannelCue)> Kind(ChannelKind kind, params string[] phrases) => phrases.Select(p => (p, ChannelCue.ForKind(kind)));
        static IEnumerable<(string, ChannelCue)> Way(ChannelDirection direction, params string[] phrases) => phrases.Select(p => (p, ChannelCue.ForDirection(direction)));

        return Kind(ChannelKind.Website, "เว็บไซต์", "เว็บไซท์", "เว็บไซด์", "เวบไซต์", "website", "web site", "www.", "http://", "https://", "โฮมเพจ", "homepage")
            .Concat(Kind(ChannelKind.Telephone, "โทรศัพท์", "สายด่วน", "call center", "callcenter", "คอลเซ็นเตอร์", "hotline", "โทร."))
            .Concat(Kind(
                ChannelKind.SuggestionBox,
                "กล่องรับความคิดเห็น",
                "กล่องรับฟังความคิดเห็น",
                "กล่องแสดงความคิดเห็น",
                "กล่องรับข้อเสนอแนะ",
                "กล่องรับเรื่องร้องเรียน",
                "กล่องรับข้อร้องเรียน",
                "ตู้รับความคิดเห็น",
                "ตู้แสดงความคิดเห็น",
                "ตู้รับข้อเสนอแนะ",
                "ตู้รับเรื่องร้องเรียน",
                "ตู้แดง"))
            .Concat(Kind(ChannelKind.Letter, "หนังสือ", "จดหมาย", "ไปรษณีย์", "ตู้ ปณ.", "ตู้ ป.ณ."))
            .Concat(Kind(ChannelKind.ElectronicForm, "แบบฟอร์มอิเล็กทรอนิกส์", "แบบฟอร์มออนไลน์", "ฟอร์มออนไลน์", "google form", "e-form", "คิวอาร์โค้ด", "qr code"))
            .Concat(Kind(ChannelKind.Email, "ไปรษณีย์อิเล็กทรอนิกส์", "อีเมล", "อีเมล์", "e-mail", "email"))
            .Concat(Kind(
                ChannelKind.SocialMedia,
                "สื่อสังคมออนไลน์",
                "โซเชียลมีเดีย",
                "social media",
                "facebook",
                "เฟซบุ๊ก",
                "เฟซบุ๊ค",
                "เฟสบุ๊ค",
                "เพจ",
                "line",
                "ไลน์",
                "twitter",
                "youtube",
                "ยูทูบ",
                "tiktok",
                "instagram"))
            .Concat(Kind(ChannelKind.InPerson, "ด้วยตนเอง", "ศูนย์รับเรื่องราวร้องทุกข์", "ศูนย์ดำรงธรรม", "walk-in"))
            .Concat(Kind(ChannelKind.Meeting, "ประชุม", "ประชาคม", "เวทีรับฟังความคิดเห็น", "ประชาพิจารณ์", "สัมมนา", "สนทนากลุ่ม", "public hearing", "focus group"))
            .Concat(Kind(ChannelKind.Newsletter, "จดหมายข่าว", "วารสาร", "newsletter"))
            .Concat(Kind(ChannelKind.NoticeBoard, "ป้ายประชาสัมพันธ์", "ป้ายประกาศ", "บอร์ดประชาสัมพันธ์", "บอร์ด", "ป้าย"))
            .Concat(Kind(ChannelKind.Other, "ช่องทางอื่น", "สื่อสาธารณะ", "วิทยุ", "หอกระจายข่าว", "เสียงตามสาย", "โทรทัศน์", "แผ่นพับ", "สื่อสิ่งพิมพ์", "แอปพลิเคชัน"))
            .Concat(Way(
                ChannelDirection.Inbound,
                "รับฟัง",
                "รับความคิดเห็น",
                "รับข้อเสนอแนะ",
                "รับเรื่อง",
                "ร้องเรียน",
                "ร้องทุกข์",
                "ความคิดเห็น",
                "ข้อเสนอแนะ",
                "เสนอแนะ",
                "แจ้งเบาะแส",
                "สอบถาม"))
            .Concat(Way(ChannelDirection.Outbound, "เผยแพร่", "ประชาสัมพันธ์", "แจ้งข่าว", "ให้ข้อมูล", "ข้อมูลข่าวสาร", "เปิดเผย", "แจ้ง", "ประกาศ", "รายงานผล"))
            .Append((ChannelWord, ChannelCue.ChannelWord))

            // Words that contain a channel's name without being one: "ออนไลน์" (online) is not "ไลน์" (LINE).
            .Append(("ออนไลน์", default));
    }

    /// <summary>What a phrase in the channel table says: a medium, a direction, the word ช่องทาง, or nothing.</summary>
    private readonly struct ChannelCue
    {
        private ChannelCue(ChannelKind? kind, ChannelDirection? direction, bool isChannelWord)
        {
            Kind = kind;
            Direction = direction;
            IsChannelWord = isChannelWord;
        }

        public static ChannelCue ChannelWord => new(null, null, true);

        public ChannelKind? Kind { get; }

        public ChannelDirection? Direction { get; }

        public bool IsChannelWord { get; }

        public static ChannelCue ForKind(ChannelKind kind) => new(kind, null, false);

        public static ChannelCue ForDirection(ChannelDirection direction) => new(null, direction, false);
    }
}
