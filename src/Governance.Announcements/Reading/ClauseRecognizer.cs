using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Recognises what a measure is made of in the words of an announcement, as an assessor reads it: participation levels,
/// the routes by which people's views reach the agency, the channels that publish, steps, phases, reporting quarters,
/// the fiscal year and legal bases.
/// </summary>
/// <remarks>
/// <para>
/// Every scan is a left-to-right pass over a clause's text with a fixed set of phrases (<see cref="Vocabulary"/>), once
/// exactly and once through typing slips (<see cref="KeywordTable{T}.FindSlips"/>), so the work is linear in the size
/// of the document. A phrase read through a slip says so in its fact's note.
/// </para>
/// <para>
/// A channel's direction comes from the heading it is listed under when that heading names channels and says which way
/// they carry views ("๒. ช่องทางรับฟังความคิดเห็น" over "๒.๑ เว็บไซต์ …เผยแพร่…" is still a route in); else from the
/// nearest word in its clause that says which way (รับฟัง, ร้องเรียน … inward; เผยแพร่, ประชาสัมพันธ์ … outward); else
/// from the enclosing clause; else from the medium itself: a suggestion box, an electronic form or a visit in person can
/// only bring views in, and anything else is taken as outward, so that a channel is counted as a route in only when the
/// text says so.
/// </para>
/// <para>
/// A route whose channels are not named — a general promise to hear people (จัดให้มีช่องทาง…ที่หลากหลาย,
/// กระบวนการรับฟังความคิดเห็น…) or representatives of the public on committees — is recorded as what it is: a channel of
/// kind <see cref="ChannelKind.Unspecified"/> for a promise of channels, a step of kind
/// <see cref="StepKind.CollectFeedback"/> or <see cref="StepKind.AppointRepresentatives"/> otherwise. The model's rules
/// then give GOV005 (name the channels), not GOV001, which is for a measure that offers no route at all.
/// </para>
/// </remarks>
internal static class ClauseRecognizer
{
    private static readonly string[] LegalBasisWords = ["พระราชกฤษฎีกา", "พระราชบัญญัติ", "รัฐธรรมนูญ", "ระเบียบ"];

    private static readonly string[] QuarterNames = ["0", "1", "2", "3", "4"];

    /// <summary>Every step kind, in the order steps of one clause are listed.</summary>
    private static readonly StepKind[] AllStepKinds =
    [
        StepKind.Review, StepKind.PublishInformation, StepKind.CollectFeedback, StepKind.AppointRepresentatives, StepKind.JointPlanning,
        StepKind.SatisfactionAssessment, StepKind.Report, StepKind.ImproveFromFeedback, StepKind.Oversight, StepKind.Other,
    ];

    /// <summary>The steps that are routes for people's views (see <see cref="Measures.MeasureValidator.IsRouteIn"/>).</summary>
    private static readonly StepKind[] RouteKinds = [StepKind.CollectFeedback, StepKind.AppointRepresentatives];

    /// <summary>For each set of phases as bits (1 before planning, 2 during, 4 after), its list.</summary>
    private static readonly ParticipationPhase[][] PhaseLists =
    [
        .. Enumerable.Range(0, 8).Select(bits => new[] { ParticipationPhase.BeforePlanning, ParticipationPhase.DuringOperation, ParticipationPhase.AfterOperation }
            .Where(p => (bits & (1 << (int)p)) != 0)
            .ToArray()),
    ];

    /// <summary>Whether a text commits to assessing satisfaction: it speaks of พึงพอใจ and of assessing, surveying or asking.</summary>
    internal static bool IsSatisfactionAssessment(string text)
    {
        var scratch = new Scratch { Slips = true };
        try
        {
            scratch.Scan(text);
            return scratch.IsSatisfactionAssessment(out _);
        }
        finally
        {
            scratch.Release();
        }
    }

    /// <summary>Adds the phases of the work a text names.</summary>
    internal static void AddPhases(SortedSet<ParticipationPhase> phases, string text)
    {
        foreach (var match in Vocabulary.Phases.FindAll(text))
        {
            phases.Add(match.Value);
        }
    }

    /// <summary>Whether a text speaks of stakeholder participation at all (a title without such words is some other document).</summary>
    internal static bool SpeaksOfParticipation(string? text, SkeletonText skeleton)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var matches = new List<KeywordTable<bool>.Match>();
        Vocabulary.Participation.FindAll(text!, matches);
        if (matches.Count == 0)
        {
            skeleton.Reset(text!);
            Vocabulary.Participation.FindSlips(skeleton, matches);
        }

        return matches.Count > 0;
    }

    /// <summary>Recognises the measure in a document's title, opening paragraph and clauses.</summary>
    /// <param name="title">The title, or null.</param>
    /// <param name="titleLine">The line of the title (used only when there is one).</param>
    /// <param name="opening">The unnumbered text before the first clause.</param>
    /// <param name="openingLine">The first line of the opening (used only when there is one).</param>
    /// <param name="clauses">The top-level clauses.</param>
    /// <param name="fromOcr">Whether the text is OCR's: a fiscal year whose digits mix two scripts is then a misreading, not a year.</param>
    /// <remarks>
    /// The document is read once exactly. Only when that reading leaves the measure without a route in, without a
    /// satisfaction step or without levels is it read again through typing slips: a document that reads right as
    /// written costs one pass, and a slip can only ever add what a verdict lacked, never change what was read exactly.
    /// </remarks>
    /// <param name="header">The facts of the header (agency, title), which the recognised facts follow.</param>
    internal static Recognition Recognize(string? title, int titleLine, string opening, int openingLine, IReadOnlyList<DocumentClause> clauses, IReadOnlyList<DocumentFact> header, bool fromOcr)
    {
        var scratch = new Scratch { FromOcr = fromOcr };
        var exact = Recognize(title, titleLine, opening, openingLine, clauses, header, scratch);
        var hasRoute = exact.Channels.Any(c => c.Channel.IsInbound) || exact.Steps.Exists(Measures.MeasureValidator.IsRouteIn);
        var hasSatisfaction = exact.Steps.Exists(s => s.IsSatisfactionAssessment);
        if (hasRoute && hasSatisfaction && exact.Levels.Count > 0)
        {
            return exact;
        }

        scratch.Slips = true;
        try
        {
            return Recognize(title, titleLine, opening, openingLine, clauses, header, scratch);
        }
        finally
        {
            scratch.Release();
        }
    }

    private static Recognition Recognize(string? title, int titleLine, string opening, int openingLine, IReadOnlyList<DocumentClause> clauses, IReadOnlyList<DocumentFact> header, Scratch scratch)
    {
        var recognition = new Recognition();
        recognition.Facts.AddRange(header);
        if (FindFiscalYear(title, scratch.FromOcr, out var year, out var phrase))
        {
            recognition.SetFiscalYear(year, titleLine, phrase);
        }
        else if (FindFiscalYear(opening, scratch.FromOcr, out year, out phrase))
        {
            recognition.SetFiscalYear(year, openingLine, phrase);
        }

        scratch.Scan(opening);
        AddLevels(recognition, scratch, openingLine);
        AddLegalBases(recognition, opening, openingLine);
        var levelContext = opening.IndexOf("มีส่วนร่วม", StringComparison.Ordinal) >= 0;
        for (var c = 0; c < clauses.Count; c++)
        {
            Visit(recognition, scratch, clauses[c], new Inherited(null, false, 0, levelContext));
        }

        return recognition;
    }

    /// <summary>Reads one clause and the clauses nested in it; returns what the subtree holds that a parent needs to know.</summary>
    /// <remarks>
    /// Everything taken from the clause's own matches is taken before its children are read, since they reuse the
    /// scratch lists; only what a parent adds after its children (unnamed routes, heading steps) is kept meanwhile.
    /// </remarks>
    private static SubtreeFindings Visit(Recognition recognition, Scratch scratch, DocumentClause clause, Inherited inherited)
    {
        var text = clause.Text;
        scratch.Scan(text);
        var isLevelClause = AddLevels(recognition, scratch, clause.Line);
        var levelContext = inherited.LevelContext || (text.IndexOf("ระดับ", StringComparison.Ordinal) >= 0 && text.IndexOf("มีส่วนร่วม", StringComparison.Ordinal) >= 0);
        if (inherited.LevelContext)
        {
            isLevelClause |= AddNumberedLevel(recognition, text, clause.Line);
        }

        AddLegalBases(recognition, text, clause.Line);
        var phases = inherited.Phases;
        foreach (var match in scratch.Phases)
        {
            phases |= 1 << (int)match.Value;
            recognition.AddPhase(match.Value, clause.Line, Phrase(text, match), Slip(match.ReadAs), match.ReadAs);
        }

        AddQuarters(recognition, text, clause.Line);

        var channels = scratch.Channels;
        var near = scratch.NearestDirections();
        var own = LastDirection(channels);
        // This clause's channels sit at the end of one list shared by the whole document, above its parent's and below
        // its children's, which remove theirs before they return: no list per clause.
        var found = scratch.Found;
        var first = found.Count;
        var channelWord = -1;
        var hearing = -1;
        for (var m = 0; m < channels.Count; m++)
        {
            var cue = channels[m].Value;
            if (cue.IsChannelWord)
            {
                channelWord = channelWord < 0 ? m : channelWord;
            }
            else if (cue.IsHearing)
            {
                hearing = hearing < 0 && IsPromise(text, channels[m].Index) ? m : hearing;
            }
            else if (cue.Kind is { } kind)
            {
                ChannelDirection direction;
                FactReading reading;
                if (inherited.IsHeading && inherited.Direction is { } heading)
                {
                    (direction, reading) = (heading, near[m] is { } said && said != heading ? FactReading.DirectionFromHeading : FactReading.Plain);
                }
                else
                {
                    direction = near[m] ?? inherited.Direction ?? DefaultDirection(kind, cue);
                    reading = near[m] is not null ? FactReading.Plain : inherited.Direction is not null ? FactReading.DirectionFromClauseAbove : FactReading.DirectionFromMedium;
                }

                if (IndexOf(found, first, kind, direction) < 0)
                {
                    var match = channels[m];
                    found.Add(new FoundChannel(kind, direction, Phrase(text, match), reading | Slip(match.ReadAs), match.ReadAs));
                }
            }
        }

        var stepKinds = scratch.StepKinds(text);
        var satisfaction = scratch.IsSatisfactionAssessment(out var satisfactionSlip);
        var promisedDirection = channelWord >= 0 ? near[channelWord] ?? inherited.Direction : null;
        var promise = channelWord >= 0 ? channels[channelWord] : default;
        var hearingMatch = hearing >= 0 ? channels[hearing] : default;
        var isHeading = channelWord >= 0 && own is not null;
        var namesChannels = found.Count > first;
        var isChannelClause = namesChannels || channelWord >= 0;

        var subtree = new SubtreeFindings(namesChannels, 0);
        var childInherited = new Inherited(isHeading ? own : own ?? inherited.Direction, isHeading || (inherited.IsHeading && own is null), phases, levelContext);
        var children = clause.Children;
        for (var c = 0; c < children.Count; c++)
        {
            var childFindings = Visit(recognition, scratch, children[c], childInherited);
            subtree = new SubtreeFindings(subtree.NamesChannels | childFindings.NamesChannels, subtree.StepKinds | childFindings.StepKinds);
        }

        if (!subtree.NamesChannels)
        {
            if (promisedDirection is { } promised)
            {
                found.Add(new FoundChannel(ChannelKind.Unspecified, promised, Phrase(text, promise), FactReading.ChannelsNotNamed | Slip(promise.ReadAs), promise.ReadAs));
            }
            else if (hearing >= 0 && clause.Children.Count > 0)
            {
                found.Add(new FoundChannel(ChannelKind.Unspecified, ChannelDirection.Inbound, Phrase(text, hearingMatch), FactReading.PromiseToHear | Slip(hearingMatch.ReadAs), hearingMatch.ReadAs));
            }
        }

        var detail = found.Count == first + 1 && found[first].Kind != ChannelKind.Unspecified ? text : null;
        var namesKinds = false;
        for (var f = first; f < found.Count; f++)
        {
            var channel = found[f];
            namesKinds |= channel.Kind != ChannelKind.Unspecified;
            recognition.AddChannel(channel.Kind, channel.Direction, detail, clause.Line, channel.Phrase, channel.Reading, channel.ReadAs);
        }

        found.RemoveRange(first, found.Count - first);

        var added = 0;
        if (clause.Children.Count == 0 && !isLevelClause)
        {
            added = AddSteps(recognition, clause, phases, stepKinds, satisfaction, satisfactionSlip, isChannelClause);
        }
        else if (clause.Children.Count > 0 && !isChannelClause && !isLevelClause)
        {
            // A heading over steps that do not say it themselves ("๕. ประเมินความพึงพอใจ" over "๕.๑ จัดทำแบบสอบถาม"): the
            // steps a verdict depends on are taken from the heading.
            if (satisfaction && !Has(subtree.StepKinds, StepKind.SatisfactionAssessment))
            {
                added |= Bit(StepKind.SatisfactionAssessment);
            }

            foreach (var kind in RouteKinds)
            {
                if (Has(stepKinds, kind) && !Has(subtree.StepKinds, kind))
                {
                    added |= Bit(kind);
                }
            }

            foreach (var kind in AllStepKinds)
            {
                if (Has(added, kind))
                {
                    var slip = kind == StepKind.SatisfactionAssessment ? satisfactionSlip : null;
                    recognition.AddStep(new MeasureStep(kind, text.Trim().Length > 0 ? text : clause.Number.ToString()) { Phases = PhaseList(phases) }, clause.Line, Slip(slip), slip);
                }
            }
        }

        return new SubtreeFindings(subtree.NamesChannels || namesKinds, subtree.StepKinds | added);
    }

    /// <summary>Adds a leaf clause's steps; returns their kinds as bits.</summary>
    private static int AddSteps(Recognition recognition, DocumentClause clause, int phases, int kinds, bool satisfaction, string? satisfactionSlip, bool isChannelClause)
    {
        var text = clause.Text;
        var description = text.Trim().Length > 0 ? text : clause.Number.ToString();
        if (satisfaction)
        {
            kinds |= Bit(StepKind.SatisfactionAssessment);
        }

        if (kinds == 0 && !isChannelClause)
        {
            kinds = Bit(StepKind.Other);
        }

        foreach (var kind in AllStepKinds)
        {
            if (Has(kinds, kind))
            {
                var slip = kind == StepKind.SatisfactionAssessment ? satisfactionSlip : null;
                recognition.AddStep(new MeasureStep(kind, description) { Phases = PhaseList(phases) }, clause.Line, Slip(slip), slip);
            }
        }

        return kinds;
    }

    private static bool AddLevels(Recognition recognition, Scratch scratch, int line)
    {
        var startsWithLevel = false;
        foreach (var match in scratch.Levels)
        {
            recognition.AddLevel(match.Value, line, Phrase(scratch.Text, match), Slip(match.ReadAs), match.ReadAs);
            startsWithLevel |= match.Index == 0;
        }

        return startsWithLevel;
    }

    /// <summary>"ระดับที่ ๓ …" under a heading about levels of participation names the third level, Involve.</summary>
    private static bool AddNumberedLevel(Recognition recognition, string text, int line)
    {
        const string Numbered = "ระดับที่";
        var index = text.IndexOf(Numbered, StringComparison.Ordinal);
        if (index < 0 || !ReadNumber(text, SkipSpaces(text, index + Numbered.Length), out var number, out var end) || number is < 1 or > 5)
        {
            return false;
        }

        recognition.AddLevel((ParticipationLevel)number, line, text.Substring(index, end - index), FactReading.Plain, null);
        return index == 0;
    }

    /// <summary>A word of hearing promises a route unless it only reports on one ("ผลการรับฟัง…", "นำความคิดเห็น…").</summary>
    private static bool IsPromise(string text, int index)
    {
        var from = Math.Max(0, index - 6);
        var before = text.AsSpan(from, index - from);
        return before.IndexOf("ผล".AsSpan(), StringComparison.Ordinal) < 0 && before.IndexOf("นำ".AsSpan(), StringComparison.Ordinal) < 0;
    }

    /// <summary>The words a match was read from: for an exact match the table's own phrase, so no string is made for it.</summary>
    private static string Phrase<T>(string text, KeywordTable<T>.Match match)
        => match.Phrase is { } phrase && phrase.Length == match.Length && string.CompareOrdinal(text, match.Index, phrase, 0, phrase.Length) == 0
            ? phrase
            : text.Substring(match.Index, match.Length);

    private static int IndexOf(List<FoundChannel> found, int first, ChannelKind kind, ChannelDirection direction)
    {
        for (var f = first; f < found.Count; f++)
        {
            if (found[f].Kind == kind && found[f].Direction == direction)
            {
                return f;
            }
        }

        return -1;
    }

    private static FactReading Slip(string? readAs) => readAs is null ? FactReading.Plain : FactReading.TypingSlip;

    private static int Bit(StepKind kind) => 1 << (int)kind;

    private static bool Has(int kinds, StepKind kind) => (kinds & Bit(kind)) != 0;

    /// <summary>The phases of a bit set as a list, shared between steps: there are only eight sets.</summary>
    private static ParticipationPhase[] PhaseList(int phases) => PhaseLists[phases & 0b111];

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
            var i = SkipOrdinal(text, SkipSpaces(text, index + QuarterWord.Length));
            while (ReadNumber(text, SkipSpaces(text, i), out var quarter, out var end) && quarter is >= 1 and <= 4)
            {
                if (!recognition.HasFact(FactKind.ReportingQuarter, QuarterNames[quarter], line))
                {
                    recognition.AddQuarter(quarter, line, text.Substring(phraseStart, end - phraseStart));
                }
                else
                {
                    recognition.Quarters.Add(quarter);
                }
                i = SkipSpaces(text, end);
                var next = SkipWord(text, SkipWord(text, i, ","), "และ");
                next = SkipWord(text, next, "หรือ");
                if (next == i)
                {
                    break;
                }

                phraseStart = SkipSpaces(text, next);
                i = SkipOrdinal(text, SkipWord(text, phraseStart, QuarterWord));
            }

            index = text.IndexOf(QuarterWord, Math.Max(i, index + QuarterWord.Length), StringComparison.Ordinal);
        }
    }

    /// <summary>Finds "ปีงบประมาณ พ.ศ. ๒๕๖๗" (also without พ.ศ. or its dots) and reads the fiscal year.</summary>
    internal static ThaiFiscalYear? FindFiscalYear(string? text) => FindFiscalYear(text, fromOcr: false, out var year, out _) ? year : null;

    private static bool FindFiscalYear(string? text, bool fromOcr, out ThaiFiscalYear year, out string phrase)
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
            if (ReadNumber(text, i, out var value, out var end) && value is >= ThaiFiscalYear.MinBuddhistYear and <= ThaiFiscalYear.MaxBuddhistYear
                && (!fromOcr || OcrDigits.IsOneScript(text.AsSpan(i, end - i))))
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
        Span<int> next = stackalloc int[LegalBasisWords.Length];
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

    private static ChannelDirection DefaultDirection(ChannelKind kind, ChannelCue cue)
        => cue.IsInboundMedium || kind is ChannelKind.SuggestionBox or ChannelKind.ElectronicForm or ChannelKind.InPerson
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

    /// <summary>Skips "ที่" as typed, or as OCR and slips leave it: ท with any marks (ที, ทิ).</summary>
    private static int SkipOrdinal(string text, int i)
    {
        if (i >= text.Length || text[i] != 'ท')
        {
            return i;
        }

        var j = i + 1;
        while (j < text.Length && ThaiPresentationForms.IsCombiningMark(text[j]))
        {
            j++;
        }

        return j > i + 1 ? SkipSpaces(text, j) : i;
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

    /// <summary>What a parent clause hands down: the direction of its channels, whether it is a heading of channels, its phases, whether levels are its subject.</summary>
    private readonly record struct Inherited(ChannelDirection? Direction, bool IsHeading, int Phases, bool LevelContext);

    /// <summary>What a subtree holds that its parent needs: whether it names a channel, and the kinds of its steps as bits.</summary>
    private readonly record struct SubtreeFindings(bool NamesChannels, int StepKinds);

    internal readonly record struct FoundChannel(ChannelKind Kind, ChannelDirection Direction, string Phrase, FactReading Reading, string? ReadAs);

    /// <summary>The matches of every table in one clause's text, in lists reused from clause to clause.</summary>
    private sealed class Scratch
    {
        private readonly SkeletonText _skeleton = new();
        private readonly List<KeywordTable<StepKind>.Match> _steps = [];
        private readonly List<KeywordTable<SatisfactionCue>.Match> _satisfaction = [];
        private ChannelDirection?[] _near = new ChannelDirection?[16];

        /// <summary>Returns the skeleton's pooled buffers.</summary>
        public void Release() => _skeleton.Release();

        /// <summary>Gets or sets a value indicating whether phrases are also read through typing slips.</summary>
        public bool Slips { get; set; }

        /// <summary>Gets a value indicating whether the text is OCR's.</summary>
        public bool FromOcr { get; init; }

        public string Text { get; private set; } = string.Empty;

        public List<KeywordTable<ChannelCue>.Match> Channels { get; } = [];

        /// <summary>Gets the channels found in the clauses being read, innermost last (see <see cref="Visit"/>).</summary>
        public List<FoundChannel> Found { get; } = [];

        public List<KeywordTable<ParticipationLevel>.Match> Levels { get; } = [];

        public List<KeywordTable<ParticipationPhase>.Match> Phases { get; } = [];

        public void Scan(string text)
        {
            Text = text;
            if (Slips)
            {
                _skeleton.Reset(text);
            }

            Find(Vocabulary.Channels, Channels);
            Find(Vocabulary.Levels, Levels);
            Find(Vocabulary.Phases, Phases);
            Find(Vocabulary.Steps, _steps);
            Find(Vocabulary.Satisfaction, _satisfaction);
        }

        /// <summary>
        /// For each channel match, the direction said by the nearest direction word before it, else the nearest after it:
        /// two passes, so a clause naming thousands of channels costs no more than reading it. The array is reused.
        /// </summary>
        public ChannelDirection?[] NearestDirections()
        {
            var matches = Channels;
            if (_near.Length < matches.Count)
            {
                _near = new ChannelDirection?[Math.Max(matches.Count, _near.Length * 2)];
            }

            ChannelDirection? after = null;
            for (var m = matches.Count - 1; m >= 0; m--)
            {
                _near[m] = after;
                after = matches[m].Value.Direction ?? after;
            }

            ChannelDirection? before = null;
            for (var m = 0; m < matches.Count; m++)
            {
                _near[m] = before ?? _near[m];
                before = matches[m].Value.Direction ?? before;
            }

            return _near;
        }

        /// <summary>
        /// The kinds of step the clause names, as bits; an appointment counts only with representatives of the public, and a
        /// committee of them counts as one. Words inside a channel's name are that channel's: "กล่องรับความคิดเห็น" hears
        /// people as a suggestion box, not as a second, unnamed route.
        /// </summary>
        public int StepKinds(string text)
        {
            var kinds = 0;
            var channel = 0;
            foreach (var match in _steps)
            {
                while (channel < Channels.Count && Channels[channel].Index + Channels[channel].Length <= match.Index)
                {
                    channel++;
                }

                var insideChannelName = channel < Channels.Count && Channels[channel].Value.Kind is not null && Channels[channel].Index <= match.Index;
                if (!insideChannelName && (match.Value != StepKind.AppointRepresentatives || NamesRepresentatives(text)))
                {
                    kinds |= Bit(match.Value);
                }
            }

            if (!Has(kinds, StepKind.AppointRepresentatives) && text.IndexOf("ผู้แทน", StringComparison.Ordinal) >= 0 && ContainsAny(text, Vocabulary.Committees))
            {
                kinds |= Bit(StepKind.AppointRepresentatives);
            }

            return kinds;
        }

        /// <summary>Whether the clause speaks of พึงพอใจ and of assessing it; <paramref name="slip"/> names a word read through a typing slip.</summary>
        public bool IsSatisfactionAssessment(out string? slip)
        {
            var satisfaction = false;
            var assessment = false;
            slip = null;
            foreach (var match in _satisfaction)
            {
                satisfaction |= match.Value is SatisfactionCue.Satisfaction or SatisfactionCue.Both;
                assessment |= match.Value is SatisfactionCue.Assessment or SatisfactionCue.Both;
                slip ??= match.ReadAs;
            }

            return satisfaction && assessment;
        }

        private static bool NamesRepresentatives(string text) => ContainsAny(text, Vocabulary.Representatives) && (ContainsAny(text, Vocabulary.Committees) || text.IndexOf("ผู้แทน", StringComparison.Ordinal) >= 0 || text.IndexOf("ตัวแทน", StringComparison.Ordinal) >= 0);

        private static bool ContainsAny(string text, string[] words)
        {
            foreach (var word in words)
            {
                if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private void Find<T>(KeywordTable<T> table, List<KeywordTable<T>.Match> matches)
        {
            matches.Clear();
            table.FindAll(Text, matches);
            if (Slips)
            {
                table.FindSlips(_skeleton, matches);
            }
        }
    }
}
