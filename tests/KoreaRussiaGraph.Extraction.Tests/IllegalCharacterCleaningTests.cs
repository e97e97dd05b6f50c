using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Extraction.Documents;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Issue 14, item 4: characters XML 1.0 cannot carry are removed when a document is cleaned, and offsets stay true.</summary>
public class IllegalCharacterCleaningTests
{
    private static readonly DocumentCleaner Cleaner = new(BoilerplateRules.Load(TestSupport.Schema));

    [Theory]
    [InlineData("txt", "Kim\u0001 visits Russia\n\nKim Jong Un met\u0000 Vladimir Putin in Vladivostok.\u001F")]
    [InlineData("html", "<html><body><h1>Kim&#1; visits Russia</h1><p>Kim Jong Un met&#2; Vladimir Putin in Vladivostok.\u0001</p></body></html>")]
    public void Control_characters_are_gone_from_the_clean_text_and_every_block_offset_points_at_its_text(string format, string content)
    {
        var clean = Cleaner.Clean(new SourceDocument("d", format, content, new DocumentMetadata(Title: "Kim\u0000 visits Russia")));

        Assert.DoesNotContain(clean.Text, c => c < 0x20 && c is not ('\t' or '\n' or '\r'));
        Assert.Contains("Kim Jong Un met Vladimir Putin in Vladivostok.", clean.Text);
        Assert.Equal("Kim visits Russia", clean.Title);
        foreach (var block in clean.Blocks) Assert.Equal(block.Text, clean.Text.Substring(block.Start, block.Text.Length));
    }

    [Fact]
    public void The_relations_of_a_document_with_a_control_character_quote_the_clean_text_at_their_offsets()
    {
        var extractor = RuleBasedExtractor.Load(TestSupport.Schema);
        var source = new SourceDocument("d", "txt", "Russia\u0001 supplied oil to North Korea in 2019.", new DocumentMetadata());

        var result = extractor.Extract(source);

        var relation = Assert.Single(result.Relations);
        Assert.DoesNotContain('\u0001', relation.Citation.Quote);
        Assert.Equal(relation.Citation.Quote, Cleaner.Clean(source).Text[relation.Citation.Start..relation.Citation.End]);
    }
}
