using Participation.Governance.Measures;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// The words an assessor reads a participation measure by, in the forms real announcements use: channel names, the
/// words that say which way a channel carries views, level names with and without their prefixes, phases, steps,
/// satisfaction, and the words that make a document a participation measure at all.
/// </summary>
internal static class Vocabulary
{
    /// <summary>The word for "channel"; with a word of hearing it promises channels, named or not.</summary>
    public const string ChannelWord = "ช่องทาง";

    public static KeywordTable<ChannelCue> Channels { get; } = new(ChannelPhrases());

    public static KeywordTable<ParticipationLevel> Levels { get; } = new(LevelPhrases());

    public static KeywordTable<ParticipationPhase> Phases { get; } = new(
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

    public static KeywordTable<StepKind> Steps { get; } = new(
    [
        ("ทบทวน", StepKind.Review),
        ("วิเคราะห์ผล", StepKind.Review),
        ("เผยแพร่", StepKind.PublishInformation),
        ("ประชาสัมพันธ์", StepKind.PublishInformation),
        ("รับฟังความคิดเห็น", StepKind.CollectFeedback),
        ("รับความคิดเห็น", StepKind.CollectFeedback),
        ("รับฟังข้อเสนอแนะ", StepKind.CollectFeedback),
        ("รับข้อเสนอแนะ", StepKind.CollectFeedback),
        ("ข้อร้องเรียน", StepKind.CollectFeedback),
        ("เรื่องร้องเรียน", StepKind.CollectFeedback),
        ("แสดงความคิดเห็น", StepKind.CollectFeedback),
        ("แต่งตั้ง", StepKind.AppointRepresentatives),
        ("ร่วมวางแผน", StepKind.JointPlanning),
        ("ร่วมในการวางแผน", StepKind.JointPlanning),
        ("ร่วมในการตัดสินใจ", StepKind.JointPlanning),
        ("ร่วมจัดทำแผน", StepKind.JointPlanning),
        ("ร่วมกำหนด", StepKind.JointPlanning),
        ("ร่วมตัดสินใจ", StepKind.JointPlanning),
        ("ร่วมดำเนินการ", StepKind.JointPlanning),
        ("รายงานผล", StepKind.Report),
        ("ปรับปรุง", StepKind.ImproveFromFeedback),
        ("กำกับ", StepKind.Oversight),
        ("ติดตามผล", StepKind.Oversight),
    ]);

    public static KeywordTable<SatisfactionCue> Satisfaction { get; } = new(
    [
        ("พึงพอใจ", SatisfactionCue.Satisfaction),
        ("satisfaction", SatisfactionCue.Satisfaction),
        ("ประเมิน", SatisfactionCue.Assessment),
        ("สำรวจ", SatisfactionCue.Assessment),
        ("สอบถาม", SatisfactionCue.Assessment),
        ("แบบสอบถาม", SatisfactionCue.Assessment),
        ("วัด", SatisfactionCue.Assessment),
        ("survey", SatisfactionCue.Assessment),
        ("ผลความพึงพอใจ", SatisfactionCue.Both),
    ]);

    /// <summary>Words that make a text about stakeholder participation: a title without them is some other document.</summary>
    public static KeywordTable<bool> Participation { get; } = new(
    [
        ("มีส่วนร่วม", true),
        ("ผู้มีส่วนได้ส่วนเสีย", true),
        ("รับฟังความคิดเห็น", true),
        ("แสดงความคิดเห็น", true),
        ("participation", true),
    ]);

    /// <summary>Who sits on a committee for the public: with an appointment or a committee, a route for people's views.</summary>
    public static readonly string[] Representatives = ["ผู้แทน", "ตัวแทน", "ผู้มีส่วนได้ส่วนเสีย", "ภาคประชาชน", "ภาคีเครือข่าย", "ภาคเอกชน", "ประชาชน", "ผู้รับบริการ", "ชุมชน"];

    /// <summary>Bodies that meet: with representatives of the public, they hear them.</summary>
    public static readonly string[] Committees = ["คณะกรรมการ", "คณะอนุกรรมการ", "คณะทำงาน", "คณะที่ปรึกษา", "กรรมการ"];

    private static IEnumerable<(string Phrase, ParticipationLevel Level)> LevelPhrases()
    {
        // Cores that are everyday phrases as well ("ให้ข้อมูล", "ร่วมมือ") name a level only after a level's own prefix;
        // distinctive ones ("ปรึกษาหารือ", "เข้ามามีบทบาท") also after "การ".
        string[] levelPrefixes = ["ระดับ", "ระดับการ", "การมีส่วนร่วมในการ", "การมีส่วนร่วมในการให้", "การมีส่วนร่วมใน", "การมีส่วนร่วมโดย", "การมีส่วนร่วมโดยการ", "ขั้น", "ขั้นการ"];
        (ParticipationLevel Level, string Core, bool Distinctive)[] cores =
        [
            (ParticipationLevel.Inform, "ให้ข้อมูลข่าวสาร", false),
            (ParticipationLevel.Inform, "ให้ข้อมูล", false),
            (ParticipationLevel.Consult, "ปรึกษาหารือ", true),
            (ParticipationLevel.Consult, "แสดงความคิดเห็น", false),
            (ParticipationLevel.Consult, "รับฟังความคิดเห็น", false),
            (ParticipationLevel.Involve, "เข้ามามีบทบาท", true),
            (ParticipationLevel.Involve, "เกี่ยวข้อง", false),
            (ParticipationLevel.Collaborate, "สร้างความร่วมมือ", true),
            (ParticipationLevel.Collaborate, "ร่วมมือ", false),
            (ParticipationLevel.Empower, "เสริมอำนาจแก่ประชาชน", true),
            (ParticipationLevel.Empower, "เสริมอำนาจให้ประชาชน", true),
            (ParticipationLevel.Empower, "เสริมอำนาจ", false),
        ];

        var phrases = new Dictionary<string, ParticipationLevel>(StringComparer.Ordinal);
        foreach (var (level, core, distinctive) in cores)
        {
            foreach (var prefix in distinctive ? [.. levelPrefixes, "การ"] : levelPrefixes)
            {
                phrases[prefix + core] = level;
            }
        }

        foreach (var level in ParticipationLevels.All)
        {
            phrases[ParticipationLevels.GetThaiLabel(level)] = level;
            phrases[ParticipationLevels.GetEnglishName(level)] = level;
            foreach (var alias in ParticipationLevels.GetThaiAliases(level))
            {
                phrases[alias] = level;
            }
        }

        return phrases.Select(p => (p.Key, p.Value));
    }

    private static IEnumerable<(string Phrase, ChannelCue Cue)> ChannelPhrases()
    {
        static IEnumerable<(string, ChannelCue)> Kind(ChannelKind kind, params string[] phrases) => phrases.Select(p => (p, ChannelCue.ForKind(kind, inbound: false)));
        static IEnumerable<(string, ChannelCue)> Hears(ChannelKind kind, params string[] phrases) => phrases.Select(p => (p, ChannelCue.ForKind(kind, inbound: true)));
        static IEnumerable<(string, ChannelCue)> Way(ChannelDirection direction, params string[] phrases) => phrases.Select(p => (p, ChannelCue.ForDirection(direction, hearing: false)));
        static IEnumerable<(string, ChannelCue)> Hearing(params string[] phrases) => phrases.Select(p => (p, ChannelCue.ForDirection(ChannelDirection.Inbound, hearing: true)));

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
            .Concat(Kind(ChannelKind.Meeting, "ประชุม", "สัมมนา"))

            // Meetings held to hear people: a public forum, a hearing, a focus group can only bring views in.
            .Concat(Hears(ChannelKind.Meeting, "ประชาคม", "เวทีรับฟังความคิดเห็น", "ประชาพิจารณ์", "สนทนากลุ่ม", "public hearing", "focus group"))
            .Concat(Kind(ChannelKind.Newsletter, "จดหมายข่าว", "วารสาร", "newsletter"))
            .Concat(Kind(ChannelKind.NoticeBoard, "ป้ายประชาสัมพันธ์", "ป้ายประกาศ", "บอร์ดประชาสัมพันธ์", "บอร์ด", "ป้าย"))
            .Concat(Kind(ChannelKind.Other, "ช่องทางอื่น", "สื่อสาธารณะ", "วิทยุ", "หอกระจายข่าว", "เสียงตามสาย", "โทรทัศน์", "แผ่นพับ", "สื่อสิ่งพิมพ์", "แอปพลิเคชัน"))
            .Concat(Hearing(
                "รับฟัง",
                "รับความคิดเห็น",
                "รับข้อเสนอแนะ",
                "รับเรื่อง",
                "ร้องเรียน",
                "ร้องทุกข์",
                "แสดงความคิดเห็น",
                "เสนอความคิดเห็น",
                "เสนอแนะ",
                "แจ้งเบาะแส"))
            .Concat(Way(ChannelDirection.Inbound, "ความคิดเห็น", "ข้อเสนอแนะ", "สอบถาม"))
            .Concat(Way(ChannelDirection.Outbound, "เผยแพร่", "ประชาสัมพันธ์", "แจ้งข่าว", "ให้ข้อมูล", "ข้อมูลข่าวสาร", "เปิดเผย", "แจ้ง", "ประกาศ", "รายงานผล"))
            .Append((ChannelWord, ChannelCue.ChannelWord))

            // Words that contain a channel's name without being one: "ออนไลน์" (online) is not "ไลน์" (LINE).
            .Append(("ออนไลน์", default));
    }
}

/// <summary>What a phrase in the channel table says: a medium, a direction (and whether it is a word of hearing), the word ช่องทาง, or nothing.</summary>
/// <remarks>Packed in one byte, since a clause may hold hundreds of thousands of matches.</remarks>
internal readonly struct ChannelCue : IEquatable<ChannelCue>
{
    private const int ChannelWordBit = 0x40;
    private const int HearingBit = 0x80;
    private const int InboundMediumBit = 0x100;

    // Bits 0–3: the kind + 1 (0 for none); bits 4–5: the direction + 1 (0 for none); then the channel word, hearing and
    // inbound-medium flags.
    private readonly ushort _bits;

    private ChannelCue(ChannelKind? kind, ChannelDirection? direction, bool isChannelWord, bool isHearing, bool isInboundMedium = false)
        => _bits = (ushort)((kind is { } k ? (int)k + 1 : 0)
            | (direction is { } d ? ((int)d + 1) << 4 : 0)
            | (isChannelWord ? ChannelWordBit : 0)
            | (isHearing ? HearingBit : 0)
            | (isInboundMedium ? InboundMediumBit : 0));

    public static ChannelCue ChannelWord => new(null, null, true, false);

    public ChannelKind? Kind => (_bits & 0x0F) is var k and > 0 ? (ChannelKind)(k - 1) : null;

    public ChannelDirection? Direction => ((_bits >> 4) & 0x03) is var d and > 0 ? (ChannelDirection)(d - 1) : null;

    public bool IsChannelWord => (_bits & ChannelWordBit) != 0;

    /// <summary>Gets a value indicating whether the phrase commits to hearing people (รับฟัง, ร้องเรียน …), a route in by itself.</summary>
    public bool IsHearing => (_bits & HearingBit) != 0;

    /// <summary>Gets a value indicating whether the medium itself can only bring views in (a public hearing, a focus group), whatever its clause says of direction.</summary>
    public bool IsInboundMedium => (_bits & InboundMediumBit) != 0;

    public static ChannelCue ForKind(ChannelKind kind, bool inbound) => new(kind, null, false, false, inbound);

    public static ChannelCue ForDirection(ChannelDirection direction, bool hearing) => new(null, direction, false, hearing);

    public bool Equals(ChannelCue other) => _bits == other._bits;

    public override bool Equals(object? obj) => obj is ChannelCue other && Equals(other);

    public override int GetHashCode() => _bits;
}

/// <summary>What a phrase says about satisfaction: the word itself, a word of assessing, or both.</summary>
internal enum SatisfactionCue
{
    Satisfaction,
    Assessment,
    Both,
}
