using Participation.Governance.Assessment;
using Participation.Governance.Text;

namespace Participation.Governance.Surveys;

/// <summary>
/// Reads a satisfaction survey's responses as agencies collect them — a Google Forms or Microsoft Forms export, an Excel
/// workbook, a CSV saved by Thai Excel — into a <see cref="SurveyReport"/>: n, x̄, S.D., the count and percentage at each
/// level and the band, per question and overall, and per group when broken down.
/// </summary>
/// <remarks>
/// <para>
/// The format is told from the bytes (<see cref="SurveyFileFormat.Detect"/>): a zip archive is an .xlsx workbook, read
/// through the Open XML SDK; anything else is CSV text, in UTF-8 (with or without a byte-order mark), UTF-16 or
/// Windows-874, which <see cref="ThaiFormatting.Text.ThaiTextDecoder"/> tells apart. An Excel 97–2003 .xls workbook is
/// refused with a message saying how to save it.
/// </para>
/// <para>
/// The header is the first row (a one-cell title row above it is skipped). Unless the mapping names them, the questions
/// are recognised: a column is left out when its header is a timestamp, e-mail, identity, score, demographic or comments
/// one, and otherwise is a question when at least two thirds of its filled cells among the first 1,000 rows are answers on the
/// scale (1–5, or มากที่สุด, มาก, ปานกลาง, น้อย, น้อยที่สุด with or without พึงพอใจ, or a number with the words that agree),
/// or when none of them is filled (an optional question no one answered, reported with n = 0 and a warning).
/// </para>
/// <para>
/// Anything doubtful is reported through <c>onWarning</c>, once per kind (and per column), with counts and the first rows:
/// blank rows, rows with no answer, malformed rows, text past the header, answers off the scale (left out), answers written
/// in more than one way, and which columns were taken as questions. Failures (not a survey, an unreadable workbook, a
/// mapping that names no column) come back as a failed <see cref="ParseOutcome{T}"/>; bad bytes never throw.
/// </para>
/// <para>
/// Memory is bounded whatever the length of the file: the first 1,000 rows are held to decide the questions, then rows
/// pass one at a time. Rows are bounded in length (<see cref="SurveyCsvReader.MaxRowLength"/> characters) while reading,
/// so endless input ends with a failure rather than filling memory; bound the bytes of the stream itself if it may be
/// endless and made of short rows.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe; each call reads its own stream.</threadsafety>
public static class SurveyResponseFile
{
    /// <summary>Reads a response file.</summary>
    /// <param name="stream">The file, from its current position; read to its end (or to a failure) and left open.</param>
    /// <param name="mapping">Which columns are questions, the breakdown column and the reversed items; <see cref="SurveyColumnMapping.Recognised"/> to recognise the questions.</param>
    /// <param name="options">The format, sheet and band scheme; null for <see cref="SurveyReadOptions.Default"/>.</param>
    /// <param name="onWarning">Called with each warning once the file has been read; null to ignore them.</param>
    /// <returns>The report, or why the file cannot be read as a survey.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="mapping"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseOutcome<SurveyReport> Read(Stream stream, SurveyColumnMapping mapping, SurveyReadOptions? options = null, Action<SurveyWarning>? onWarning = null)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(mapping);
        options ??= SurveyReadOptions.Default;
        var start = ReadStart(stream);
        var format = options.Format;
        if (format == SurveyFileFormat.Detect)
        {
            if (IsOleCompoundFile(start))
            {
                return Fail("an Excel 97–2003 workbook (.xls), which is not read; save it as .xlsx (Excel Workbook) or as CSV UTF-8");
            }

            format = IsZip(start) ? SurveyFileFormat.Xlsx : SurveyFileFormat.Csv;
        }

        var warnings = new List<SurveyWarning>();
        if (format == SurveyFileFormat.Csv && options.Sheet is not null)
        {
            warnings.Add(new SurveyWarning(SurveyWarningKind.OptionIgnored, $"the file is CSV text, which has one sheet; the sheet \"{options.Sheet}\" asked for was ignored"));
        }

        var opened = format == SurveyFileFormat.Xlsx ? OpenWorkbook(start, stream, options.Sheet) : OpenText(start, stream);
        if (!opened.Success)
        {
            return opened.ConvertError<SurveyReport>();
        }

        using var rows = opened.Value;
        ParseOutcome<SurveyReport> outcome;
        try
        {
            outcome = SurveyTableReader.Read(rows, mapping, options.Scheme, warnings.Add);
        }
        catch (SurveyEncodingException e)
        {
            return Fail("not text in one encoding: " + e.Message);
        }
        catch (Exception e) when (format == SurveyFileFormat.Xlsx && XlsxRowSource.IsUnreadableWorkbook(e))
        {
            return Fail(XlsxRowSource.NotAWorkbook(e));
        }

        if (outcome.Success && onWarning is not null)
        {
            foreach (var warning in warnings)
            {
                onWarning(warning);
            }
        }

        return outcome;
    }

    private static ParseOutcome<SurveyReport> Fail(string message) => ParseOutcome<SurveyReport>.ForFailure(message, -1);

    private static byte[] ReadStart(Stream stream)
    {
        var start = new byte[8];
        var length = 0;
        int read;
        while (length < start.Length && (read = stream.Read(start, length, start.Length - length)) > 0)
        {
            length += read;
        }

        Array.Resize(ref start, length);
        return start;
    }

    private static bool IsZip(byte[] start) => start.Length >= 4 && start[0] == (byte)'P' && start[1] == (byte)'K' && start[2] == 3 && start[3] == 4;

    private static bool IsOleCompoundFile(byte[] start)
        => start.Length == 8 && start[0] == 0xD0 && start[1] == 0xCF && start[2] == 0x11 && start[3] == 0xE0 && start[4] == 0xA1 && start[5] == 0xB1 && start[6] == 0x1A && start[7] == 0xE1;

    private static ParseOutcome<ISurveyRowSource> OpenText(byte[] start, Stream stream)
        => SurveyTextInput.Open(start, stream).Convert<ISurveyRowSource>(text => new CsvRowSource(text));

    /// <summary>A zip archive is read by seeking, so a stream that cannot seek (standard input) is copied first.</summary>
    private static ParseOutcome<ISurveyRowSource> OpenWorkbook(byte[] start, Stream stream, string? sheet)
    {
        Stream workbook;
        if (stream.CanSeek && stream.Position >= start.Length)
        {
            stream.Position -= start.Length;
            workbook = stream;
        }
        else
        {
            var copy = new MemoryStream();
            copy.Write(start, 0, start.Length);
            stream.CopyTo(copy);
            copy.Position = 0;
            workbook = copy;
        }

        return XlsxRowSource.Open(workbook, sheet);
    }
}
