using Participation.Governance.Announcements.Writing;

namespace Participation.Governance.Announcements.Tests.Writing;

public sealed class AnnouncementEmblemTests
{
    [Fact]
    public void A_PNG_gives_its_size_and_media_type()
    {
        var emblem = AnnouncementEmblem.FromImage(TestImages.Png(270, 300)).Value;

        Assert.Equal("image/png", emblem.ContentType);
        Assert.Equal((270, 300), (emblem.PixelWidth, emblem.PixelHeight));
    }

    [Fact]
    public void A_JPEG_gives_its_size_from_the_frame_header_after_other_segments()
    {
        var emblem = AnnouncementEmblem.FromImage(TestImages.JpegHeader(540, 600)).Value;

        Assert.Equal("image/jpeg", emblem.ContentType);
        Assert.Equal((540, 600), (emblem.PixelWidth, emblem.PixelHeight));
    }

    [Fact]
    public void The_bytes_are_copied_so_the_caller_may_reuse_its_buffer()
    {
        var png = TestImages.Png(2, 2);
        var emblem = AnnouncementEmblem.FromImage(png).Value;

        png.AsSpan().Clear();

        Assert.Equal(TestImages.Png(2, 2), emblem.Image.ToArray());
    }

    [Theory]
    [InlineData("GIF89a", "expected a PNG or JPEG image")]
    [InlineData("", "expected a PNG or JPEG image")]
    public void Other_files_are_a_failure_saying_what_was_expected(string content, string message)
    {
        var outcome = AnnouncementEmblem.FromImage(System.Text.Encoding.ASCII.GetBytes(content));

        Assert.False(outcome.Success);
        Assert.Contains(message, outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_short_or_of_no_size_is_a_failure()
    {
        Assert.Contains("cut short", AnnouncementEmblem.FromImage(TestImages.Png(3, 3).AsSpan(0, 20)).Message, StringComparison.Ordinal);
        Assert.Contains("cut short", AnnouncementEmblem.FromImage(TestImages.JpegHeader(3, 3).AsSpan(0, 26)).Message, StringComparison.Ordinal);
        Assert.Contains("0 × 3", AnnouncementEmblem.FromImage(TestImages.Png(0, 3)).Message, StringComparison.Ordinal);
        Assert.Contains("no frame header", AnnouncementEmblem.FromImage([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02]).Message, StringComparison.Ordinal);
    }
}
