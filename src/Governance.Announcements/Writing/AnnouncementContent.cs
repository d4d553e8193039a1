using System.Text;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Measures;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Outline;

namespace Participation.Governance.Announcements.Writing;

/// <summary>
/// The sentences of one announcement, composed once from a measure for every writer — plain text, Markdown and Word —
/// so that what they say cannot drift apart: the writers differ only in how they lay the sentences out.
/// </summary>
/// <remarks>
/// Free texts (agency, title, details, descriptions, names) are put on one line, runs of white space and control
/// characters becoming one space; for Markdown the characters that would change their meaning are escaped too.
/// </remarks>
internal sealed class AnnouncementContent
{
    /// <summary>What is written where a date, a name or a position is to be filled in by hand.</summary>
    public const string DottedLine = "................................................";

    /// <summary>The closing sentence every announcement ends with.</summary>
    public const string Closing = "จึงประกาศให้ทราบโดยทั่วกัน";

    private AnnouncementContent(string agency, string title, string opening, IReadOnlyList<AnnouncementClause> clauses, string dateLine, string signatoryLine, string positionLine, DigitStyle digits)
    {
        Agency = agency;
        Title = title;
        Opening = opening;
        Clauses = clauses;
        DateLine = dateLine;
        SignatoryLine = signatoryLine;
        PositionLine = positionLine;
        Digits = digits;
    }

    /// <summary>Gets the agency, on one line.</summary>
    public string Agency { get; }

    /// <summary>Gets the title, on one line.</summary>
    public string Title { get; }

    /// <summary>Gets the heading line, "ประกาศ&lt;agency&gt;".</summary>
    public string Heading => "ประกาศ" + Agency;

    /// <summary>Gets the subject line, "เรื่อง &lt;title&gt;".</summary>
    public string Subject => "เรื่อง " + Title;

    /// <summary>Gets the opening paragraph, ending "จึงกำหนดมาตรการ ดังนี้".</summary>
    public string Opening { get; }

    /// <summary>Gets the clauses in order: each group (depth 1) followed by its items (depth 2).</summary>
    public IReadOnlyList<AnnouncementClause> Clauses { get; }

    /// <summary>Gets the date line, "ประกาศ ณ วันที่ &lt;official date&gt;" or a dotted line to fill in.</summary>
    public string DateLine { get; }

    /// <summary>Gets the signatory's name in parentheses, or a dotted line in parentheses.</summary>
    public string SignatoryLine { get; }

    /// <summary>Gets the signatory's position, or a dotted line.</summary>
    public string PositionLine { get; }

    /// <summary>Gets the digits the numbers are written in.</summary>
    public DigitStyle Digits { get; }

    /// <summary>Composes the sentences of a measure's announcement.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="signatory">The signatory's name; null for a dotted line.</param>
    /// <param name="position">The signatory's position; null for a dotted line.</param>
    /// <param name="digits">The digits for clause numbers, dates and quarters; a defined style.</param>
    /// <param name="markdown">Whether free texts are escaped for Markdown.</param>
    public static AnnouncementContent Compose(Measure measure, string? signatory, string? position, DigitStyle digits, bool markdown)
        => new Composer(digits, markdown).Compose(measure, signatory, position);

    /// <summary>Throws unless a digit style is one the writers know.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not defined.</exception>
    public static void CheckDigits(DigitStyle digits, string paramName)
    {
        if (digits is not (DigitStyle.Arabic or DigitStyle.Thai))
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, digits, $"{(int)digits} is not a digit style.");
        }
    }

    /// <summary>Composes one announcement.</summary>
    private sealed class Composer(DigitStyle digits, bool markdown)
    {
        private readonly List<AnnouncementClause> _clauses = [];
        private OutlineNumber _group = OutlineNumber.First;

        public AnnouncementContent Compose(Measure measure, string? signatory, string? position)
        {
            if (measure.Levels.Count > 0)
            {
                Group("ระดับการมีส่วนร่วม", measure.Levels.Select(ParticipationLevels.GetThaiLabel));
            }

            var inbound = measure.Channels.Where(c => c.IsInbound).ToList();
            if (inbound.Count > 0)
            {
                Group("ช่องทางรับฟังความคิดเห็น ข้อเสนอแนะ และข้อร้องเรียน", inbound.Select(c => ChannelText(c, "ช่องทางรับฟังความคิดเห็นที่หลากหลาย")));
            }

            var outbound = measure.Channels.Where(c => !c.IsInbound).ToList();
            if (outbound.Count > 0)
            {
                Group("ช่องทางเผยแพร่ข้อมูลข่าวสาร", outbound.Select(c => ChannelText(c, "ช่องทางเผยแพร่อื่น ๆ ที่หลากหลาย")));
            }

            if (measure.Steps.Count > 0)
            {
                Group("ขั้นตอนการดำเนินงาน", measure.Steps.Select(StepText));
            }

            if (measure.ReportingSchedule is { } schedule)
            {
                var quarters = string.Join(" และ", schedule.Quarters.Select(q => "ไตรมาสที่ " + Digits(q)));
                Group("รายงานผลการดำเนินงานตามมาตรการต่อหัวหน้าหน่วยงานและต่อสาธารณะ ภายใน" + quarters + " ของปีงบประมาณ", []);
            }

            if (measure.Oversight is { } oversight)
            {
                Group("กำกับ ติดตามการดำเนินงานตามมาตรการอย่างน้อยปีงบประมาณละ " + Digits(oversight.MinimumTimesPerFiscalYear) + " ครั้ง", []);
            }

            var date = measure.IssuedOn is { } issuedOn ? ThaiDatePattern.Official.WithDigits(digits).Format(issuedOn) : DottedLine;
            return new AnnouncementContent(
                Text(measure.Agency),
                Text(measure.Title),
                Opening(measure),
                _clauses,
                "ประกาศ ณ วันที่ " + date,
                "(" + (signatory is { } name ? Text(name) : DottedLine) + ")",
                position is { } p ? Text(p) : DottedLine,
                digits);
        }

        private string Opening(Measure measure)
        {
            var opening = new StringBuilder(Text(measure.Agency))
                .Append(" เปิดโอกาสให้ประชาชน ผู้รับบริการ และผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมในการดำเนินงาน");
            // A title that already names the year ("… ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") is not repeated in the opening.
            if (measure.FiscalYear is { } fiscalYear && ClauseRecognizer.FindFiscalYear(measure.Title) != fiscalYear)
            {
                opening.Append(" ประจำ").Append(ThaiFiscalPeriodText.Format(fiscalYear, digits));
            }

            if (measure.LegalBases.Count > 0)
            {
                opening.Append(" ตาม").Append(string.Join(" และ", measure.LegalBases.Select(Text)));
            }

            return opening.Append(" จึงกำหนดมาตรการ ดังนี้").ToString();
        }

        private void Group(string heading, IEnumerable<string> items)
        {
            var number = _clauses.Count == 0 ? _group : _group.NextSibling();
            _group = number;
            _clauses.Add(new AnnouncementClause(number, heading, digits));
            var child = 0;
            foreach (var item in items)
            {
                _clauses.Add(new AnnouncementClause(number.Child(++child), item, digits));
            }
        }

        private string ChannelText(FeedbackChannel channel, string unnamed)
        {
            var label = channel.Kind == ChannelKind.Unspecified ? unnamed : ChannelKinds.GetThaiLabel(channel.Kind);
            if (channel.Detail is not { } detail)
            {
                return label;
            }

            // "เว็บไซต์ของสำนักงาน" already says what it is; "เว็บไซต์ เว็บไซต์ของสำนักงาน" would say it twice.
            return detail.IndexOf(label, StringComparison.Ordinal) >= 0 ? Text(detail) : label + " " + Text(detail);
        }

        private string StepText(MeasureStep step)
        {
            var text = new StringBuilder();
            if (step.IsSatisfactionAssessment && !ClauseRecognizer.IsSatisfactionAssessment(step.Description))
            {
                text.Append("ประเมินความพึงพอใจ: ");
            }

            text.Append(Text(step.Description));

            // Phases the description already names ("… ก่อนวางแผนดำเนินงาน") are not repeated after it.
            var named = new SortedSet<ParticipationPhase>();
            ClauseRecognizer.AddPhases(named, step.Description);
            var phases = step.Phases.Where(p => !named.Contains(p)).ToList();
            if (phases.Count > 0)
            {
                text.Append(" (").Append(string.Join(" ", phases.Select(PhaseText))).Append(')');
            }

            if (step.ResponsibleUnits.Count > 0)
            {
                text.Append(" โดย").Append(string.Join(" และ", step.ResponsibleUnits.Select(Text)));
            }

            return text.ToString();
        }

        private static string PhaseText(ParticipationPhase phase) => phase switch
        {
            ParticipationPhase.BeforePlanning => "ก่อนวางแผนดำเนินงาน",
            ParticipationPhase.DuringOperation => "ระหว่างดำเนินงาน",
            _ => "หลังดำเนินงาน",
        };

        private string Digits(int value) => ThaiDigits.Format(value, digits);

        /// <summary>A free text on one line; in Markdown, with the characters that would change its meaning escaped.</summary>
        private string Text(string text)
        {
            var builder = new StringBuilder(text.Length);
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    space = builder.Length > 0;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                if (markdown && c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}

/// <summary>One numbered clause of an announcement: a group (depth 1) or one of its items (depth 2).</summary>
internal readonly struct AnnouncementClause(OutlineNumber number, string text, DigitStyle digits)
{
    /// <summary>Gets the clause's number.</summary>
    public OutlineNumber Number { get; } = number;

    /// <summary>Gets the clause's text, without its number.</summary>
    public string Text { get; } = text;

    /// <summary>Gets the number as written before the text in a text rendering: "๑.", "๑.๒".</summary>
    public string NumberText => Number.Format(OutlineNumberStyle.Dotted, digits);
}
