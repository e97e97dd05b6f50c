using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Testing;

namespace KoreaRussiaGraph.Api.Tests;

/// <summary>The host on the repository's seeds, ingested on first start as a user would see it.</summary>
public sealed class SeedsApiFactory : TempStoreHostFactory
{
    protected override string SeedsPath => RepoPaths.Seeds;
}

/// <summary>
/// A small hand-built graph whose answers can be worked out by hand (see FixtureGraph.md in comments):
/// shoigu–north-korea–unsc is the only 2-hop path; the 3-hop one crosses two parallel SUPPLIED edges.
/// </summary>
public class FixtureApiFactory : TempStoreHostFactory
{
    public async Task<HttpClient> ClientAsync()
    {
        await WriteOnceAsync(FixtureGraph.WriteAsync);
        return CreateClient();
    }
}

public static class FixtureGraph
{
    public static readonly Actor[] Actors =
    [
        new("kim-jong-un", "Kim Jong Un", ActorKind.Person, ["Kim"]),
        new("vladimir-putin", "Vladimir Putin", ActorKind.Person, ["Putin"]),
        new("sergei-shoigu", "Sergei Shoigu", ActorKind.Person, ["Shoigu"]),
        new("russia", "Russia", ActorKind.State, ["Moscow"]),
        new("north-korea", "North Korea", ActorKind.State, ["Pyongyang"]),
        new("unsc", "UN Security Council", ActorKind.Organization, ["UNSC"]),
        new("china", "China", ActorKind.State, ["Beijing"]),
        new("lonely-island", "Lonely Island", ActorKind.Place, []),
    ];

    private static int _sentence;

    private static Relation R(string type, string source, string target, string? date, ClaimStatus status = ClaimStatus.Asserted, bool symmetric = false) =>
        Relation.Create(type, source, target, symmetric,
            new Citation("fixture-doc", _sentence++, $"{source} {type} {target}.", 0, 10, "fixture"),
            date is null ? null : PartialDate.Parse(date), PartialDate.Parse("2024-07-01"), status);

    public static async Task WriteAsync(IGraphStore store)
    {
        _sentence = 0;
        Relation[] relations =
        [
            R("MET", "kim-jong-un", "vladimir-putin", "2019", symmetric: true),
            R("VISITED", "sergei-shoigu", "north-korea", "2023-07"),
            R("MET", "kim-jong-un", "sergei-shoigu", "2023-07-26", symmetric: true),
            R("VETOED", "russia", "unsc", null),
            R("SANCTIONED", "unsc", "north-korea", "2006"),
            R("SUPPLIED", "russia", "north-korea", "2022", ClaimStatus.Alleged),
            R("SUPPLIED", "china", "north-korea", "2023", ClaimStatus.Planned),
            R("VISITED", "vladimir-putin", "north-korea", "2024-06-19"),
            R("SUPPLIED", "russia", "north-korea", "2015"),
        ];
        var document = new DocumentRecord("fixture-doc", "Fixture", null, null, PartialDate.Parse("2024-07-01"), "test fixture",
            "txt", "00", DateTimeOffset.UnixEpoch, "test", DocumentStatus.Ingested, RelationCount: relations.Length);
        await store.WriteDocumentAsync(new DocumentWrite(document, "fixture text", Actors, relations));
    }
}
