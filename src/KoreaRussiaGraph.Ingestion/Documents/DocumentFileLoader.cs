using System.Security.Cryptography;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Ingestion.Documents;

/// <summary>Turns one file (and its optional sidecar) into a <see cref="DocumentCandidate"/>; never throws for bad input.</summary>
/// <param name="warn">Told what a sidecar lost on the way in (see <see cref="SidecarReader"/>), with the document path.</param>
public sealed class DocumentFileLoader(long maxDocumentBytes, Action<string, string>? warn = null)
{
    public async Task<DocumentCandidate> LoadAsync(string path, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        var id = DocumentFormats.IdForPath(full);
        var format = DocumentFormats.ForPath(full);
        var extension = Path.GetExtension(full);
        var formatName = format ?? (extension.Length > 1 ? extension[1..].ToLowerInvariant() : "none");

        FileInfo info = new(full);
        if (!info.Exists)
            return new DocumentCandidate(id, formatName, "", 0, null, DocumentMetadata.None, "file not found", full, Recordable: false);

        try
        {
            var tooLarge = info.Length > maxDocumentBytes;
            byte[] bytes = tooLarge ? [] : await File.ReadAllBytesAsync(full, ct);
            // An oversized file is hashed as a stream: its record still names its content, without loading it.
            var sha = tooLarge ? await HashFileAsync(full, ct) : Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (format is null)
            {
                var supported = string.Join(", ", DocumentFormats.SupportedExtensions);
                var shown = extension.Length == 0 ? "no extension" : $"unsupported extension '{extension}'";
                return Fail($"{shown}; supported: {supported}", sha, info.Length, null);
            }
            if (tooLarge)
                return Fail($"file too large: {info.Length:N0} bytes, the limit is {maxDocumentBytes:N0} bytes (Ingestion:MaxDocumentBytes)", sha, info.Length, null);

            var text = RawContent.TryDecode(bytes, out var problem);
            if (problem is not null) return Fail(problem, sha, bytes.Length, null);

            DocumentMetadata metadata;
            try { metadata = SidecarReader.ReadFor(full, message => warn?.Invoke(full, message)); }
            catch (SidecarFormatException e) { return Fail(e.Message, sha, bytes.Length, text); }

            return new DocumentCandidate(id, format, sha, bytes.Length, text, metadata, null, full);
        }
        catch (FileNotFoundException)
        {
            return new DocumentCandidate(id, formatName, "", 0, null, DocumentMetadata.None, "file vanished before it could be read", full, Recordable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot read file: {e.Message}", "", 0, null);
        }

        DocumentCandidate Fail(string problem, string sha, long bytes, string? text) =>
            new(id, formatName, sha, bytes, text, SafeMetadata(full), problem, full);
    }

    /// <summary>A failed document still shows its sidecar's title and date when the sidecar itself is fine.</summary>
    private static DocumentMetadata SafeMetadata(string path)
    {
        try { return SidecarReader.ReadFor(path); }
        catch (SidecarFormatException) { return DocumentMetadata.None; }
    }

    private static async Task<string> HashFileAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
