using KoreaRussiaGraph.Ingestion.Ingesting;
using KoreaRussiaGraph.Sources;
using KoreaRussiaGraph.Sources.Ingesting;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>The web half of `krg ingest`: URLs given beside paths or listed in a --urls file are fetched and ingested after the files.</summary>
internal static class WebIngest
{
    public static (IReadOnlyList<string> Paths, IReadOnlyList<Uri> Pages) Split(IEnumerable<string> arguments, FileInfo? urlFile)
    {
        var paths = new List<string>();
        var pages = new List<Uri>();
        foreach (var argument in arguments)
        {
            if (!WebAddress.LooksLikeUrl(argument)) { paths.Add(argument); continue; }
            pages.Add(WebAddress.TryParse(argument, out var uri) ? uri : throw new ArgumentException($"'{argument}' is not a valid http(s) URL"));
        }
        if (urlFile is null) return (paths, pages);
        if (!urlFile.Exists) throw new FileNotFoundException($"--urls file {urlFile.FullName} does not exist");
        var number = 0;
        foreach (var line in File.ReadLines(urlFile.FullName))
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            pages.Add(WebAddress.TryParse(text, out var uri) ? uri : throw new ArgumentException($"{urlFile.Name} line {number}: '{text}' is not an absolute http(s) URL"));
        }
        return (paths, pages.DistinctBy(p => p.AbsoluteUri).ToList());
    }

    public static async Task<BatchReport> IngestAsync(IServiceProvider services, DocumentIngestor ingestor, IReadOnlyList<string> files, IReadOnlyList<Uri> pages,
        IProgress<IngestOutcome>? progress, CancellationToken ct)
    {
        var fromFiles = files.Count == 0 ? null : await ingestor.IngestPathsAsync(files, progress, ct);
        if (pages.Count == 0) return fromFiles!;
        var (fromWeb, _) = await services.GetRequiredService<WebPageIngestor>().IngestManyAsync(pages, progress, ct);
        return fromFiles is null ? fromWeb : new BatchReport([.. fromFiles.Outcomes, .. fromWeb.Outcomes], fromFiles.Elapsed + fromWeb.Elapsed);
    }
}
