using System.Collections;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// A neighbourhood's edges as outlines, with the index's own numbers for each (edge record, document number) kept beside
/// them: grouping them into links (<see cref="LinkQueries.GroupOutlines"/>) then works on ints already at hand, without
/// looking any relation up again. Indices into one index only (<see cref="IndexIdentity"/>); actors, types and documents
/// are only ever appended to an index, so the numbers stay right after later writes.
/// </summary>
internal sealed class OutlineEdges : IReadOnlyList<Relation>
{
    private readonly Relation[] _relations;

    public OutlineEdges(GraphIndex g, List<int> slots)
    {
        IndexIdentity = g.Identity;
        _relations = new Relation[slots.Count];
        Records = new EdgeRecord[slots.Count];
        Documents = new int[slots.Count];
        var citations = new Dictionary<int, Citation>();
        for (var i = 0; i < slots.Count; i++)
        {
            _relations[i] = g.Outline(slots[i], citations);
            Records[i] = g.Edge(slots[i]);
            Documents[i] = g.DocumentNumberOf(slots[i]);
        }
    }

    public long IndexIdentity { get; }
    public EdgeRecord[] Records { get; }
    public int[] Documents { get; }

    public Relation this[int index] => _relations[index];
    public int Count => _relations.Length;
    public IEnumerator<Relation> GetEnumerator() => ((IEnumerable<Relation>)_relations).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
