using System.Security.Cryptography;
using System.Text;
using KoreaRussiaGraph.Ingestion.Documents;

namespace KoreaRussiaGraph.Benchmarks.Ingestion;

/// <summary>
/// Distinct documents made by recombining the seeds' paragraphs (deterministically), written as files with
/// sidecars for half of them, so the benchmark reads, decodes, extracts and stores realistic text.
/// </summary>
internal static class SyntheticCorpus
{
    public static IReadOnlyList<string> Paragraphs(string seedsFolder)
    {
        var paragraphs = Directory.EnumerateFiles(seedsFolder)
            .Where(f => DocumentFormats.ForPath(f) is not null)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Length > 0)
            .ToList();
        if (paragraphs.Count < 10) throw new InvalidOperationException($"only {paragraphs.Count} paragraphs under {seedsFolder}; need the seeds");
        return paragraphs;
    }

    /// <returns>Total bytes written (documents only).</returns>
    public static long Write(string folder, int count, IReadOnlyList<string> paragraphs, int seed = 20240619)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            string text;
            do
            {
                var length = random.Next(4, 11);
                var picked = Enumerable.Range(0, length).Select(_ => paragraphs[random.Next(paragraphs.Count)]);
                text = string.Join("\n\n", picked) + "\n";
            }
            while (!seen.Add(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))));

            var id = $"bench-{i:00000}";
            var content = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, id + ".txt"), content);
            bytes += content.Length;
            if (i % 2 == 0)
            {
                var published = $"{random.Next(2000, 2025)}-{random.Next(1, 13):00}";
                File.WriteAllText(Path.Combine(folder, id + SidecarReader.Suffix),
                    $$"""{"title":"Synthetic article {{i}}","outlet":"Benchmark","published":"{{published}}","published_basis":"synthetic"}""");
            }
        }
        return bytes;
    }
}
