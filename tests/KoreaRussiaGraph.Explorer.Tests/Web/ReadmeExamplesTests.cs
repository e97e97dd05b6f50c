using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KoreaRussiaGraph.Explorer.Tests.Support;
using KoreaRussiaGraph.Testing;

namespace KoreaRussiaGraph.Explorer.Tests.Web;

/// <summary>
/// README.md's examples, read from README itself and run against the real server on the seeds, as a reader pasting
/// them would: each GraphQL question gives the answer printed under it (where README trims with "…", what it shows
/// is a prefix of the real answer), and the error, curl, export and CLI examples do what README says.
/// </summary>
[Collection(SeededServerCollection.Name)]
public sealed partial class ReadmeExamplesTests(SeededServerFixture server) : IDisposable
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
    private readonly string _folder = Directory.CreateTempSubdirectory("krg-readme-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<(string Language, string Body)> Blocks() =>
        CodeBlock().Matches(Readme).Select(m => (m.Groups["lang"].Value, m.Groups["body"].Value)).ToList();

    /// <summary>Each ```graphql block and the ```json answer that follows it.</summary>
    public static TheoryData<int> Questions()
    {
        var data = new TheoryData<int>();
        var count = Blocks().Count(b => b.Language == "graphql");
        for (var i = 0; i < count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Each_question_gives_the_answer_readme_prints(int index)
    {
        var blocks = Blocks();
        var at = blocks.Select((b, i) => (b, i)).Where(x => x.b.Language == "graphql").ElementAt(index).i;
        var query = blocks[at].Body;
        var shown = blocks[at + 1];
        Assert.Equal("json", shown.Language);

        var response = await server.Http.PostAsync("graphql", new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"));
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(actual["errors"]);

        var trimmed = shown.Body.Contains('…');
        var expected = JsonNode.Parse(Untrim().Replace(shown.Body, ""))!;
        AssertShown(expected, actual, exact: !trimmed, "$");
    }

    [Theory]
    [InlineData("""{ neighbourhood(actor: "kim") { truncated } }""", "UNKNOWN_ACTOR")]
    [InlineData("""{ neighbourhood(actor: "kim-jong-un", depth: 9) { truncated } }""", "BOUND_EXCEEDED")]
    public async Task The_errors_readme_quotes_are_the_errors_given(string query, string code)
    {
        var response = await server.Http.PostAsync("graphql", new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains($"`{error["message"]!.GetValue<string>()}`", Readme.Replace("\n", " "));
        Assert.Contains(code, Readme);
    }

    [Fact]
    public async Task The_curl_example_answers_its_stats()
    {
        var body = CurlBody().Match(Readme);
        Assert.True(body.Success, "README's curl example with -d '…' not found");
        var response = await server.Http.PostAsync("graphql", new StringContent(body.Groups["json"].Value, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stats = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["stats"]!;
        Assert.True(stats["relations"]!.GetValue<int>() > 0);
        Assert.Equal(5, stats["documents"]!.GetValue<int>()); // "ingests the five articles in seeds/"
    }

    [Theory]
    [InlineData("cytoscape")]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("jsonl")]
    public async Task The_export_url_of_readme_downloads_in_each_format(string format)
    {
        const string Options = "&actor=kim-jong-un&depth=2&types=MET,VISITED&from=2019&to=2024";
        Assert.Contains($"`GET /export?format=cytoscape|graphml|gexf|jsonl[{Options}]`", Readme);
        var response = await server.Http.GetAsync($"export?format={format}{Options}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("putin", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_krg_export_command_of_readme_writes_the_neighbourhood()
    {
        const string Command = "krg export --format gexf --actor sergei-shoigu --depth 2 --out shoigu.gexf";
        Assert.Contains($"`{Command}`", Readme);
        var arguments = Command.Split(' ')[1..];
        var (exit, _, stderr) = await ProcessRunner.RunAsync("dotnet", [KrgServer.KrgDll(), .. arguments, "--store", server.Server.StorePath], _folder, TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, stderr);
        Assert.Contains("sergei-shoigu", await File.ReadAllTextAsync(Path.Combine(_folder, "shoigu.gexf")));
    }

    /// <summary>
    /// Every value README shows is in the real answer. An untrimmed answer must match item for item; in a trimmed one
    /// ("…") the items shown must appear in the real array in the same order, others may come between.
    /// </summary>
    private static void AssertShown(JsonNode? shown, JsonNode? actual, bool exact, string path)
    {
        if (Mismatch(shown, actual, exact, path) is { } problem) Assert.Fail(problem);
    }

    private static string? Mismatch(JsonNode? shown, JsonNode? actual, bool exact, string path)
    {
        switch (shown)
        {
            case JsonObject obj:
                if (actual is not JsonObject actualObject) return $"{path}: README shows an object, the answer has {actual?.ToJsonString() ?? "null"}";
                foreach (var (key, value) in obj)
                {
                    if (!actualObject.ContainsKey(key)) return $"{path}.{key} is in README but not in the answer";
                    if (Mismatch(value, actualObject[key], exact, $"{path}.{key}") is { } problem) return problem;
                }
                return null;
            case JsonArray array:
                if (actual is not JsonArray actualArray) return $"{path}: README shows an array, the answer has {actual?.ToJsonString() ?? "null"}";
                if (exact)
                {
                    if (array.Count != actualArray.Count) return $"{path}: README shows {array.Count} items, the answer has {actualArray.Count}";
                    for (var i = 0; i < array.Count; i++)
                        if (Mismatch(array[i], actualArray[i], exact, $"{path}[{i}]") is { } problem) return problem;
                    return null;
                }
                var next = 0;
                for (var i = 0; i < array.Count; i++)
                {
                    while (next < actualArray.Count && Mismatch(array[i], actualArray[next], exact, path) is not null) next++;
                    if (next == actualArray.Count)
                        return $"{path}[{i}]: README shows {array[i]?.ToJsonString()}, which is not in the answer after the items before it: {actualArray.ToJsonString()}";
                    next++;
                }
                return null;
            default:
                return JsonNode.DeepEquals(shown, actual) ? null : $"{path}: README shows {shown?.ToJsonString() ?? "null"}, the answer has {actual?.ToJsonString() ?? "null"}";
        }
    }

    [GeneratedRegex(@"```(?<lang>\w*)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    // README trims long answers with "…" (", …" after the last shown item, or "…" alone); what remains is JSON.
    [GeneratedRegex(@",\s*…|…")]
    private static partial Regex Untrim();

    [GeneratedRegex(@"curl -s localhost:5080/graphql -H 'Content-Type: application/json' \\\s*-d '(?<json>[^']*)'")]
    private static partial Regex CurlBody();
}
