using KoreaRussiaGraph.Ingestion.Documents;

namespace KoreaRussiaGraph.Ingestion.Inbox;

/// <summary>
/// Remembers what each inbox file looked like when it was last ingested (size and write time of the file and its
/// sidecar), so a rescan hands over only files that are new or changed since.
/// </summary>
internal sealed class InboxScanner(string folder, DocumentPaths paths)
{
    private readonly Dictionary<string, Fingerprint> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<string> ChangedSinceLastSeen()
    {
        if (!Directory.Exists(folder)) return [];
        var changed = new List<string>();
        foreach (var file in paths.Expand([folder]))
            if (!_seen.TryGetValue(file, out var known) || known != Fingerprint.Of(file))
                changed.Add(file);
        return changed;
    }

    /// <summary>Taken before reading, so a write that lands during ingestion shows up as a change on the next scan.</summary>
    public Fingerprint Take(string file) => Fingerprint.Of(file);

    public void MarkSeen(string file, Fingerprint fingerprint) => _seen[file] = fingerprint;

    public void Forget(string file) => _seen.Remove(file);

    internal readonly record struct Fingerprint(long Length, DateTime WrittenUtc, long SidecarLength, DateTime SidecarWrittenUtc)
    {
        public static Fingerprint Of(string file)
        {
            var document = new FileInfo(file);
            var sidecar = new FileInfo(SidecarReader.PathFor(file));
            return new Fingerprint(
                document.Exists ? document.Length : -1, document.Exists ? document.LastWriteTimeUtc : default,
                sidecar.Exists ? sidecar.Length : -1, sidecar.Exists ? sidecar.LastWriteTimeUtc : default);
        }
    }
}
