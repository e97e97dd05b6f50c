using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Sources.Pages;

/// <summary>What a page says about itself and its main text, one block (title, paragraph, list item, quote) a line.</summary>
/// <param name="Canonical">The page's own canonical address (link rel=canonical, og:url), else the address it was fetched from.</param>
/// <param name="PublishedBasis">Where <paramref name="Published"/> was read, as a sidecar's published_basis says it.</param>
public sealed record WebArticle(
    Uri Canonical,
    string? Title,
    string? Outlet,
    PartialDate? Published,
    string? PublishedBasis,
    IReadOnlyList<string> Blocks)
{
    /// <summary>The article as the ingestor stores it: the title line, then each block, separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Title is { } title && (Blocks.Count == 0 || Blocks[0] != title) ? Blocks.Prepend(title) : Blocks);

    public DocumentMetadata Metadata => new(Title, Canonical.AbsoluteUri, Outlet, Published, PublishedBasis);
}
