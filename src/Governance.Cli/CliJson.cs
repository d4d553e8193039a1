using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Participation.Governance.Cli;

/// <summary>
/// One JSON object per output line, as the verbs' <c>--json</c> writes it: Thai and quotes as they are (this is a terminal's
/// or a script's text, not HTML), control characters escaped, so an object never spans two lines.
/// </summary>
internal sealed class CliJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>Writes one object, built by <paramref name="write"/>, as one line of <paramref name="output"/>.</summary>
    public void WriteLine(TextWriter output, Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }
}
