using System.Text;

namespace KoreaRussiaGraph.Export.Formats;

/// <summary>
/// Drops the characters XML 1.0 cannot carry at all, even escaped (C0 controls other than tab, newline and carriage
/// return; U+FFFE, U+FFFF; lone surrogates). XmlWriter throws on them, so one control character in one document's
/// quote or one NUL in a sidecar title used to fail every GraphML and GEXF export (issue 14). Every value an XML
/// writer takes from the data goes through here.
/// </summary>
public static class XmlLegal
{
    public static string Text(string value)
    {
        var firstBad = FirstIllegal(value);
        if (firstBad < 0) return value; // the usual case costs one scan and no copy
        var clean = new StringBuilder(value.Length);
        clean.Append(value, 0, firstBad);
        for (var i = firstBad; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                clean.Append(c).Append(value[++i]);
                continue;
            }
            if (IsLegal(c)) clean.Append(c);
        }
        return clean.ToString();
    }

    private static int FirstIllegal(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (!IsLegal(c)) return i;
        }
        return -1;
    }

    private static bool IsLegal(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xFFFD && !char.IsSurrogate(c));
}
