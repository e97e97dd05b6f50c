using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Extraction.Documents;

namespace KoreaRussiaGraph.Extraction.Tests;

public class DocumentsTests
{
    private static readonly DocumentCleaner Cleaner = new(BoilerplateRules.Load(TestSupport.Schema));

    private static CleanDocument Clean(string content, string format = "txt", string? title = null) =>
        Cleaner.Clean(new SourceDocument("d", format, content, new DocumentMetadata(Title: title)));

    [Fact]
    public void Txt_first_short_line_without_stop_is_the_title_and_stays_in_the_text()
    {
        var clean = Clean("Moscow and Pyongyang sign a pact\n\nThe two governments signed it on Friday.");
        Assert.Equal("Moscow and Pyongyang sign a pact", clean.Title);
        Assert.StartsWith("Moscow and Pyongyang sign a pact\n\nThe two", clean.Text);
    }

    [Fact]
    public void Lines_before_a_known_title_are_site_header_and_dropped_with_the_reason()
    {
        var clean = Clean("World News\nBreaking Today\nKim visits Russia\nKim arrived by train.", title: "Kim visits Russia");
        Assert.StartsWith("Kim visits Russia", clean.Text);
        Assert.Contains(clean.Dropped, d => d.Text == "World News" && d.Reason.Contains("header"));
    }

    [Fact]
    public void A_known_title_matches_a_line_s_last_words_not_the_last_letters_of_a_body_line()
    {
        var body = "Belarus sent troops to Russia.\nCanada added four firms to its sanctions list.\nPoland protested.";
        Assert.StartsWith("Belarus sent troops", Clean(body, title: "Ions list").Text);
        Assert.StartsWith("Minsk news | Belarus sends troops", Clean("Minsk news | Belarus sends troops\nThey left on Monday.", title: "Belarus sends troops").Text);
    }

    [Fact]
    public void Ads_comment_forms_and_subscription_prompts_are_dropped_with_reasons()
    {
        var body = string.Join("\n", Enumerable.Repeat("Officials in Seoul said the talks had stalled for months and would resume later.", 6));
        var clean = Clean($"Talks stall\n{body}\nWin money trading on a new app today\nLeave a Reply\nYour email address will not be published.\nPost Comment");
        Assert.DoesNotContain("Win money", clean.Text);
        Assert.DoesNotContain("Leave a Reply", clean.Text);
        Assert.Contains(clean.Dropped, d => d.Text.StartsWith("Win money") && d.Reason == "advertisement");
        Assert.Contains(clean.Dropped, d => d.Text == "Post Comment" && d.Reason.Contains("comment form"));
    }

    [Fact]
    public void Image_credits_and_read_more_links_are_dropped()
    {
        var clean = Clean("Title here\n📷 Image Credits: Some Agency\nThe article body goes on here at length.\nRead More: another story");
        Assert.Contains(clean.Dropped, d => d.Reason == "image caption or credit");
        Assert.DoesNotContain("Read More", clean.Text);
    }

    [Fact]
    public void Markdown_keeps_words_of_headings_and_links_and_drops_images()
    {
        var clean = Clean("# Lavrov lands in Pyongyang\n\n![photo](x.jpg)\n\nSergei Lavrov **visited** [Pyongyang](https://example.org) on Monday.", "md");
        Assert.Equal("Lavrov lands in Pyongyang", clean.Title);
        Assert.Contains("Sergei Lavrov visited Pyongyang on Monday.", clean.Text);
        Assert.Contains(clean.Dropped, d => d.Reason == "markdown image");
    }

    [Fact]
    public void Html_main_content_is_extracted_and_page_chrome_dropped_with_reason()
    {
        const string html = """
            <html><head><title>Site | Story</title><script>var x = 1;</script></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Russia ships fuel to North Korea</h1>
            <p>Russia shipped diesel to North Korea in March, officials said.</p>
            <p>The cargo crossed the border at Khasan.</p></article>
            <footer>Copyright 2024 Example News</footer></body></html>
            """;
        var clean = Clean(html, "html");
        Assert.Equal("Russia ships fuel to North Korea", clean.Title);
        Assert.Contains("Russia shipped diesel to North Korea in March", clean.Text);
        Assert.DoesNotContain("Copyright", clean.Text);
        Assert.Contains(clean.Dropped, d => d.Text.Contains("Home") && d.Reason.Contains("nav"));
        Assert.Contains(clean.Dropped, d => d.Reason.Contains("footer"));
    }

    [Fact]
    public void Html_document_extracts_relations_end_to_end()
    {
        var result = TestSupport.Extract("<html><body><article><h1>Fuel</h1><p>Russia supplied fuel to North Korea in 2021.</p></article></body></html>", format: "html");
        Assert.Equal("2021", result.Single("russia", "SUPPLIED", "north-korea").Date?.ToString());
    }
}
