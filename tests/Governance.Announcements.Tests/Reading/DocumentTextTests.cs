using Participation.Governance.Announcements.Reading;

namespace Participation.Governance.Announcements.Tests.Reading;

public sealed class DocumentTextTests
{
    [Theory]
    [InlineData(1, "1:1", 1)]
    [InlineData(4, "1:4", 1)]
    [InlineData(5, "2:1", 2)]
    [InlineData(11, "2:7", 2)]
    [InlineData(12, "3:1", 3)]
    [InlineData(99, "3:88", 3)]
    public void A_line_of_a_paged_document_is_shown_as_page_and_line_on_the_page(int line, string location, int page)
    {
        var text = new DocumentText("x", SourceFormat.Pdf, [1, 5, 12]);

        Assert.Equal(location, text.DescribeLine(line));
        Assert.Equal(page, text.GetPage(line));
    }

    [Fact]
    public void A_line_of_a_text_without_pages_is_its_number()
    {
        var text = new DocumentText("a\nb", SourceFormat.PlainText);

        Assert.Equal("2", text.DescribeLine(2));
        Assert.Null(text.GetPage(2));
        Assert.Empty(text.PageFirstLines);
    }

    [Fact]
    public void Pages_must_start_at_line_one_and_ascend()
    {
        Assert.Throws<ArgumentException>(() => new DocumentText("x", SourceFormat.Pdf, [2, 5]));
        Assert.Throws<ArgumentException>(() => new DocumentText("x", SourceFormat.Pdf, [1, 5, 5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentText("x", SourceFormat.Pdf, [1]).DescribeLine(0));
    }
}
