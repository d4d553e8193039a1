using System.Diagnostics;

namespace Participation.Governance.Cli;

/// <summary>
/// A progress line on standard error, redrawn in place, for a person watching a long run at a terminal; when standard
/// error is a pipe or a file it writes nothing, so scripts never see it.
/// </summary>
internal sealed class CliProgress(TextWriter error, bool enabled)
{
    private static readonly long Interval = Stopwatch.Frequency / 10;
    private long? _last;
    private int _width;

    /// <summary>Gets whether anything is shown: callers skip composing a text no one will see.</summary>
    public bool Enabled => enabled;

    /// <summary>Shows a progress text, at most ten times a second (the first at once).</summary>
    public void Show(string text)
    {
        var now = Stopwatch.GetTimestamp();
        if (!enabled || (_last is { } last && now - last < Interval))
        {
            return;
        }

        _last = now;
        error.Write("\r" + text + new string(' ', Math.Max(0, _width - text.Length)));
        _width = text.Length;
        error.Flush();
    }

    /// <summary>Erases the progress line, so what follows starts on a clean line.</summary>
    public void Clear()
    {
        if (enabled && _width > 0)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
            error.Flush();
            _width = 0;
        }
    }
}
