using System.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Surveys;

/// <summary>
/// Recognises, from its header alone, a column that is never a question however its cells look: the timestamp, e-mail,
/// identity and score columns Google Forms and Microsoft Forms add (in their English and Thai interfaces), the
/// demographic columns agencies ask first, and the comments column they ask last (which may be empty). A Microsoft Forms ID runs 1, 2, 3 … and a coded เพศ holds 1 and 2, so their
/// cells alone would pass for answers.
/// </summary>
internal static class SurveyHeaders
{
    private static readonly Dictionary<string, SurveyColumnRole> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        ["timestamp"] = SurveyColumnRole.Timestamp,
        ["ประทับเวลา"] = SurveyColumnRole.Timestamp,
        ["start time"] = SurveyColumnRole.Timestamp,
        ["completion time"] = SurveyColumnRole.Timestamp,
        ["last modified time"] = SurveyColumnRole.Timestamp,
        ["เวลาเริ่มต้น"] = SurveyColumnRole.Timestamp,
        ["เวลาที่เสร็จสิ้น"] = SurveyColumnRole.Timestamp,
        ["เวลาที่เสร็จสมบูรณ์"] = SurveyColumnRole.Timestamp,
        ["เวลาที่แก้ไขล่าสุด"] = SurveyColumnRole.Timestamp,
        ["date"] = SurveyColumnRole.Timestamp,
        ["วันที่"] = SurveyColumnRole.Timestamp,
        ["วันเวลา"] = SurveyColumnRole.Timestamp,
        ["email"] = SurveyColumnRole.Email,
        ["e-mail"] = SurveyColumnRole.Email,
        ["email address"] = SurveyColumnRole.Email,
        ["อีเมล"] = SurveyColumnRole.Email,
        ["อีเมล์"] = SurveyColumnRole.Email,
        ["ที่อยู่อีเมล"] = SurveyColumnRole.Email,
        ["id"] = SurveyColumnRole.Identity,
        ["name"] = SurveyColumnRole.Identity,
        ["ชื่อ"] = SurveyColumnRole.Identity,
        ["ชื่อ-สกุล"] = SurveyColumnRole.Identity,
        ["ชื่อ-นามสกุล"] = SurveyColumnRole.Identity,
        ["ชื่อ - นามสกุล"] = SurveyColumnRole.Identity,
        ["รหัส"] = SurveyColumnRole.Identity,
        ["ลำดับ"] = SurveyColumnRole.Identity,
        ["ลำดับที่"] = SurveyColumnRole.Identity,
        ["ที่"] = SurveyColumnRole.Identity,
        ["no."] = SurveyColumnRole.Identity,
        ["score"] = SurveyColumnRole.Score,
        ["total score"] = SurveyColumnRole.Score,
        ["คะแนน"] = SurveyColumnRole.Score,
        ["คะแนนรวม"] = SurveyColumnRole.Score,
        ["comments"] = SurveyColumnRole.Comment,
        ["comment"] = SurveyColumnRole.Comment,
        ["suggestions"] = SurveyColumnRole.Comment,
        ["ข้อเสนอแนะ"] = SurveyColumnRole.Comment,
        ["ข้อเสนอแนะอื่น ๆ"] = SurveyColumnRole.Comment,
        ["ข้อเสนอแนะอื่นๆ"] = SurveyColumnRole.Comment,
        ["ข้อเสนอแนะเพิ่มเติม"] = SurveyColumnRole.Comment,
        ["ความคิดเห็น"] = SurveyColumnRole.Comment,
        ["ความคิดเห็นเพิ่มเติม"] = SurveyColumnRole.Comment,
        ["ข้อคิดเห็น"] = SurveyColumnRole.Comment,
    };

    // Thai words run together, so a Thai header that starts with one of these ("เพศของผู้ตอบ", "อายุ (ปี)") is about the
    // respondent; an English one must end the word there ("age", not "agency").
    private static readonly string[] ThaiDemographics =
        ["เพศ", "อายุ", "สถานภาพ", "สถานะ", "อาชีพ", "การศึกษา", "ระดับการศึกษา", "วุฒิการศึกษา", "รายได้", "ประเภทผู้รับบริการ", "ประเภทผู้มีส่วนได้ส่วนเสีย", "ท่านเป็น"];

    private static readonly string[] EnglishDemographics = ["gender", "sex", "age", "status", "occupation", "education", "income"];

    /// <summary>The role a header gives its column, or <see cref="SurveyColumnRole.Question"/> when the header says nothing.</summary>
    public static SurveyColumnRole Recognise(string header)
    {
        var text = StripNumbering(Normalize(header));
        if (Exact.TryGetValue(text, out var role))
        {
            return role;
        }

        foreach (var word in ThaiDemographics)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return SurveyColumnRole.Demographic;
            }
        }

        foreach (var word in EnglishDemographics)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length])))
            {
                return SurveyColumnRole.Demographic;
            }
        }

        return SurveyColumnRole.Question;
    }

    /// <summary>A header as it is shown and matched: trimmed, invisible characters removed, runs of white space as one space.</summary>
    public static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        var space = false;
        foreach (var c in header)
        {
            if (ThaiCharacters.IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Drops an item number before the text: "1. เพศ", "(2) อายุ", "ข้อ 3 สถานภาพ".</summary>
    private static string StripNumbering(string text)
    {
        var i = text.StartsWith("ข้อ", StringComparison.Ordinal) ? 3 : 0;
        var digits = false;
        while (i < text.Length && (text[i] is ' ' or '(' or '.' or ')' || ThaiCharacters.GetDigitValue(text[i]) >= 0))
        {
            digits |= ThaiCharacters.GetDigitValue(text[i]) >= 0;
            i++;
        }

        return digits && i < text.Length ? text.Substring(i) : text;
    }
}
