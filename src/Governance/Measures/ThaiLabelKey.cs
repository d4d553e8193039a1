using System.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Measures;

/// <summary>
/// Reduces a Thai label to the form used to look it up: agencies type the same label with stray spaces,
/// zero-width spaces (inserted by word processors as line-break hints) and, in text copied from PDFs,
/// SARA AM decomposed into NIKHAHIT + SARA AA.
/// </summary>
internal static class ThaiLabelKey
{
    /// <summary>The prefix "ระดับ" (level) that agencies write before a level's name, or leave out.</summary>
    internal const string LevelPrefix = "ระดับ";

    /// <summary>Gets the lookup key of a label: without white space or zero-width characters, SARA AM composed.</summary>
    internal static string Normalize(string label)
    {
        var builder = new StringBuilder(label.Length);
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if (char.IsWhiteSpace(c) || ThaiCharacters.IsInvisible(c))
            {
                continue;
            }

            if (ThaiCharacters.IsDecomposedSaraAm(label, i))
            {
                builder.Append(ThaiCharacters.SaraAm);
                i++;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
