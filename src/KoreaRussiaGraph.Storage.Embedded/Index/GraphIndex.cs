using System.Runtime.InteropServices;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>What traversal needs to know about one relation, packed so a scan touches one cache line per edge.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct EdgeRecord
{
    public int Source;
    public int Target;
    public int Type;
    /// <summary>First and last day (DateOnly.DayNumber) of the relation's partial date; meaningless when not <see cref="Dated"/>.</summary>
    public int StartDay;
    public int EndDay;
    /// <summary>The cited document, numbered by <see cref="GraphIndex.DocumentId"/>: links count documents without reading payloads.</summary>
    public int Document;
    /// <summary>The relation's reportedOn packed by <see cref="PackedDate"/> (0 when unknown).</summary>
    public int Reported;
    public ClaimStatus Status;
    public bool Dated;
    public bool Symmetric;
    public bool Alive;
}

/// <summary>
/// One entry of an actor's adjacency: the actor at the other end, the relation slot, and a copy of what the
/// filters test (type, status, direction, symmetry, whether dated) so a scan reads only this array.
/// </summary>
internal readonly record struct HalfEdge(int Neighbour, int Edge, int Meta) : IComparable<HalfEdge>
{
    public const int Outgoing = 1 << 2, Incoming = 1 << 3, SymmetricBit = 1 << 4, DatedBit = 1 << 5;
    private const int TypeShift = 8;

    public static int MetaOf(in EdgeRecord e, int owner) =>
        (int)e.Status | (e.Source == owner ? Outgoing : 0) | (e.Target == owner ? Incoming : 0) |
        (e.Symmetric ? SymmetricBit : 0) | (e.Dated ? DatedBit : 0) | (e.Type << TypeShift);

    public int Status => Meta & 3;
    public int Type => Meta >>> TypeShift;
    /// <summary>The owner of this list is the relation's source.</summary>
    public bool IsOutgoing => (Meta & Outgoing) != 0;

    public int CompareTo(HalfEdge other) =>
        Neighbour != other.Neighbour ? Neighbour.CompareTo(other.Neighbour) : Edge.CompareTo(other.Edge);
}

/// <summary>
/// The in-memory graph: actors as int indices, relations as a struct array, and per-actor adjacency arrays
/// sorted by neighbour index (parallel relations to one neighbour are contiguous, and a neighbour can be
/// found by binary search). Not thread-safe: <see cref="EmbeddedGraphStore"/> guards it with a reader-writer lock.
/// </summary>
internal sealed class GraphIndex
{
    private Actor[] _actors = new Actor[16];
    private HalfEdge[][] _adjacency = new HalfEdge[16][];
    private int[] _adjacencyCount = new int[16];
    private readonly Dictionary<string, int> _actorIndex = new(StringComparer.Ordinal);

    private EdgeRecord[] _edges = new EdgeRecord[16];
    private Relation?[] _payloads = new Relation?[16];
    private int _edgeHigh;
    private readonly Stack<int> _freeEdges = new();
    private readonly Dictionary<string, int> _relationIndex = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> _typeIds = new(StringComparer.Ordinal);
    private readonly List<string> _typeNames = [];
    private readonly List<int> _typeCounts = [];
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    // Documents are numbered the first time a relation cites them and keep their number for the index's life.
    private readonly Dictionary<string, int> _documentIndex = new(StringComparer.Ordinal);
    private readonly List<string> _documentIds = [];

    // Rank = position in ordinal id order, so id tie-breaks compare ints instead of strings.
    private int[] _rank = [];
    private int[] _byRank = [];
    private bool _ranksDirty;
    // Actors by degree descending, then id: the neighbourhood's truncation order, kept for hub-heavy levels.
    private int[] _byDegree = [];
    private bool _degreesDirty;
    private bool _bulk;

    public int ActorCount { get; private set; }
    public int RelationCount => _relationIndex.Count;
    public ReadOnlySpan<EdgeRecord> Edges => _edges.AsSpan(0, _edgeHigh);
    public int EdgeSlots => _edgeHigh;

    public Actor Actor(int index) => _actors[index];
    public int Degree(int actor) => _adjacencyCount[actor];
    public ReadOnlySpan<HalfEdge> Adjacency(int actor) => _adjacency[actor].AsSpan(0, _adjacencyCount[actor]);
    public ref readonly EdgeRecord Edge(int slot) => ref _edges[slot];
    public Relation Payload(int slot) => _payloads[slot]!;
    public int Rank(int actor) => _rank[actor];
    /// <summary>Actor indices in ordinal id order.</summary>
    public ReadOnlySpan<int> ActorsById => _byRank.AsSpan(0, ActorCount);
    /// <summary>Actor indices by degree descending, then ordinal id.</summary>
    public ReadOnlySpan<int> ActorsByDegree => _byDegree;
    public IEnumerable<string> ActorIds => _actorIndex.Keys;
    public IReadOnlyList<string> TypeNames => _typeNames;
    public int TypeCount(int type) => _typeCounts[type];
    public bool TryGetType(string name, out int type) => _typeIds.TryGetValue(name, out type);
    /// <summary>How many documents have been numbered (numbers run 0..DocumentCount-1).</summary>
    public int DocumentCount => _documentIds.Count;
    public string DocumentId(int document) => _documentIds[document];

    public bool TryGetActor(string id, out int index) => _actorIndex.TryGetValue(id, out index);
    public bool TryGetRelation(string id, out int slot) => _relationIndex.TryGetValue(id, out slot);

    /// <summary>Appends without keeping adjacency sorted until <see cref="EndBulk"/>: for loading at start.</summary>
    public void BeginBulk() => _bulk = true;

    public void EndBulk()
    {
        _bulk = false;
        for (var a = 0; a < ActorCount; a++) _adjacency[a].AsSpan(0, _adjacencyCount[a]).Sort();
        RefreshOrders();
    }

    /// <summary>Adds the actor or replaces the stored version of it (the caller has merged already).</summary>
    public int PutActor(Actor actor)
    {
        if (_actorIndex.TryGetValue(actor.Id, out var existing))
        {
            _actors[existing] = actor with { Id = _actors[existing].Id };
            return existing;
        }
        var index = ActorCount++;
        if (index == _actors.Length)
        {
            var size = _actors.Length * 2;
            Array.Resize(ref _actors, size);
            Array.Resize(ref _adjacency, size);
            Array.Resize(ref _adjacencyCount, size);
        }
        var id = Intern(actor.Id);
        _actors[index] = actor with { Id = id };
        _adjacency[index] = [];
        _actorIndex[id] = index;
        _ranksDirty = true;
        _degreesDirty = true;
        return index;
    }

    /// <summary>Adds the relation, replacing one with the same id. Both endpoints must already be actors.</summary>
    public void PutRelation(Relation relation)
    {
        RemoveRelation(relation.Id);
        var source = _actorIndex[relation.SourceId];
        var target = _actorIndex[relation.TargetId];
        var slot = _freeEdges.Count > 0 ? _freeEdges.Pop() : NewSlot();
        if (!_typeIds.TryGetValue(relation.Type, out var type))
        {
            type = _typeNames.Count;
            _typeIds[Intern(relation.Type)] = type;
            _typeNames.Add(Intern(relation.Type));
            _typeCounts.Add(0);
        }
        _typeCounts[type]++;
        _degreesDirty = true;
        _edges[slot] = new EdgeRecord
        {
            Source = source,
            Target = target,
            Type = type,
            StartDay = relation.Date?.Start.DayNumber ?? 0,
            EndDay = relation.Date?.End.DayNumber ?? 0,
            Dated = relation.Date is not null,
            Document = DocumentNumber(relation.Citation.DocumentId),
            Reported = PackedDate.Pack(relation.ReportedOn),
            Status = relation.Status,
            Symmetric = relation.Symmetric,
            Alive = true,
        };
        _payloads[slot] = Compact(relation, source, target);
        _relationIndex[_payloads[slot]!.Id] = slot;
        AddHalf(source, new HalfEdge(target, slot, HalfEdge.MetaOf(_edges[slot], source)));
        if (source != target) AddHalf(target, new HalfEdge(source, slot, HalfEdge.MetaOf(_edges[slot], target)));
    }

    public bool RemoveRelation(string id)
    {
        if (!_relationIndex.Remove(id, out var slot)) return false;
        ref var edge = ref _edges[slot];
        RemoveHalf(edge.Source, new HalfEdge(edge.Target, slot, 0));
        if (edge.Source != edge.Target) RemoveHalf(edge.Target, new HalfEdge(edge.Source, slot, 0));
        _typeCounts[edge.Type]--;
        _degreesDirty = true;
        edge.Alive = false;
        _payloads[slot] = null;
        _freeEdges.Push(slot);
        return true;
    }

    /// <summary>
    /// Ids of the relations citing any of <paramref name="documents"/>: one pass over the relations, because the index
    /// keeps no per-document list (only catching up with other processes' commits asks this, once per poll).
    /// </summary>
    public IEnumerable<string> RelationIdsOfDocuments(IReadOnlyCollection<string> documents)
    {
        if (documents.Count == 0) yield break;
        var wanted = documents as ISet<string> ?? documents.ToHashSet(StringComparer.Ordinal);
        for (var slot = 0; slot < _edgeHigh; slot++)
            if (_payloads[slot] is { } relation && wanted.Contains(relation.Citation.DocumentId))
                yield return relation.Id;
    }

    /// <summary>Recomputes the id ranks and the degree order after changes; call once per write, before readers return.</summary>
    public void RefreshOrders()
    {
        RefreshRanks();
        if (!_degreesDirty && _byDegree.Length == ActorCount) return;
        var keys = new long[ActorCount];
        var order = new int[ActorCount];
        for (var a = 0; a < ActorCount; a++)
        {
            keys[a] = ((long)(int.MaxValue - _adjacencyCount[a]) << 32) | (uint)_rank[a];
            order[a] = a;
        }
        Array.Sort(keys, order);
        _byDegree = order;
        _degreesDirty = false;
    }

    private void RefreshRanks()
    {
        if (!_ranksDirty && _rank.Length >= ActorCount) return;
        var order = new int[ActorCount];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var ids = new string[ActorCount];
        for (var i = 0; i < ids.Length; i++) ids[i] = _actors[i].Id;
        Array.Sort(ids, order, StringComparer.Ordinal);
        var rank = new int[ActorCount];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        _rank = rank;
        _byRank = order;
        _ranksDirty = false;
    }

    /// <summary>First adjacency position of <paramref name="neighbour"/> in <paramref name="actor"/>'s list, or -1.</summary>
    public int FindNeighbour(int actor, int neighbour)
    {
        var list = Adjacency(actor);
        int lo = 0, hi = list.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Neighbour < neighbour) lo = mid + 1; else hi = mid;
        }
        return lo < list.Length && list[lo].Neighbour == neighbour ? lo : -1;
    }

    /// <summary>Managed bytes held by the index arrays themselves (payload objects excluded).</summary>
    public long StructuralBytes()
    {
        long bytes = (long)_edges.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<EdgeRecord>() + _payloads.Length * 8L;
        for (var a = 0; a < ActorCount; a++) bytes += _adjacency[a].Length * 12L + 24;
        bytes += _actors.Length * 8L + _adjacencyCount.Length * 4L + _rank.Length * 8L;
        return bytes;
    }

    private int NewSlot()
    {
        if (_edgeHigh == _edges.Length)
        {
            Array.Resize(ref _edges, _edges.Length * 2);
            Array.Resize(ref _payloads, _payloads.Length * 2);
        }
        return _edgeHigh++;
    }

    private void AddHalf(int actor, HalfEdge half)
    {
        var list = _adjacency[actor];
        var count = _adjacencyCount[actor];
        if (count == list.Length)
        {
            Array.Resize(ref list, Math.Max(4, count * 2));
            _adjacency[actor] = list;
        }
        if (_bulk)
        {
            list[count] = half;
        }
        else
        {
            var at = list.AsSpan(0, count).BinarySearch(half);
            at = at < 0 ? ~at : at;
            Array.Copy(list, at, list, at + 1, count - at);
            list[at] = half;
        }
        _adjacencyCount[actor] = count + 1;
    }

    private void RemoveHalf(int actor, HalfEdge half)
    {
        var list = _adjacency[actor];
        var count = _adjacencyCount[actor];
        var at = list.AsSpan(0, count).BinarySearch(half);
        if (at < 0) return;
        Array.Copy(list, at + 1, list, at, count - at - 1);
        _adjacencyCount[actor] = count - 1;
    }

    // Shares the id, type, document and rule strings between relations: millions of copies otherwise.
    private Relation Compact(Relation r, int source, int target) => r with
    {
        Id = r.Id,
        Type = Intern(r.Type),
        SourceId = _actors[source].Id,
        TargetId = _actors[target].Id,
        AttributedTo = r.AttributedTo is null ? null : _actorIndex.TryGetValue(r.AttributedTo, out var by) ? _actors[by].Id : Intern(r.AttributedTo),
        Citation = r.Citation with { DocumentId = Intern(r.Citation.DocumentId), Rule = Intern(r.Citation.Rule) },
    };

    private int DocumentNumber(string documentId)
    {
        if (_documentIndex.TryGetValue(documentId, out var number)) return number;
        number = _documentIds.Count;
        _documentIds.Add(Intern(documentId));
        _documentIndex[_documentIds[number]] = number;
        return number;
    }

    private string Intern(string s)
    {
        if (_strings.TryGetValue(s, out var shared)) return shared;
        _strings[s] = s;
        return s;
    }
}
