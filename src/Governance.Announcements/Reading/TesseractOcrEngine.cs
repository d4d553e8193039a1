using System.Globalization;
using System.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Recognises page images with Tesseract's command-line program (<c>tesseract</c>, from the OS package
/// <c>tesseract-ocr</c> with <c>tesseract-ocr-tha</c>, or the Windows installer), reading its text and the positions of
/// its lines.
/// </summary>
/// <remarks>
/// <para>
/// Each image is read with <c>--psm 4</c> (a single column of text of varying sizes — an announcement's page: the
/// automatic layout of the default mode cuts the clause numbers of a hanging indent off into a column of their own) and
/// written both as text (for the words and their spaces) and as TSV (for where each line and letter is). Tesseract runs
/// one thread per page (<c>OMP_THREAD_LIMIT=1</c>): pages are read in parallel instead, which uses the cores better.
/// </para>
/// <para>
/// The program is looked for once, on first use, with its languages: a missing program or missing language data is a
/// failure that says what to install, on Debian or Ubuntu and on Windows.
/// </para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class TesseractOcrEngine : IOcrEngine
{
    /// <summary>The languages read by default: Thai, and English for the Latin words in Thai text.</summary>
    public const string DefaultLanguages = "tha+eng";

    /// <summary>The failure message when the <c>tesseract</c> program cannot be found.</summary>
    public const string NotInstalledMessage =
        "OCR needs Tesseract, which is not installed: on Debian or Ubuntu run \"sudo apt-get install tesseract-ocr tesseract-ocr-tha\"; "
        + "on Windows install Tesseract with the UB Mannheim installer and tick Thai under \"Additional language data\"";

    private readonly string? _path;
    private readonly Lazy<ParseOutcome<string>> _executable;

    /// <summary>Creates an engine.</summary>
    /// <param name="executablePath">The <c>tesseract</c> program or its folder; null to find it on <c>PATH</c> (and, on Windows, in the installer's folder).</param>
    /// <param name="languages">Tesseract's languages joined by <c>+</c>; <see cref="DefaultLanguages"/> when null.</param>
    /// <param name="timeout">How long one image may take; two minutes when null.</param>
    /// <exception cref="ArgumentException"><paramref name="languages"/> is empty or holds anything but letters, digits, <c>_</c> and <c>+</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is not positive.</exception>
    public TesseractOcrEngine(string? executablePath = null, string? languages = null, TimeSpan? timeout = null)
    {
        _path = executablePath;
        Languages = languages is null ? DefaultLanguages : CheckLanguages(languages, nameof(languages));
        Timeout = timeout ?? TimeSpan.FromMinutes(2);
        if (Timeout <= TimeSpan.Zero)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(timeout), timeout, "The time an image may take must be positive.");
        }

        _executable = new Lazy<ParseOutcome<string>>(Locate, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the languages Tesseract reads, joined by <c>+</c>.</summary>
    public string Languages { get; }

    /// <summary>Gets how long one image may take before Tesseract is stopped.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>
    /// Finds the program and checks that it has the data of every language: the full path of the program, or a failure
    /// that says what to install. Done once per engine; <see cref="Recognize"/> does it too.
    /// </summary>
    /// <returns>The program's path, or why it cannot be used.</returns>
    public ParseOutcome<string> FindProgram() => _executable.Value;

    /// <inheritdoc/>
    public ParseOutcome<IReadOnlyList<OcrPage>> Recognize(string imagePath, int? dotsPerInch, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(imagePath);
        var executable = _executable.Value;
        if (!executable.Success)
        {
            return executable.ConvertError<IReadOnlyList<OcrPage>>();
        }

        using var output = TempFolder.Create();
        var outputBase = output.File("page");
        List<string> arguments = [imagePath, outputBase, "-l", Languages, "--psm", "4"];
        if (dotsPerInch is { } dpi)
        {
            arguments.AddRange(["--dpi", dpi.ToString(CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange(["txt", "tsv"]);
        var run = ToolProcess.Run("tesseract", executable.Value, arguments, Timeout, SingleThread, cancellationToken);
        if (!run.Success)
        {
            return run.ConvertError<IReadOnlyList<OcrPage>>();
        }

        string text, tsv;
        try
        {
            text = File.ReadAllText(outputBase + ".txt", Encoding.UTF8);
            tsv = File.ReadAllText(outputBase + ".tsv", Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseOutcome<IReadOnlyList<OcrPage>>.ForFailure("tesseract wrote no result: " + e.Message, -1);
        }

        return ParseOutcome<IReadOnlyList<OcrPage>>.ForValue(TesseractOutput.Parse(text, tsv));
    }

    /// <summary>Checks a <c>+</c>-joined list of Tesseract language codes.</summary>
    internal static string CheckLanguages(string? languages, string paramName)
    {
        Preconditions.CheckNotNull(languages, paramName);
        var valid = languages.Length > 0 && languages.Split('+').All(code => code.Length > 0 && code.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'));
        Preconditions.CheckArgument(valid, paramName, "Expected Tesseract language codes joined by '+', such as \"tha+eng\".");
        return languages;
    }

    private static IReadOnlyDictionary<string, string> SingleThread { get; } = new Dictionary<string, string>(StringComparer.Ordinal) { ["OMP_THREAD_LIMIT"] = "1" };

    private ParseOutcome<string> Locate()
    {
        var path = ToolLocator.Find("tesseract", _path, "Tesseract-OCR");
        if (path is null)
        {
            return ParseOutcome<string>.ForFailure(_path is null ? NotInstalledMessage : $"tesseract was not found at {_path}: give the program or the folder that holds it", -1);
        }

        var list = ToolProcess.Run("tesseract", path, ["--list-langs"], Timeout, SingleThread, CancellationToken.None);
        if (!list.Success)
        {
            return list;
        }

        // "List of available languages in "…" (3):" and then one code per line; an older program that writes the list
        // elsewhere is not second-guessed here, and says itself which language it lacks when it runs.
        var lines = list.Value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();
        var header = lines.FindIndex(l => l.StartsWith("List of available languages", StringComparison.Ordinal));
        if (header < 0)
        {
            return ParseOutcome<string>.ForValue(path);
        }

        var installed = new HashSet<string>(lines.Skip(header + 1), StringComparer.Ordinal);
        var missing = Languages.Split('+').Where(code => !installed.Contains(code)).Distinct(StringComparer.Ordinal).ToArray();
        return missing.Length == 0 ? ParseOutcome<string>.ForValue(path) : ParseOutcome<string>.ForFailure(MissingLanguagesMessage(missing), -1);
    }

    private static string MissingLanguagesMessage(string[] codes)
    {
        var packages = string.Join(" ", codes.Select(c => "tesseract-ocr-" + c.Replace('_', '-').ToLowerInvariant()));
        var names = string.Join(" and ", codes.Select(c => c switch { "tha" => "Thai", "eng" => "English", _ => c }));
        return $"Tesseract is installed without its data for {string.Join("+", codes)}: on Debian or Ubuntu run \"sudo apt-get install {packages}\"; "
            + $"on Windows run the Tesseract installer again and tick {names} under \"Additional language data\"";
    }
}
