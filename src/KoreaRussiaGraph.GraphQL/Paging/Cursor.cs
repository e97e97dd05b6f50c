using System.Text;
using GraphQL;

namespace KoreaRussiaGraph.GraphQL.Paging;

/// <summary>Opaque Relay cursors wrapping the store's keyset (the last item's id), so clients never depend on their shape.</summary>
public static class Cursor
{
    private const string Prefix = "krg:";

    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + key));

    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)) return text[Prefix.Length..];
        }
        catch (FormatException) { }
        throw new ExecutionError($"'after' is not a cursor this API issued: '{cursor}'.") { Code = "INVALID_CURSOR" };
    }
}
