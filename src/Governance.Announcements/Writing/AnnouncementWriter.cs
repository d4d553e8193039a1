using System.Globalization;
using System.Text;
using Participation.Governance.Measures;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.ThaiFormatting.Outline;

namespace Participation.Governance.Announcements.Writing;

/// <summary>Writes a <see cref="Measure"/> as a Thai announcement (ประกาศ), as plain text or Markdown.</summary>
/// <remarks>
/// <para>
/// The layout is the official one: "ประกาศ&lt;agency&gt;", "เรื่อง &lt;title&gt;", an opening paragraph (with the fiscal
/// year and legal bases when the measure has them), numbered clauses — ๑. the participation levels, then the
/// feedback channels (inbound), the channels that publish information (outbound), the steps with their phases
/// and responsible units, the reporting quarters and the oversight rule, each group only when the measure has
/// it —, "จึงประกาศให้ทราบโดยทั่วกัน", "ประกาศ ณ วันที่ &lt;official date&gt;", and the signatory's name in
/// parentheses with the position below. Parts the measure does not have (date, signatory, position) are written as
/// dotted lines to fill in.
/// </para>
/// <para>
/// Levels and channels are written with the model's Thai labels. <see cref="AnnouncementReader"/> reads the
/// result back to a measure with the same agency, title, date, fiscal year, levels, channel kinds and directions,
/// satisfaction-assessment step and reporting quarters, provided the measure's free texts (details, step
/// descriptions) do not themselves name channels or levels. A satisfaction-assessment step whose description does
/// not say so in words is written with the prefix "ประเมินความพึงพอใจ:" so that a reader sees it. Line breaks inside
/// texts are written as spaces, since each clause is one line.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class AnnouncementWriter
{
    private const string DottedLine = "................................................";

    /// <summary>Writes a measure as an announcement.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="options">Signatory, digits and format; <see cref="AnnouncementRenderOptions.Default"/> when null.</param>
    /// <returns>The announcement, lines ending in LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public static string Render(Measure measure, AnnouncementRenderOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(measure, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes a measure as an announcement to a text writer.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="writer">Where to write; lines end with the writer's <see cref="TextWriter.NewLine"/>.</param>
    /// <param name="options">Signatory, digits and format; <see cref="AnnouncementRenderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options name an undefined digit style or format.</exception>
    public static void Write(Measure measure, TextWriter writer, AnnouncementRenderOptions? options = null)
    {
        Preconditions.CheckNotNull(measure);
        Preconditions.CheckNotNull(writer);
        options ??= AnnouncementRenderOptions.Default;
        if (options.Format is not (AnnouncementFormat.PlainText or AnnouncementFormat.Markdown))
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(options), options.Format, $"{(int)options.Format} is not an announcement format.");
        }

        if (options.Digits is not (DigitStyle.Arabic or DigitStyle.Thai))
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(options), options.Digits, $"{(int)options.Digits} is not a digit style.");
        }

        new Composer(writer, options).Write(measure);
    }

    /// <summary>Writes one announcement; keeps the format's differences in one place.</summary>
    private sealed class Composer(TextWriter writer, AnnouncementRenderOptions options)
    {
        private readonly bool _markdown = options.Format == AnnouncementFormat.Markdown;
        private OutlineNumber _next = OutlineNumber.First;
        private bool _anyClause;

        public void Write(Measure measure)
        {
            writer.WriteLine((_markdown ? "# " : string.Empty) + "ประกาศ" + Text(measure.Agency));
            if (_markdown)
            {
                writer.WriteLine();
                writer.WriteLine("**เรื่อง " + Text(measure.Title) + "**");
            }
            else
            {
                writer.WriteLine("เรื่อง " + Text(measure.Title));
            }

            writer.WriteLine();
            writer.WriteLine(Opening(measure));

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

            writer.WriteLine();
            writer.WriteLine("จึงประกาศให้ทราบโดยทั่วกัน");
            writer.WriteLine();
            var date = measure.IssuedOn is { } issuedOn ? ThaiDatePattern.Official.WithDigits(options.Digits).Format(issuedOn) : DottedLine;
            writer.WriteLine("ประกาศ ณ วันที่ " + date);
            writer.WriteLine();
            writer.WriteLine("(" + (options.Signatory is { } name ? Text(name) : DottedLine) + ")" + (_markdown ? "  " : string.Empty));
            writer.WriteLine(options.Position is { } position ? Text(position) : DottedLine);
        }

        private string Opening(Measure measure)
        {
            var opening = new StringBuilder(Text(measure.Agency))
                .Append(" เปิดโอกาสให้ประชาชน ผู้รับบริการ และผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมในการดำเนินงาน");
            // A title that already names the year ("… ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") is not repeated in the opening.
            if (measure.FiscalYear is { } fiscalYear && ClauseRecognizer.FindFiscalYear(measure.Title) != fiscalYear)
            {
                opening.Append(" ประจำ").Append(ThaiFiscalPeriodText.Format(fiscalYear, options.Digits));
            }

            if (measure.LegalBases.Count > 0)
            {
                opening.Append(" ตาม").Append(string.Join(" และ", measure.LegalBases.Select(Text)));
            }

            return opening.Append(" จึงกำหนดมาตรการ ดังนี้").ToString();
        }

        private void Group(string heading, IEnumerable<string> items)
        {
            var number = _anyClause ? _next.NextSibling() : _next;
            _next = number;
            _anyClause = true;
            writer.WriteLine();
            var head = number.Format(OutlineNumberStyle.Dotted, options.Digits) + " " + heading;
            writer.WriteLine(_markdown ? "**" + head + "**" : head);
            var child = 0;
            foreach (var item in items)
            {
                if (child == 0 && _markdown)
                {
                    writer.WriteLine();
                }

                var line = number.Child(++child).Format(OutlineNumberStyle.Dotted, options.Digits) + " " + item;
                writer.WriteLine(_markdown ? "- " + line : line);
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

        private string Digits(int value) => ThaiDigits.Format(value, options.Digits);

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

                if (_markdown && c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}
