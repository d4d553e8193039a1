using System.Text;
using Participation.Governance.ThaiFormatting.Text;

namespace Participation.Governance.ThaiFormatting.Tests.Text;

public sealed class ThaiTextDecoderTests
{
    private static readonly Encoding Windows874 = CodePagesEncodingProvider.Instance.GetEncoding(874)!;

    // Thai as agencies type it, with the characters Windows-874 has beyond TIS-620 (quotes, dash, bullet, euro, ellipsis).
    private static readonly Gen<string> ThaiText = Gen.Elements(
            "ประกาศสำนักงานเขตพื้นที่การศึกษา", "เรื่อง มาตรการ", "ความพึงพอใจ", "ข้อ ๑.", "\r\n", "\n", "\t", " ",
            "“ช่องทาง”", "–", "•", "…", "€", "Q1 2567", "น้ำ", "ฯลฯ", "๐๑๒๓๔๕๖๗๘๙")
        .ListOf()
        .Select(parts => string.Concat(parts));

    public static TheoryData<string, ThaiTextEncoding, bool> Encodings() => new()
    {
        { "utf-8", ThaiTextEncoding.Utf8, false },
        { "utf-8-bom", ThaiTextEncoding.Utf8, true },
        { "utf-16le-bom", ThaiTextEncoding.Utf16LittleEndian, true },
        { "utf-16be-bom", ThaiTextEncoding.Utf16BigEndian, true },
        { "windows-874", ThaiTextEncoding.Windows874, false },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_written_in_any_encoding_Thai_tools_use_comes_back_with_its_encoding(string name, ThaiTextEncoding encoding, bool bom)
        => Prop.ForAll(ThaiText.ToArbitrary(), text =>
        {
            var decoded = ThaiTextDecoder.Decode(Encode(name, text));

            Assert.True(decoded.Success, decoded.Message);
            Assert.Equal(text, decoded.Value.Text);
            if (text.Any(c => c > 0x7F))
            {
                Assert.Equal(encoding, decoded.Value.Encoding);
            }

            Assert.Equal(bom, decoded.Value.HadByteOrderMark);
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UTF16_without_a_byte_order_mark_is_known_by_its_zero_bytes(bool bigEndian)
    {
        const string text = "Timestamp,ชื่อ,Score\r\n2024-01-01,สมชาย,5\r\n";
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text);

        var decoded = ThaiTextDecoder.Decode(bytes);

        Assert.Equal(text, decoded.Value.Text);
        Assert.Equal(bigEndian ? ThaiTextEncoding.Utf16BigEndian : ThaiTextEncoding.Utf16LittleEndian, decoded.Value.Encoding);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x25, 0xB5, 0xB5, 0x0A, 0x00, 0x01, 0x02, 0x03 }, "zero byte at offset 13")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00 }, "zero byte at offset 5")]
    [InlineData(new byte[] { 0xA1, 0xA2, 0xDB, 0x41 }, "byte 0xDB at offset 2 is not a character in Windows-874")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xC3 }, "starts with a UTF-8 byte-order mark, but the bytes at offset 4 are not UTF-8")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41 }, "6 control characters")]
    public void Bytes_that_are_not_text_are_refused_naming_the_encodings_tried(byte[] bytes, string why)
    {
        var decoded = ThaiTextDecoder.Decode(bytes);

        Assert.False(decoded.Success);
        Assert.StartsWith("not text in UTF-8, UTF-16 and Windows-874 (TIS-620): ", decoded.Message, StringComparison.Ordinal);
        Assert.Contains(why, decoded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decoding_never_throws_on_any_bytes()
        => Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var decoded = ThaiTextDecoder.Decode(bytes);
            return decoded.Success ? decoded.Value.Text is not null : decoded.Message!.Length > 0;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_stream_longer_than_the_limit_is_refused_without_reading_past_it()
    {
        using var endless = new EndlessStream();

        var decoded = ThaiTextDecoder.Decode(endless, maxBytes: 1000);

        Assert.False(decoded.Success);
        Assert.Contains("longer than 1000 bytes", decoded.Message, StringComparison.Ordinal);
        Assert.True(endless.Position <= 1001, $"read {endless.Position} bytes");
    }

    [Fact]
    public void A_stream_within_the_limit_decodes_like_its_bytes()
    {
        using var stream = new MemoryStream(Windows874.GetBytes("ประกาศ"));

        Assert.Equal("ประกาศ", ThaiTextDecoder.Decode(stream, maxBytes: 6).Value.Text);
    }

    [Fact]
    public void A_seekable_stream_is_read_from_its_position_to_its_end()
    {
        var bytes = Windows874.GetBytes("หัวเรื่อง ประกาศสำนักงาน");
        using var stream = new MemoryStream(bytes) { Position = 10 };

        Assert.Equal("ประกาศสำนักงาน", ThaiTextDecoder.Decode(stream, maxBytes: 1000).Value.Text.TrimStart());
    }

    [Property]
    public void A_stream_that_grows_past_the_length_it_stated_is_read_to_its_real_end(PositiveInt stated, PositiveInt extra)
    {
        var text = new string('ก', stated.Get % 5000 + extra.Get % 5000 + 1);
        using var stream = new UnderstatedStream(Windows874.GetBytes(text), stated.Get % 5000);

        Assert.Equal(text, ThaiTextDecoder.Decode(stream, maxBytes: 1 << 20).Value.Text);
    }

    private static byte[] Encode(string name, string text) => name switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Windows874.GetBytes(text),
    };

    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A file still being written: its length, asked once, says less than will come.</summary>
    private sealed class UnderstatedStream(byte[] bytes, int stated) : MemoryStream(bytes, writable: false)
    {
        public override long Length => stated;
    }
}
