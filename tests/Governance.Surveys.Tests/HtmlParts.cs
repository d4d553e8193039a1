using System.Globalization;
using System.Xml;

namespace Participation.Governance.Surveys.Tests;

/// <summary>Takes the generated HTML apart for assertions: the SVG elements, parsed as the XML they must be.</summary>
internal static class HtmlParts
{
    public static List<string> Svgs(string html)
    {
        var svgs = new List<string>();
        for (var start = html.IndexOf("<svg", StringComparison.Ordinal); start >= 0; start = html.IndexOf("<svg", start + 1, StringComparison.Ordinal))
        {
            var end = html.IndexOf("</svg>", start, StringComparison.Ordinal);
            svgs.Add(html.Substring(start, end + "</svg>".Length - start));
        }

        return svgs;
    }

    /// <summary>Parses an SVG with a strict XML reader (throws when it is not well formed); returns its number of rect elements.</summary>
    public static int ParseSvg(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var rects = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rect")
            {
                Assert.Equal("http://www.w3.org/2000/svg", reader.NamespaceURI);
                rects++;
            }
        }

        return rects;
    }

    public static List<double> RectWidths(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg));
        var widths = new List<double>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rect")
            {
                widths.Add(double.Parse(reader.GetAttribute("width")!, CultureInfo.InvariantCulture));
            }
        }

        return widths;
    }

    public static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
