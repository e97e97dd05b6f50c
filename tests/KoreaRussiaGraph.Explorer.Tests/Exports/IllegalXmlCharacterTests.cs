using System.Xml.Linq;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Export;
using KoreaRussiaGraph.Export.Formats;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Explorer.Tests.Exports;

/// <summary>
/// Issue 14, item 4: characters XML 1.0 cannot carry (a \x01 in a quote, a NUL in a sidecar title, a lone surrogate)
/// are dropped by every XML writer, so one bad document no longer fails the GraphML and GEXF exports of everyone.
/// </summary>
public sealed class IllegalXmlCharacterTests
{
    private static GraphExport WithControlCharacters()
    {
        var sample = SampleGraph.Export();
        var quote = "Arden\u0001 met the \u0000Guild\uD800 in Port\u001F Zenda.";
        var dirty = Relation.Create("MET", "ada-arden", "guild-of-gears", symmetric: true,
            new Citation("doc-3", 0, quote, 0, quote.Length, "test-rule"), details: "tea\u0008 and 🫖");
        var documents = new Dictionary<string, DocumentRecord>(sample.Documents)
        {
            ["doc-3"] = SampleGraph.Document("doc-3", "Title with a NUL\u0000 from a sidecar", "https://example.org/doc-3"),
        };
        return sample with { Relations = [.. sample.Relations, dirty], Documents = documents, Title = "Sample\u0002 graph" };
    }

    public static TheoryData<string> XmlFormats => new() { "graphml", "gexf" };

    [Theory]
    [MemberData(nameof(XmlFormats))]
    public async Task The_export_is_well_formed_xml_without_the_illegal_characters_and_keeps_the_rest(string format)
    {
        var exporter = format == "graphml" ? (IGraphExporter)new GraphMLExporter() : new GexfExporter();

        var text = await Exported.TextAsync(exporter, WithControlCharacters());
        var document = XDocument.Parse(text);

        Assert.DoesNotContain(text, c => c < 0x20 && c is not ('\t' or '\n' or '\r'));
        Assert.Contains("Arden met the Guild in Port Zenda.", text);
        Assert.Contains("Title with a NUL from a sidecar", text);
        Assert.Contains("tea and 🫖", text); // a valid surrogate pair stays
        Assert.NotNull(document.Root);
    }

    [Fact]
    public void Legal_text_is_returned_as_is()
    {
        const string clean = "Kim\tJong Un — 김정은 🫖\r\n";
        Assert.Same(clean, XmlLegal.Text(clean));
        Assert.Equal("ab", XmlLegal.Text("a\uFFFE\uDC00b"));
    }
}
