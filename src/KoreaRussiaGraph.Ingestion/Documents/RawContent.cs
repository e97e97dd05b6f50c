using System.Text;

namespace KoreaRussiaGraph.Ingestion.Documents;

/// <summary>
/// Decides whether raw bytes are a text document at all, and decodes them. Every rejection carries a
/// sentence a researcher can act on.
/// </summary>
public static class RawContent
{
    // Past this share of control characters a file is a binary format, not text with a stray escape.
    private const double MaxControlShare = 0.05;
    private const int SampleBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The decoded text, or null with <paramref name="problem"/> saying why the bytes are not a usable document.</returns>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length == 0) { problem = "empty file (0 bytes)"; return null; }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0) { problem = $"binary file: contains a NUL byte at offset {nul}"; return null; }

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var controls = 0;
        foreach (var b in sample)
            if (IsControl(b)) controls++;
        if (controls > sample.Length * MaxControlShare)
        {
            problem = $"binary file: {100.0 * controls / sample.Length:0.#}% of the first {sample.Length} bytes are control characters";
            return null;
        }

        var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        string text;
        try { text = StrictUtf8.GetString(body); }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" at byte offset {e.Index + (bytes.Length - body.Length)}" : "";
            var seen = e.BytesUnknown is { Length: > 0 } unknown ? $" (0x{Convert.ToHexString(unknown)})" : "";
            problem = $"invalid UTF-8{offset}{seen}; documents must be UTF-8 encoded";
            return null;
        }

        if (string.IsNullOrWhiteSpace(text)) { problem = $"empty document: {bytes.Length} bytes of whitespace only"; return null; }
        return text;
    }

    // Tab, line feed, form feed and carriage return are ordinary in text; the other C0 codes and DEL are not.
    private static bool IsControl(byte b) => (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D)) || b == 0x7F;
}
