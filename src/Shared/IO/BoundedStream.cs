// Reading a whole input with a size limit, defined once and linked as source into each assembly that reads files.
using System.Buffers;
using System.Globalization;
using Participation.Governance.Text;

namespace Participation.Governance.IO;

/// <summary>Reads a stream to its end into memory, refusing one longer than a limit without reading past it.</summary>
internal static class BoundedStream
{
    /// <summary>Reads from the current position to the end, or fails once more than <paramref name="maxBytes"/> have come.</summary>
    /// <returns>The bytes; or a failure saying the input is longer than the limit, at position <paramref name="maxBytes"/>.</returns>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseOutcome<ArraySegment<byte>> ReadAll(Stream stream, int maxBytes)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckArgumentRange(nameof(maxBytes), maxBytes, 0, int.MaxValue - 1);
        // A file says its length: the buffer is sized once, and a checked folder of small files does not grow a buffer
        // (or take a fresh 80 KB chunk) per file. The chunk is pooled; a stream that grows past its length still reads right.
        using var buffer = new MemoryStream(KnownLength(stream, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, (long)maxBytes + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return ParseOutcome<ArraySegment<byte>>.ForFailure(
                        "the input is longer than " + maxBytes.ToString(CultureInfo.InvariantCulture) + " bytes, the most that is read",
                        maxBytes);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return ParseOutcome<ArraySegment<byte>>.ForValue(new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>What is left of a seekable stream, when that is within the limit; else 0 (grow as the bytes come).</summary>
    private static int KnownLength(Stream stream, int maxBytes)
    {
        try
        {
            return stream.CanSeek && stream.Length - stream.Position is var left && left > 0 && left <= maxBytes ? (int)left : 0;
        }
        catch (Exception e) when (e is NotSupportedException or IOException)
        {
            // Some devices say they can seek and then cannot tell their length.
            return 0;
        }
    }
}
