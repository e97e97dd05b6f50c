using System.Text.RegularExpressions;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Extraction.Documents;

/// <summary>Markdown to plain lines: headings, emphasis and links keep their words; images and code do not.</summary>
public static partial class MarkdownTextExtractor
{
    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")] private static partial Regex Emphasis();
    [GeneratedRegex(@"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)")] private static partial Regex LinePrefix();

    public static (string? Title, IReadOnlyList<string> Lines, IReadOnlyList<DroppedBlock> Dropped) Extract(string markdown)
    {
        var lines = new List<string>();
        var dropped = new List<DroppedBlock>();
        string? title = null;
        var inCode = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal)) { inCode = !inCode; continue; }
            if (inCode) { if (raw.Trim().Length > 0) dropped.Add(new DroppedBlock(raw.Trim(), "markdown code block")); continue; }
            var line = raw;
            foreach (Match m in Image().Matches(line)) dropped.Add(new DroppedBlock(m.Value, "markdown image"));
            line = Image().Replace(line, "");
            var isHeading = line.TrimStart().StartsWith('#');
            line = LinePrefix().Replace(line, "");
            line = Link().Replace(line, "$1");
            line = Emphasis().Replace(line, "$2");
            line = line.Trim();
            if (Regex.IsMatch(line, @"^(-{3,}|\*{3,}|_{3,})$")) continue;
            if (isHeading && title is null && raw.TrimStart().StartsWith("# ", StringComparison.Ordinal)) title = line;
            lines.Add(line);
        }
        return (title, lines, dropped);
    }
}
