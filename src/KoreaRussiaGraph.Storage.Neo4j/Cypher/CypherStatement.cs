using System.Text.RegularExpressions;

namespace KoreaRussiaGraph.Storage.Neo4j.Cypher;

/// <summary>
/// One Cypher statement the store may send, with the parameters it declares. Values only ever travel as
/// parameters: <see cref="Bind"/> refuses a call that leaves a declared parameter out or slips an undeclared one in.
/// </summary>
public sealed partial record CypherStatement
{
    public CypherStatement(string name, string text, params string[] parameters)
    {
        Name = name;
        // The Query API wants one line per statement; Cypher reads any run of whitespace as one space.
        Text = Whitespace().Replace(text, " ").Trim();
        Parameters = parameters;
    }

    /// <summary>A stable name for logs, errors and the lint report (e.g. "paths.h3.k2").</summary>
    public string Name { get; }
    public string Text { get; }
    public IReadOnlyList<string> Parameters { get; }

    public BoundStatement Bind(IReadOnlyDictionary<string, object?>? values = null)
    {
        values ??= new Dictionary<string, object?>();
        var missing = Parameters.Where(p => !values.ContainsKey(p)).ToArray();
        var extra = values.Keys.Where(k => !Parameters.Contains(k)).ToArray();
        if (missing.Length > 0 || extra.Length > 0)
            throw new ArgumentException(
                $"statement '{Name}' declares [{string.Join(", ", Parameters)}]; missing [{string.Join(", ", missing)}], undeclared [{string.Join(", ", extra)}]");
        return new BoundStatement(this, values);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A statement with its parameter values, ready to send.</summary>
public sealed record BoundStatement(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters);
