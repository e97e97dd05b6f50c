using System.Text.Json;

namespace KoreaRussiaGraph.GraphQL.Http;

/// <summary>
/// What is wrong with a GraphQL-over-HTTP request, said in the sender's terms (where, what, what is accepted)
/// rather than System.Text.Json's ("Expected depth to be zero…", "could not be converted to GraphQL.Inputs").
/// </summary>
public static class RequestProblems
{
    private const string Example = """Send a JSON object such as {"query": "{ stats { actors } }", "variables": {}}.""";

    /// <summary>A body that is not JSON at all: the line and column where reading stopped, and the likely cause.</summary>
    public static string InvalidJson(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
        var message = e.Message;
        var cause =
            message.Contains("Expected depth to be zero") || message.Contains("end of data") ? "it ends before every { and [ is closed"
            : message.Contains("invalid start of a property name") ? "a property name must be a \"double-quoted\" string"
            : message.Contains("is invalid after a value") ? "a , or a closing } or ] is missing after a value"
            : message.Contains("invalid start of a value") ? "a value must be a \"double-quoted\" string, a number, true, false, null, an object or an array"
            : message.Contains("after a single JSON value") ? "there is more after the JSON object"
            : message.Contains("trailing comma") ? "a comma comes before a closing } or ]"
            : message.Contains("maximum configured depth") ? "it nests objects or arrays deeper than the server reads"
            : "it is not well-formed JSON";
        return $"The request body is not valid JSON{where}: {cause}. {Example}";
    }

    /// <summary>A JSON object whose members have the wrong JSON types; null when it is a well-formed request.</summary>
    public static string? InvalidMembers(JsonElement request)
    {
        foreach (var member in request.EnumerateObject())
        {
            var kind = member.Value.ValueKind;
            var problem = member.Name switch
            {
                "query" when kind != JsonValueKind.String => $"'query' must be a string holding the GraphQL document; got {Describe(kind)}.",
                "operationName" when kind is not (JsonValueKind.String or JsonValueKind.Null) => $"'operationName' must be a string or null; got {Describe(kind)}.",
                "variables" or "extensions" when kind is not (JsonValueKind.Object or JsonValueKind.Null) =>
                    $"'{member.Name}' must be a JSON object (or null); got {Describe(kind)}."
                    + (kind == JsonValueKind.String ? $" Send \"{member.Name}\": {{\"name\": value}} itself, not the object encoded as a string." : ""),
                _ => null,
            };
            if (problem is not null) return problem;
        }
        return request.TryGetProperty("query", out _) ? null : $"The request body needs a 'query' string. {Example}";
    }

    /// <summary>A GET parameter (variables, extensions) that must hold a URL-encoded JSON object; null when it does.</summary>
    public static string? InvalidObjectParameter(string name, string text)
    {
        try
        {
            using var parsed = JsonDocument.Parse(text);
            return parsed.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Null
                ? null
                : $"The '{name}' parameter must be a URL-encoded JSON object; got {Describe(parsed.RootElement.ValueKind)}.";
        }
        catch (JsonException e)
        {
            return $"The '{name}' parameter must be a URL-encoded JSON object, such as {name}=%7B%22id%22%3A%22kim-jong-un%22%7D; "
                   + $"it is not valid JSON at column {(e.BytePositionInLine ?? 0) + 1}.";
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
