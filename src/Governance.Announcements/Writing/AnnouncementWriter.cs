using System.Globalization;
using Participation.Governance.Measures;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.Announcements.Reading;

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

        AnnouncementContent.CheckDigits(options.Digits, nameof(options));
        var markdown = options.Format == AnnouncementFormat.Markdown;
        WriteLines(AnnouncementContent.Compose(measure, options.Signatory, options.Position, options.Digits, markdown), writer, markdown);
    }

    /// <summary>Lays the sentences of <see cref="AnnouncementContent"/> out as lines; keeps the formats' differences in one place.</summary>
    private static void WriteLines(AnnouncementContent content, TextWriter writer, bool markdown)
    {
        writer.WriteLine((markdown ? "# " : string.Empty) + content.Heading);
        if (markdown)
        {
            writer.WriteLine();
            writer.WriteLine("**" + content.Subject + "**");
        }
        else
        {
            writer.WriteLine(content.Subject);
        }

        writer.WriteLine();
        writer.WriteLine(content.Opening);

        var firstChild = false;
        foreach (var clause in content.Clauses)
        {
            var line = clause.NumberText + " " + clause.Text;
            if (clause.Number.IsTopLevel)
            {
                writer.WriteLine();
                writer.WriteLine(markdown ? "**" + line + "**" : line);
                firstChild = true;
                continue;
            }

            if (markdown && firstChild)
            {
                writer.WriteLine();
            }

            firstChild = false;
            writer.WriteLine(markdown ? "- " + line : line);
        }

        writer.WriteLine();
        writer.WriteLine(AnnouncementContent.Closing);
        writer.WriteLine();
        writer.WriteLine(content.DateLine);
        writer.WriteLine();
        writer.WriteLine(content.SignatoryLine + (markdown ? "  " : string.Empty));
        writer.WriteLine(content.PositionLine);
    }
}
