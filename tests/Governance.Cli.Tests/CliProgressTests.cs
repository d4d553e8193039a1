namespace Participation.Governance.Cli.Tests;

/// <summary>The progress line: drawn in place for a person at a terminal, never written into a pipe or a file.</summary>
public sealed class CliProgressTests
{
    [Fact]
    public void At_a_terminal_the_line_is_drawn_in_place_and_cleared()
    {
        var error = new StringWriter();
        var progress = new CliProgress(error, enabled: true);

        progress.Show("checked 10 files");
        progress.Clear();

        Assert.Equal("\rchecked 10 files\r                \r", error.ToString());
    }

    [Fact]
    public void Into_a_pipe_nothing_is_written()
    {
        var error = new StringWriter();
        var progress = new CliProgress(error, enabled: false);

        progress.Show("checked 10 files");
        progress.Clear();

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void A_check_run_in_a_pipe_writes_no_progress_to_standard_error()
    {
        var folder = Path.Combine(Path.GetTempPath(), "progress-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            for (var i = 0; i < 3; i++)
            {
                File.WriteAllText(Path.Combine(folder, i + ".json"), """{"schemaVersion":1,"agency":"a","title":"t"}""");
            }

            var (exitCode, _, error) = CliHarness.Run(string.Empty, ["check", folder]);

            Assert.Equal(1, exitCode);
            Assert.Equal(string.Empty, error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
