using System.Runtime.InteropServices;

namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// Finds an OS program: at the path the caller gave (a file, or a folder holding it), else in the folders of
/// <c>PATH</c>, else — on Windows, where installers do not always add themselves to <c>PATH</c> — in the folders its
/// installer uses.
/// </summary>
internal static class ToolLocator
{
    private static bool IsWindows => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    /// <summary>The program's full path, or null when it is nowhere to be found.</summary>
    /// <param name="name">The program's name without extension, e.g. "tesseract".</param>
    /// <param name="given">The path the caller gave (the program itself or its folder), or null to search.</param>
    /// <param name="windowsFolders">Folders under Program Files (or the user's programs) where its Windows installer puts it.</param>
    public static string? Find(string name, string? given, params string[] windowsFolders)
    {
        var fileName = IsWindows ? name + ".exe" : name;
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given)
                : Directory.Exists(given) && File.Exists(Path.Combine(given, fileName)) ? Path.GetFullPath(Path.Combine(given, fileName))
                : null;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Candidate(folder.Trim().Trim('"'), fileName);
            if (candidate is not null)
            {
                return candidate;
            }
        }

        if (!IsWindows)
        {
            return null;
        }

        foreach (var root in new[] { Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), Environment.GetFolderPath(Environment.SpecialFolder.ProgramFilesX86), Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Programs") })
        {
            foreach (var folder in windowsFolders)
            {
                var candidate = root.Length == 0 ? null : Candidate(Path.Combine(root, folder), fileName);
                if (candidate is not null)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string? Candidate(string folder, string fileName)
    {
        if (folder.Length == 0 || folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return null;
        }

        var path = Path.Combine(folder, fileName);
        return File.Exists(path) ? path : null;
    }
}
