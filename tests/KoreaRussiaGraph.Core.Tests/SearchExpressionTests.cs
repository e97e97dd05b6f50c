using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Core.Tests;

public sealed class SearchExpressionTests
{
    [Theory]
    [InlineData("artillery shells", "(\"artillery\" AND \"shells\")", "(artillery AND shells)")]
    [InlineData("\"artillery shells\"", "\"artillery shells\"", "\"artillery shells\"")]
    [InlineData("Sanction*", "\"Sanction\"*", "sanction*")]
    [InlineData("a OR b c", "(\"a\" OR (\"b\" AND \"c\"))", "(a OR (b AND c))")]
    [InlineData("(a OR b) AND c", "((\"a\" OR \"b\") AND \"c\")", "((a OR b) AND c)")]
    [InlineData("U.S. and", "(\"U.S.\" AND \"and\")", "(U.S. AND and)")]
    [InlineData("kim:jong", "\"kim:jong\"", "kim\\:jong")]
    public void Renders_the_same_meaning_for_FTS5_and_Lucene(string text, string fts5, string lucene)
    {
        var expression = SearchExpression.Parse(text);
        Assert.Equal(fts5, expression.ToFts5());
        Assert.Equal(lucene, expression.ToLucene());
    }

    [Theory]
    [InlineData("\"open", "never closed")]
    [InlineData("a AND", "ends after AND")]
    [InlineData("AND a", "operator where a word was expected")]
    [InlineData("(a", "never closed")]
    [InlineData("a)", "without a matching '('")]
    [InlineData("a*b", "may only end a word")]
    [InlineData("\"\"", "empty phrase")]
    [InlineData("", "is empty")]
    public void Malformed_syntax_says_what_is_wrong(string text, string problem)
    {
        var error = Assert.Throws<GraphQueryException>(() => SearchExpression.Parse(text));
        Assert.Equal("INVALID_SEARCH", error.Code);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Snippets_mark_matched_words_and_escape_the_rest()
    {
        var snippet = SearchSnippet.Mark("Sanctions <on> Pyongyang's sanctioned banks", SearchExpression.Parse("sanction* OR pyongyang"));
        Assert.Equal("<mark>Sanctions</mark> &lt;on&gt; <mark>Pyongyang</mark>&#39;s <mark>sanctioned</mark> banks", snippet);
    }

    [Fact]
    public void Long_texts_are_cut_around_the_first_match()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 100)) + " artillery " + string.Join(' ', Enumerable.Repeat("tail", 100));
        var snippet = SearchSnippet.Mark(text, SearchExpression.Parse("artillery"));
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>artillery</mark>", snippet);
        Assert.True(snippet.Length < SearchSnippet.MaxLength + 40);
    }
}
