using System.Text;
using System.Text.RegularExpressions;

namespace KoreaRussiaGraph.Sources.Fetching;

/// <summary>
/// Bytes to text the way browsers decide the charset: the Content-Type header, then a byte-order mark, then a
/// <c>&lt;meta charset&gt;</c> or http-equiv in the first kilobytes, then UTF-8. Legacy code pages (windows-1251,
/// koi8-r, euc-kr, shift_jis, …) come from the runtime's code-page provider.
/// </summary>
public static partial class TextDecoding
{
    private const int SniffBytes = 4096;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? headerCharset)
    {
        var encoding = Named(headerCharset) ?? FromBom(body) ?? Named(MetaCharset(body)) ?? Encoding.UTF8;
        var preamble = encoding.GetPreamble();
        var start = preamble.Length > 0 && body.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return encoding.GetString(body, start, body.Length - start);
    }

    public static bool LooksLikeHtml(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }

    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try { return Encoding.GetEncoding(name.Trim().Trim('"', '\'')); }
        catch (ArgumentException) { return null; }
    }

    private static Encoding? FromBom(byte[] body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, SniffBytes));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
