using System.Runtime.InteropServices;
using Participation.Governance.Announcements.Reading;
using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Tests.Formats;

/// <summary>The OS programs OCR needs, as the tests find them: CI has only the .NET SDK, so tests that need them skip, saying so.</summary>
internal static class OcrTools
{
    public const string InstallLine = "apt-get install tesseract-ocr tesseract-ocr-tha poppler-utils";

    /// <summary>Gets a value indicating whether tesseract with Thai and English data is installed.</summary>
    public static bool HasTesseract { get; } = new TesseractOcrEngine().FindProgram().Success;

    /// <summary>Gets a value indicating whether pdftoppm (Poppler) is installed.</summary>
    public static bool HasPdftoppm { get; } = ToolLocator.Find("pdftoppm", null) is not null;

    /// <summary>Gets a value indicating whether shell scripts can stand in for the programs (not on Windows).</summary>
    public static bool HasShell { get; } = !RuntimeInformation.IsOSPlatform(OSPlatform.Windows) && File.Exists("/bin/sh");

    /// <summary>Writes an executable shell script that stands in for a program.</summary>
    public static string WriteScript(string folder, string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}

/// <summary>A test that reads scans with the real programs; skipped, saying so, where they are not installed.</summary>
public sealed class OcrFactAttribute : FactAttribute
{
    public OcrFactAttribute()
    {
        if (!OcrTools.HasTesseract || !OcrTools.HasPdftoppm)
        {
            Skip = $"Tesseract with its Thai data and pdftoppm are not installed (Debian: {OcrTools.InstallLine}), so scans are not read here; the tests of OCR-shaped text and of the reader with a stand-in engine still run.";
        }
    }
}

/// <summary>A theory that reads scans with the real programs; skipped, saying so, where they are not installed.</summary>
public sealed class OcrTheoryAttribute : TheoryAttribute
{
    public OcrTheoryAttribute()
    {
        if (!OcrTools.HasTesseract || !OcrTools.HasPdftoppm)
        {
            Skip = $"Tesseract with its Thai data and pdftoppm are not installed (Debian: {OcrTools.InstallLine}), so scans are not read here; the tests of OCR-shaped text and of the reader with a stand-in engine still run.";
        }
    }
}

/// <summary>A test that rasterizes a PDF with pdftoppm; skipped, saying so, where it is not installed.</summary>
public sealed class PdftoppmFactAttribute : FactAttribute
{
    public PdftoppmFactAttribute()
    {
        if (!OcrTools.HasPdftoppm)
        {
            Skip = "pdftoppm is not installed (Debian: apt-get install poppler-utils), so the pages of a scanned PDF are not rasterized here; images are still read with a stand-in engine.";
        }
    }
}

/// <summary>A test in which shell scripts stand in for the OCR programs; skipped on Windows.</summary>
public sealed class ShellFactAttribute : FactAttribute
{
    public ShellFactAttribute()
    {
        if (!OcrTools.HasShell)
        {
            Skip = "No /bin/sh here, so no script can stand in for tesseract or pdftoppm.";
        }
    }
}

/// <summary>An engine that hands back pages the test wrote, and remembers the images it was given.</summary>
internal sealed class StandInEngine(Func<string, int, IReadOnlyList<OcrPage>?> pages) : IOcrEngine
{
    private readonly object _gate = new();
    private int _calls;

    public List<(string Path, int? DotsPerInch, byte[] Bytes)> Images { get; } = [];

    public ParseOutcome<IReadOnlyList<OcrPage>> Recognize(string imagePath, int? dotsPerInch, CancellationToken cancellationToken)
    {
        int call;
        lock (_gate)
        {
            Images.Add((imagePath, dotsPerInch, File.ReadAllBytes(imagePath)));
            call = _calls++;
        }

        return pages(imagePath, call) is { } result
            ? ParseOutcome<IReadOnlyList<OcrPage>>.ForValue(result)
            : ParseOutcome<IReadOnlyList<OcrPage>>.ForFailure("the stand-in engine could not read " + Path.GetFileName(imagePath), -1);
    }
}
