using NodaTime;

namespace Participation.Governance.Cli;

/// <summary>
/// The streams and clock a command runs against: the real console in <see cref="Program.Main"/>,
/// in-memory ones in tests.
/// </summary>
internal sealed class CliConsole(TextReader input, TextWriter output, TextWriter error, Func<LocalDate> today)
{
    /// <summary>Gets standard input (the batch rule reads one value per line from it).</summary>
    public TextReader In { get; } = input;

    /// <summary>Gets standard output.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Gets standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Gets today's date in Thailand (commands that default to "now" use it).</summary>
    public LocalDate Today => today();
}
