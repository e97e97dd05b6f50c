using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Abuse.Tests;

/// <summary>Graphs written straight through the store port; actor ids are synthetic, never the seeds'.</summary>
public static class SyntheticGraphs
{
    public const string SmallDocument = "small-doc";

    public static string ActorId(int i) => $"actor-{i:D4}";

    /// <summary>A chain a–b–c–d–e with a parallel edge and a shortcut, enough for neighbourhood, paths and relations to return something.</summary>
    public static async Task WriteSmallAsync(IGraphStore store)
    {
        var actors = Enumerable.Range(0, 6).Select(i => new Actor(ActorId(i), $"Actor {i}", ActorKind.State, [$"A{i}"])).ToArray();
        var sentence = 0;
        Relation R(string type, int from, int to, string date) => Relation.Create(type, ActorId(from), ActorId(to), symmetric: false,
            new Citation(SmallDocument, sentence++, $"Actor {from} {type} actor {to}.", 0, 10, "synthetic"),
            PartialDate.Parse(date), PartialDate.Parse("2024-01-01"));
        Relation[] relations =
        [
            R("VISITED", 0, 1, "2023-07"), R("SUPPLIED", 1, 2, "2023"), R("SUPPLIED", 1, 2, "2022"),
            R("VETOED", 2, 3, "2024-03"), R("SANCTIONED", 3, 4, "2017"), R("SUPPORTED", 0, 3, "2024"), R("ACCUSED", 4, 5, "2024-05-01"),
        ];
        await store.WriteDocumentAsync(new DocumentWrite(Document(SmallDocument, relations.Length), "synthetic text", actors, relations));
    }

    /// <summary>Every pair of <paramref name="count"/> actors related once (n(n-1)/2 relations), in one document.</summary>
    public static async Task WriteCompleteAsync(IGraphStore store, int count)
    {
        var actors = Enumerable.Range(0, count).Select(i => new Actor(ActorId(i), $"Actor {i}", ActorKind.Group, [])).ToArray();
        var relations = new List<Relation>(count * (count - 1) / 2);
        var sentence = 0;
        for (var a = 0; a < count; a++)
            for (var b = a + 1; b < count; b++)
                relations.Add(Relation.Create("SUPPORTED", ActorId(a), ActorId(b), symmetric: false,
                    new Citation("dense-doc", sentence++, "dense", 0, 5, "synthetic"), PartialDate.Parse("2024"), null));
        await store.WriteDocumentAsync(new DocumentWrite(Document("dense-doc", relations.Count), "dense", actors, relations));
    }

    private static DocumentRecord Document(string id, int relations) => new(id, id, null, null, PartialDate.Parse("2024-01-01"), "synthetic",
        "txt", "00", DateTimeOffset.UnixEpoch, "test", DocumentStatus.Ingested, RelationCount: relations);
}
