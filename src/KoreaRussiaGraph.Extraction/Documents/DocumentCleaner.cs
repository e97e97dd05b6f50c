using System.Text;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Extraction.Documents;

/// <summary>
/// Raw document (txt, md, html) to clean text: main content only, boilerplate dropped with its reason,
/// the title kept as the first block (headlines carry relations too).
/// </summary>
public sealed class DocumentCleaner(BoilerplateRules rules)
{
    private const int MaxTitleWords = 25;

    public CleanDocument Clean(SourceDocument document)
    {
        var (formatTitle, lines, dropped) = document.Format.ToLowerInvariant() switch
        {
            "html" or "htm" => HtmlTextExtractor.Extract(document.Content),
            "md" or "markdown" => MarkdownTextExtractor.Extract(document.Content),
            _ => ((string?)null, (IReadOnlyList<string>)document.Content.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).ToArray(), (IReadOnlyList<DroppedBlock>)[]),
        };
        var drops = new List<DroppedBlock>(dropped);
        // After format extraction, so characters that HTML entities (&#1;) decode to go too; before the text is
        // assembled, so every offset into it stays true.
        var kept = DropBoilerplate(lines.Select(WithoutIllegalCharacters).ToArray(), drops);
        var title = (document.Metadata.Title ?? formatTitle) is { } named ? WithoutIllegalCharacters(named) : null;
        var titleIndex = FindTitle(kept, title);
        if (titleIndex > 0)
        {
            foreach (var line in kept.Take(titleIndex)) drops.Add(new DroppedBlock(line, "site header before the title"));
            kept = kept.Skip(titleIndex).ToList();
            titleIndex = 0;
        }

        var text = new StringBuilder();
        var blocks = new List<TextBlock>();
        for (var i = 0; i < kept.Count; i++)
        {
            if (text.Length > 0) text.Append("\n\n");
            blocks.Add(new TextBlock(kept[i], text.Length, i == titleIndex));
            text.Append(kept[i]);
        }
        return new CleanDocument(text.ToString(), titleIndex == 0 ? kept[0] : title, blocks, drops);
    }

    private List<string> DropBoilerplate(IReadOnlyList<string> lines, List<DroppedBlock> drops)
    {
        var nonEmpty = lines.Where(l => l.Length > 0).ToList();
        var total = Math.Max(1, nonEmpty.Sum(l => l.Length));
        var kept = new List<string>();
        var seen = 0;
        for (var i = 0; i < nonEmpty.Count; i++)
        {
            var line = nonEmpty[i];
            var footer = rules.FooterReason(line);
            if (footer is not null && seen >= rules.MinFooterFraction * total)
            {
                foreach (var rest in nonEmpty.Skip(i)) drops.Add(new DroppedBlock(rest, $"{footer} (article ends at \"{Shorten(line)}\")"));
                break;
            }
            seen += line.Length;
            var reason = rules.LineReason(line);
            if (reason is not null) { drops.Add(new DroppedBlock(line, reason)); continue; }
            kept.Add(line);
        }
        return kept;
    }

    /// <summary>The title line: the one equal to the known title, else the first short line with no closing stop.</summary>
    private static int FindTitle(IReadOnlyList<string> lines, string? title)
    {
        if (lines.Count == 0) return -1;
        if (!string.IsNullOrWhiteSpace(title))
        {
            // ("Site name | Title": a line may end with the title, word for word; "sanctions list." does not end with "List")
            var wanted = Words(title);
            for (var i = 0; i < Math.Min(lines.Count, 8); i++)
                if (Words(lines[i]) is var lineWords && lineWords.Length >= wanted.Length && wanted.Length > 0 && lineWords[^wanted.Length..].SequenceEqual(wanted)) return i;
            return -1;
        }
        var first = lines[0];
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaxTitleWords && !".!?".Contains(first[^1]) ? 0 : -1;
    }

    /// <summary>
    /// Drops what XML 1.0 cannot carry at all (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF; lone
    /// surrogates): no article needs them, and one of them in a quote used to break every GraphML and GEXF export.
    /// </summary>
    internal static string WithoutIllegalCharacters(string line)
    {
        if (!line.Any(IsSuspect)) return line;
        var clean = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) clean.Append(c).Append(line[++i]);
            else if (!IsSuspect(c)) clean.Append(c);
        }
        return clean.ToString();
    }

    private static bool IsSuspect(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static string[] Words(string s) =>
        System.Text.RegularExpressions.Regex.Split(s.ToLowerInvariant(), @"[^\p{L}\p{Nd}]+").Where(w => w.Length > 0).ToArray();

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
