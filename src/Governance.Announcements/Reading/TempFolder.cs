namespace Participation.Governance.Announcements.Reading;

/// <summary>A folder of its own under the user's temporary folder for the files OCR writes, deleted with all it holds when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => Path = path;

    /// <summary>Gets the folder's full path.</summary>
    public string Path { get; }

    /// <summary>Makes a new, empty folder.</summary>
    /// <exception cref="IOException">The folder could not be made.</exception>
    public static TempFolder Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "governance-ocr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempFolder(path);
    }

    /// <summary>The path of a file in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Deletes the folder; a file another program still holds open (on Windows) is tried once more, then left.</summary>
    public void Dispose()
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                if (Directory.Exists(Path))
                {
                    Directory.Delete(Path, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
