using Participation.Governance.Text;

namespace Participation.Governance.Announcements.Writing;

/// <summary>The Garuda emblem (ตราครุฑ) an agency prints at the top of its announcements: a PNG or JPEG image it supplies.</summary>
/// <remarks>
/// The library ships no emblem: the agency uses the file it has. <see cref="AnnouncementWordWriter"/> draws the image
/// 3 cm tall, as wide as its proportions make it.
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class AnnouncementEmblem
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _image;

    private AnnouncementEmblem(byte[] image, string contentType, int pixelWidth, int pixelHeight)
    {
        _image = image;
        ContentType = contentType;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
    }

    /// <summary>Gets the image's media type: <c>image/png</c> or <c>image/jpeg</c>.</summary>
    public string ContentType { get; }

    /// <summary>Gets the image's width in pixels.</summary>
    public int PixelWidth { get; }

    /// <summary>Gets the image's height in pixels.</summary>
    public int PixelHeight { get; }

    /// <summary>Gets the image file's bytes.</summary>
    public ReadOnlyMemory<byte> Image => _image;

    /// <summary>Reads an emblem from the bytes of a PNG or JPEG file.</summary>
    /// <param name="image">The whole file; copied, so the caller may reuse its buffer.</param>
    /// <returns>The emblem; or a failure saying the bytes are not a PNG or JPEG image whose size can be read.</returns>
    public static ParseOutcome<AnnouncementEmblem> FromImage(ReadOnlySpan<byte> image)
    {
        if (image.StartsWith(PngSignature))
        {
            // The first chunk of every PNG is IHDR: width and height, big-endian, at bytes 16 and 20.
            return image.Length >= 24 && image.Slice(12, 4).SequenceEqual("IHDR"u8)
                ? Create(image, "image/png", BigEndian(image, 16, 4), BigEndian(image, 20, 4))
                : Fail("the PNG file is cut short before its size");
        }

        if (image.Length >= 3 && image[0] == 0xFF && image[1] == 0xD8 && image[2] == 0xFF)
        {
            return ReadJpeg(image);
        }

        return Fail("expected a PNG or JPEG image");
    }

    /// <summary>Finds a JPEG's size in its start-of-frame segment, stepping over the segments before it.</summary>
    private static ParseOutcome<AnnouncementEmblem> ReadJpeg(ReadOnlySpan<byte> image)
    {
        var at = 2;
        while (at + 4 <= image.Length)
        {
            if (image[at] != 0xFF)
            {
                return Fail($"the JPEG file is damaged at byte {at}");
            }

            var marker = image[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2; // markers without a segment
                continue;
            }

            var length = BigEndian(image, at + 2, 2);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
            if (isFrame)
            {
                // Segment: length (2), sample precision (1), height (2), width (2).
                return at + 9 <= image.Length
                    ? Create(image, "image/jpeg", BigEndian(image, at + 7, 2), BigEndian(image, at + 5, 2))
                    : Fail("the JPEG file is cut short before its size");
            }

            if (marker == 0xDA || length < 2)
            {
                break;
            }

            at += 2 + length;
        }

        return Fail("the JPEG file has no frame header giving its size");
    }

    private static ParseOutcome<AnnouncementEmblem> Create(ReadOnlySpan<byte> image, string contentType, int width, int height)
        => width > 0 && height > 0
            ? ParseOutcome<AnnouncementEmblem>.ForValue(new AnnouncementEmblem(image.ToArray(), contentType, width, height))
            : Fail($"the image's size is {width} × {height} pixels");

    private static ParseOutcome<AnnouncementEmblem> Fail(string why) => ParseOutcome<AnnouncementEmblem>.ForFailure("not an emblem image: " + why + ".", -1);

    private static int BigEndian(ReadOnlySpan<byte> bytes, int start, int count)
    {
        var value = 0L;
        for (var i = 0; i < count; i++)
        {
            value = (value << 8) | bytes[start + i];
        }

        return value > int.MaxValue ? 0 : (int)value;
    }
}
