using System.Globalization;
using System.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Outline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Reads the text layer of a PDF — as agencies export announcements from Word — into the <see cref="DocumentText"/> the
/// announcement reader reads: lines and paragraphs rebuilt from letter positions, Thai as typed, running headers,
/// footers and page numbers left out, each line traceable to its page.
/// </summary>
/// <remarks>
/// <para>
/// The PDF is read with PdfPig. On each page, letters are put back into lines by their baselines and into order by
/// their positions, Thai marks kept on their consonants and spaces put where the gaps are (<see cref="PdfPageLayout"/>);
/// the Private Use Area forms of Thai fonts and SARA AM drawn as NIKHAHIT + SARA AA become the standard characters.
/// Where the PDF says what a run of glyphs stands for (<c>/ActualText</c>), that text is used.
/// </para>
/// <para>
/// Lines that repeat at the same place on most pages (running headers and footers, with their page numbers) and page
/// numbers alone at the top or bottom of a page ("- ๒ -", "หน้า ๒", "2/5") are left out. A paragraph wrapped over
/// several printed lines becomes one line of the text: a printed line that reaches the right edge of the text and is
/// followed at the usual line distance by one that does not start a numbered clause continues on it (Thai joined to
/// Thai without a space, as Word wraps Thai between words). A wider distance between lines gives blank lines, one per
/// empty line's height, so the text keeps the shape of the page. Paragraphs are not joined across pages, so every line
/// of the text is on one page: <see cref="DocumentText.DescribeLine"/> says "3:12" for the twelfth line read from page 3
/// (a page with no text still has one, empty, line).
/// </para>
/// <para>
/// A PDF whose pages carry no text at all is a scan: reading it fails with <see cref="NoTextLayerMessage"/>
/// (<see cref="HasTextLayer"/> makes that decision alone, for a caller that would run OCR instead). Encrypted,
/// damaged or truncated files fail with a message; reading never throws on any bytes.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class PdfTextReader
{
    /// <summary>The failure message for a PDF without a text layer.</summary>
    public const string NoTextLayerMessage = "no text layer — the file is a scanned image; run OCR first";

    private const int MaxBlankLines = 10;

    /// <summary>The words that open the closing of an announcement or a memo, which never continues a paragraph.</summary>
    private static readonly string[] ClosingWords = ["จึงประกาศ", "จึงเรียน", "ประกาศ ณ", "ให้ไว้ ณ"];

    /// <summary>Reads the text of a PDF.</summary>
    /// <param name="pdf">The whole file.</param>
    /// <returns>The text, with the line each page starts on; or a failure saying why it cannot be read.</returns>
    public static ParseOutcome<DocumentText> Read(ReadOnlyMemory<byte> pdf)
    {
        var opened = Open(pdf);
        if (!opened.Success)
        {
            return opened.ConvertError<DocumentText>();
        }

        using var document = opened.Value;
        try
        {
            var pages = new List<List<PdfLine>>(document.NumberOfPages);
            var anyText = false;
            foreach (var page in document.GetPages())
            {
                anyText |= PdfPageLayout.HasText(page);
                pages.Add(PdfPageLayout.ReadLines(page));
            }

            return anyText ? ParseOutcome<DocumentText>.ForValue(Assemble(pages, SourceFormat.Pdf)) : Fail(NoTextLayerMessage);
        }
        catch (Exception e) when (IsBrokenFile(e))
        {
            return Fail(Describe(e));
        }
    }

    /// <summary>
    /// Decides whether a PDF has a text layer — whether some page carries a letter that is not white space — without
    /// rebuilding its text: the step that tells a text PDF from a scan that needs OCR.
    /// </summary>
    /// <param name="pdf">The whole file.</param>
    /// <returns>True or false; or a failure when the file is not a PDF that can be opened.</returns>
    public static ParseOutcome<bool> HasTextLayer(ReadOnlyMemory<byte> pdf)
    {
        var opened = Open(pdf);
        if (!opened.Success)
        {
            return opened.ConvertError<bool>();
        }

        using var document = opened.Value;
        try
        {
            return ParseOutcome<bool>.ForValue(document.GetPages().Any(PdfPageLayout.HasText));
        }
        catch (Exception e) when (IsBrokenFile(e))
        {
            return ParseOutcome<bool>.ForFailure(Describe(e), -1);
        }
    }

    /// <summary>Counts the pages of a PDF, for a reader that rasterizes them one by one.</summary>
    internal static ParseOutcome<int> CountPages(ReadOnlyMemory<byte> pdf)
    {
        var opened = Open(pdf);
        if (!opened.Success)
        {
            return opened.ConvertError<int>();
        }

        using var document = opened.Value;
        return ParseOutcome<int>.ForValue(document.NumberOfPages);
    }

    private static ParseOutcome<PdfDocument> Open(ReadOnlyMemory<byte> pdf)
    {
        try
        {
            var document = PdfDocument.Open(pdf, new ParsingOptions { UseActualText = true });
            if (document.NumberOfPages == 0)
            {
                document.Dispose();
                return ParseOutcome<PdfDocument>.ForFailure("not a readable PDF: it has no pages", -1);
            }

            return ParseOutcome<PdfDocument>.ForValue(document);
        }
        catch (Exception e) when (IsBrokenFile(e))
        {
            return ParseOutcome<PdfDocument>.ForFailure(Describe(e), -1);
        }
    }

    /// <summary>
    /// PdfPig reports a damaged file with whatever exception the damage leads to (format, index, cast, key, overflow…),
    /// so every exception from reading bytes counts as a broken file; only those that say the process itself is in
    /// trouble are left to propagate.
    /// </summary>
    private static bool IsBrokenFile(Exception e) => e is not OutOfMemoryException;

    private static string Describe(Exception e) => e is PdfDocumentEncryptedException
        ? "the PDF is encrypted and cannot be read without its password; save an unprotected copy"
        : "not a readable PDF: " + e.Message;

    private static ParseOutcome<DocumentText> Fail(string message) => ParseOutcome<DocumentText>.ForFailure(message, -1);

    /// <summary>
    /// Makes the text of a document of its printed lines, page by page, top to bottom: running lines left out, paragraphs
    /// joined, blank lines where the page is empty. A scan's lines (<see cref="OcrPageLayout"/>) are put together the same way.
    /// </summary>
    internal static DocumentText Assemble(List<List<PdfLine>> pages, SourceFormat format)
    {
        RunningLines.Remove(pages);
        var all = pages.SelectMany(p => p).ToList();
        var pitch = LinePitch(pages);
        var textRight = all.Count == 0 ? 0 : all.Max(l => l.Right);
        var top = pages.Where(p => p.Count > 0).Select(p => p[0].Baseline).DefaultIfEmpty(0).Max();

        var text = new StringBuilder();
        var pageFirstLines = new List<int>(pages.Count);
        var lineCount = 0;
        foreach (var page in pages)
        {
            if (lineCount > 0)
            {
                text.Append('\n');
            }

            pageFirstLines.Add(lineCount + 1);
            lineCount++;
            if (page.Count == 0)
            {
                continue;
            }

            // Empty lines at the top of a page push its first line down from where other pages start.
            for (var blank = BlankLinesIn(top - page[0].Baseline + pitch, pitch); blank > 0; blank--)
            {
                text.Append('\n');
                lineCount++;
            }

            text.Append(page[0].Text);
            for (var i = 1; i < page.Count; i++)
            {
                PdfLine previous = page[i - 1], line = page[i];
                var distance = previous.Baseline - line.Baseline;
                if (distance <= pitch * 1.25 && Continues(previous, line, textRight))
                {
                    if (previous.EndsWithSpace || !IsThai(text[text.Length - 1]) || !IsThai(line.Text[0]))
                    {
                        text.Append(' ');
                    }

                    text.Append(line.Text);
                    continue;
                }

                text.Append('\n');
                lineCount++;
                for (var blank = BlankLinesIn(distance, pitch); blank > 0; blank--)
                {
                    text.Append('\n');
                    lineCount++;
                }

                text.Append(line.Text);
            }
        }

        return new DocumentText(text.ToString(), format, pageFirstLines);
    }

    private static int BlankLinesIn(double distance, double pitch)
        => pitch <= 0 ? 0 : Math.Min(MaxBlankLines, Math.Max(0, (int)Math.Round(distance / pitch, MidpointRounding.AwayFromZero) - 1));

    /// <summary>
    /// A printed line goes on in the next when it was full — it ends within a few characters of the text's right edge
    /// and the next line's first word (up to its first space) would not have fitted after it — and the next does not
    /// start a clause of its own or the closing (จึงประกาศ…, ประกาศ ณ วันที่ …), however it is spelled.
    /// </summary>
    private static bool Continues(PdfLine previous, PdfLine line, double textRight)
        => previous.Right >= textRight - (4 * previous.Size)
            && previous.Right + (0.25 * previous.Size) + line.FirstWordWidth > textRight
            && !OutlineNumber.TryReadClauseNumber(line.Text.AsSpan().TrimStart("- ".AsSpan()), out _, out _, out _)
            && !StartsClosing(line.Text.AsSpan());

    private static bool StartsClosing(ReadOnlySpan<char> line)
    {
        foreach (var word in ClosingWords)
        {
            if (HeaderWords.StartsWith(line, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The distance between the baselines of two consecutive lines of a paragraph: the smallest distance, at least most of
    /// a font size, that occurs more than once (a larger one is a line with empty lines or paragraph spacing before it).
    /// </summary>
    private static double LinePitch(List<List<PdfLine>> pages)
    {
        var distances = new List<double>();
        foreach (var page in pages)
        {
            for (var i = 1; i < page.Count; i++)
            {
                var distance = page[i - 1].Baseline - page[i].Baseline;
                if (distance >= 0.9 * Math.Min(page[i - 1].Size, page[i].Size))
                {
                    distances.Add(distance);
                }
            }
        }

        if (distances.Count == 0)
        {
            return 0;
        }

        distances.Sort();
        for (var i = 0; i + 1 < distances.Count; i++)
        {
            if (distances[i + 1] - distances[i] <= distances[i] * 0.05)
            {
                return distances[i];
            }
        }

        return distances[0];
    }

    private static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E5B';

    /// <summary>Running headers and footers, and page numbers, which belong to the page rather than to the document.</summary>
    internal static class RunningLines
    {
        /// <summary>How many lines at the top and at the bottom of a page may be a header or a footer.</summary>
        private const int Margin = 3;

        public static void Remove(List<List<PdfLine>> pages)
        {
            var repeated = pages.Count >= 2 ? FindRepeated(pages) : null;
            foreach (var page in pages)
            {
                for (var i = page.Count - 1; i >= 0; i--)
                {
                    var nearEdge = i < Margin || i >= page.Count - Margin;
                    if (nearEdge && (IsPageNumber(page[i].Text) || repeated?.Contains(Key(page[i])) == true))
                    {
                        page.RemoveAt(i);
                    }
                }
            }
        }

        /// <summary>Lines near the top or bottom that recur, digits aside, at the same height on at least half of the pages.</summary>
        private static HashSet<string> FindRepeated(List<List<PdfLine>> pages)
        {
            var pagesWith = new Dictionary<string, int>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                seen.Clear();
                for (var i = 0; i < page.Count; i++)
                {
                    if ((i < Margin || i >= page.Count - Margin) && seen.Add(Key(page[i])))
                    {
                        var key = Key(page[i]);
                        pagesWith[key] = pagesWith.TryGetValue(key, out var n) ? n + 1 : 1;
                    }
                }
            }

            var needed = Math.Max(2, (pages.Count + 1) / 2);
            return new HashSet<string>(pagesWith.Where(p => p.Value >= needed).Select(p => p.Key), StringComparer.Ordinal);
        }

        /// <summary>The text without spaces, every digit as '#', and the baseline to the nearest 4 points.</summary>
        private static string Key(PdfLine line)
        {
            var key = new StringBuilder(line.Text.Length + 8);
            foreach (var c in line.Text)
            {
                if (ThaiCharacters.GetDigitValue(c) >= 0)
                {
                    key.Append('#');
                }
                else if (!char.IsWhiteSpace(c))
                {
                    key.Append(c);
                }
            }

            return key.Append('@').Append(Math.Round(line.Baseline / 4).ToString(CultureInfo.InvariantCulture)).ToString();
        }

        /// <summary>"๒", "- ๒ -", "– 2 –", "หน้า ๒", "หน้า ๒ จาก ๕", "หน้าที่ ๒", "Page 2", "Page 2 of 5", "2/5", "[2]".</summary>
        internal static bool IsPageNumber(string text)
        {
            var s = text.AsSpan().Trim();
            s = TrimAny(s, "-–—[](){}".AsSpan());
            foreach (var prefix in new[] { "หน้าที่", "หน้า", "Page", "page", "p." })
            {
                if (s.StartsWith(prefix.AsSpan(), StringComparison.Ordinal))
                {
                    s = s.Slice(prefix.Length).TrimStart();
                    break;
                }
            }

            var digits = SkipDigits(ref s);
            if (digits == 0)
            {
                return false;
            }

            s = s.TrimStart();
            if (s.IsEmpty)
            {
                return true;
            }

            foreach (var separator in new[] { "/", "จาก", "of" })
            {
                if (s.StartsWith(separator.AsSpan(), StringComparison.Ordinal))
                {
                    s = s.Slice(separator.Length).TrimStart();
                    return SkipDigits(ref s) > 0 && s.Trim().IsEmpty;
                }
            }

            return false;
        }

        private static ReadOnlySpan<char> TrimAny(ReadOnlySpan<char> s, ReadOnlySpan<char> characters)
        {
            while (!s.IsEmpty && (characters.IndexOf(s[0]) >= 0 || char.IsWhiteSpace(s[0])))
            {
                s = s.Slice(1);
            }

            while (!s.IsEmpty && (characters.IndexOf(s[s.Length - 1]) >= 0 || char.IsWhiteSpace(s[s.Length - 1])))
            {
                s = s.Slice(0, s.Length - 1);
            }

            return s;
        }

        private static int SkipDigits(ref ReadOnlySpan<char> s)
        {
            var n = 0;
            while (n < s.Length && n < 5 && ThaiCharacters.GetDigitValue(s[n]) >= 0)
            {
                n++;
            }

            s = s.Slice(n);
            return n;
        }
    }
}
