using System.Text.RegularExpressions;

namespace KoreaRussiaGraph.Sources.Fetching;

/// <summary>
/// robots.txt as RFC 9309 reads it: the group naming our product token (else the <c>*</c> group) applies; the
/// longest matching Allow or Disallow path wins, Allow on a tie; <c>*</c> matches any run and <c>$</c> ends the path.
/// Hand-written: NuGet serves no robots.txt parser.
/// </summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<(string Pattern, bool Allow, Regex Matcher)> _rules;

    private RobotsRules(IReadOnlyList<(string, bool, Regex)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static readonly RobotsRules AllowAll = new([], null);
    public static readonly RobotsRules DisallowAll = new([("/", false, Compile("/"))], null);

    /// <summary>The Crawl-delay of the applicable group, when it names one (not part of RFC 9309, but widely written).</summary>
    public TimeSpan? CrawlDelay { get; }

    public static RobotsRules Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(string, bool, Regex)> Rules, TimeSpan? Delay)>();
        (List<string> Agents, List<(string, bool, Regex)> Rules, TimeSpan? Delay)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (!lastWasAgent || current is null)
                {
                    current = ([], [], null);
                    groups.Add(current.Value);
                }
                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            if (key is "allow" or "disallow")
            {
                if (value.Length == 0) continue; // "Disallow:" with nothing allows everything
                current.Value.Rules.Add((value, key == "allow", Compile(value)));
            }
            else if (key == "crawl-delay" && double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                var index = groups.IndexOf(current.Value);
                current = (current.Value.Agents, current.Value.Rules, TimeSpan.FromSeconds(Math.Min(seconds, 60)));
                groups[index] = current.Value;
            }
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return mine.Count == 0 ? AllowAll : new RobotsRules(mine.SelectMany(g => g.Rules).ToList(), mine.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    public bool Allows(Uri uri)
    {
        var path = uri.PathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow, matcher) in _rules)
        {
            if (!matcher.IsMatch(path)) continue;
            if (pattern.Length > best || (pattern.Length == best && allow))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    private static Regex Compile(string pattern)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var regex = "^" + string.Join(".*", body.Split('*').Select(Regex.Escape)) + (anchored ? "$" : "");
        return new Regex(regex, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
