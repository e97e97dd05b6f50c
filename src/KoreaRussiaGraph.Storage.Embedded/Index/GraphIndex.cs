using System.Runtime.InteropServices;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>What traversal needs to know about one relation, packed into 28 bytes so a scan touches little memory.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct EdgeRecord
{
    private const byte DatedFlag = 1, SymmetricFlag = 2, AliveFlag = 4, ReportedFlag = 8;

    public int Source;
    public int Target;
    /// <summary>First and last day (DateOnly.DayNumber) of the relation's partial date; meaningless when not <see cref="Dated"/>.</summary>
    public int StartDay;
    public int EndDay;
    /// <summary>The same for the citing document's publication date (reportedOn), for ordering by it; meaningless when not <see cref="Reported"/>.</summary>
    public int ReportedStartDay;
    public int ReportedEndDay;
    private ushort _type;
    private byte _status;
    private byte _flags;

    public int Type { readonly get => _type; set => _type = checked((ushort)value); }
    public ClaimStatus Status { readonly get => (ClaimStatus)_status; set => _status = (byte)value; }
    public bool Dated { readonly get => (_flags & DatedFlag) != 0; set => Flag(DatedFlag, value); }
    public bool Symmetric { readonly get => (_flags & SymmetricFlag) != 0; set => Flag(SymmetricFlag, value); }
    public bool Alive { readonly get => (_flags & AliveFlag) != 0; set => Flag(AliveFlag, value); }
    public bool Reported { readonly get => (_flags & ReportedFlag) != 0; set => Flag(ReportedFlag, value); }

    private void Flag(byte flag, bool on) => _flags = on ? (byte)(_flags | flag) : (byte)(_flags & ~flag);
}

/// <summary>The columns of a relation the index keeps (everything else is the payload, read from the file on demand).</summary>
internal readonly record struct RelationShape(
    string Id, string DocumentId, string Type, string SourceId, string TargetId, int? StartDay, int? EndDay, ClaimStatus Status, bool Symmetric,
    int? ReportedStartDay = null, int? ReportedEndDay = null)
{
    public static RelationShape Of(Relation r) =>
        new(r.Id, r.Citation.DocumentId, r.Type, r.SourceId, r.TargetId, r.Date?.Start.DayNumber, r.Date?.End.DayNumber, r.Status, r.Symmetric,
            r.ReportedOn?.Start.DayNumber, r.ReportedOn?.End.DayNumber);
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
/// found by binary search). Relation payloads are not held here: <see cref="Payload"/> and <see cref="Payloads"/>
/// read them through <see cref="RelationPayloads"/> (the file, cached). Not thread-safe:
/// <see cref="EmbeddedGraphStore"/> guards it with a reader-writer lock.
/// </summary>
internal sealed partial class GraphIndex
{
    private Actor[] _actors = new Actor[16];
    private HalfEdge[][] _adjacency = new HalfEdge[16][];
    private int[] _adjacencyCount = new int[16];
    private readonly Dictionary<string, int> _actorIndex = new(StringComparer.Ordinal);

    private EdgeRecord[] _edges = new EdgeRecord[16];
    // The citing document of each slot, as an index into _documentIds (catching up with other writers asks by document).
    private int[] _documentOf = new int[16];
    private int _edgeHigh;
    private Stack<int> _freeEdges = new();
    private RelationIds _relationIds = new();

    private readonly Dictionary<string, int> _typeIds = new(StringComparer.Ordinal);
    private readonly List<string> _typeNames = [];
    private readonly List<int> _typeCounts = [];
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

    public GraphIndex(RelationPayloads? payloads = null) => PayloadSource = payloads ?? RelationPayloads.InMemory();

    private static long _identities;

    /// <summary>Tells this index from any other built in the process (answers carrying its numbers are checked against it).</summary>
    public long Identity { get; } = Interlocked.Increment(ref _identities);

    /// <summary>Where payloads come from; the store shares one between the indexes it builds.</summary>
    public RelationPayloads PayloadSource { get; private set; }

    public int ActorCount { get; private set; }
    public int RelationCount => _relationIds.Count;
    public ReadOnlySpan<EdgeRecord> Edges => _edges.AsSpan(0, _edgeHigh);
    public int EdgeSlots => _edgeHigh;

    public Actor Actor(int index) => _actors[index];
    public int Degree(int actor) => _adjacencyCount[actor];
    public ReadOnlySpan<HalfEdge> Adjacency(int actor) => _adjacency[actor].AsSpan(0, _adjacencyCount[actor]);
    public ref readonly EdgeRecord Edge(int slot) => ref _edges[slot];

    /// <summary>
    /// The whole relation at <paramref name="slot"/> (quote, details, attribution, offsets, rule), read from the file
    /// through a bounded cache. Several at once: <see cref="Payloads"/>, one round trip per batch instead of one each.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another process deleted the relation from the file and the index has not caught up yet (retry).</exception>
    public Relation Payload(int slot) => PayloadSource.Read(this, [slot])[0] ??
        throw new InvalidOperationException($"Relation {RelationId(slot)} was just removed from the store file by another process; retry the query.");

    /// <summary>
    /// The payloads of <paramref name="slots"/>, position for position, in batches. Null where another process deleted
    /// the relation from the file and the index has not caught up yet: callers leave those out (the file is the truth).
    /// </summary>
    public Relation?[] Payloads(ReadOnlySpan<int> slots) => PayloadSource.Read(this, slots);

    /// <summary><see cref="Payloads"/> without the ones gone from the file, in the order of <paramref name="slots"/>.</summary>
    public List<Relation> PresentPayloads(ReadOnlySpan<int> slots)
    {
        var read = Payloads(slots);
        var present = new List<Relation>(read.Length);
        foreach (var relation in read)
            if (relation is not null) present.Add(relation);
        return present;
    }

    /// <summary>
    /// The relation at <paramref name="slot"/> as the index knows it, without reading the file: id, type, endpoints, dates,
    /// status, symmetry and document are real (the strings are the index's own), the payload fields placeholders.
    /// </summary>
    /// <param name="citations">Outline citations by document number, shared between the outlines of one answer.</param>
    public Relation Outline(int slot, Dictionary<int, Citation>? citations = null)
    {
        ref readonly var e = ref _edges[slot];
        var document = _documentOf[slot];
        Citation citation;
        if (citations is null) citation = Citation.Outline(_documentIds[document]);
        else
        {
            ref var shared = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(citations, document, out var known);
            if (!known) shared = Citation.Outline(_documentIds[document]);
            citation = shared!;
        }
        return Relation.Outline(_relationIds.IdOf(slot), _typeNames[e.Type], _actors[e.Source].Id, _actors[e.Target].Id,
            PackedDate.OfEdge(e), PackedDate.OfReported(e), e.Status, citation, e.Symmetric);
    }

    /// <summary>The whole relations of <paramref name="outlines"/> read in one batch, position for position (null: gone from the file).</summary>
    public Relation?[] Hydrate(IReadOnlyList<Relation> outlines)
    {
        var slots = new int[outlines.Count];
        for (var i = 0; i < slots.Length; i++)
            slots[i] = _relationIds.TryGet(outlines[i].Id, out var slot) ? slot : throw new InvalidOperationException($"relation {outlines[i].Id} is not in the index");
        return Payloads(slots);
    }

    /// <summary>The id of the relation at <paramref name="slot"/> (built from its compact key, no payload read).</summary>
    public string RelationId(int slot) => _relationIds.IdOf(slot);

    /// <summary>Ordinal order of two slots' relation ids.</summary>
    public int CompareRelationIds(int a, int b) => _relationIds.Compare(a, b);

    /// <summary>The id of the document the relation at <paramref name="slot"/> cites.</summary>
    public string DocumentOf(int slot) => _documentIds[_documentOf[slot]];
    /// <summary>The number of the document a relation cites (0..DocumentCount-1): links count documents without reading payloads.</summary>
    public int DocumentNumberOf(int slot) => _documentOf[slot];

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
    public bool TryGetRelation(string id, out int slot) => _relationIds.TryGet(id, out slot);

    /// <summary>Appends without keeping adjacency sorted until <see cref="EndBulk"/>: for loading at start.</summary>
    public void BeginBulk() => _bulk = true;

    public void EndBulk()
    {
        _bulk = false;
        for (var a = 0; a < ActorCount; a++)
        {
            var count = _adjacencyCount[a];
            // Doubling growth left up to half of each list empty; at millions of relations that is tens of megabytes.
            if (_adjacency[a].Length != count) Array.Resize(ref _adjacency[a], count);
            _adjacency[a].AsSpan().Sort();
        }
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
        _actors[index] = actor;
        _adjacency[index] = [];
        _actorIndex[actor.Id] = index;
        _ranksDirty = true;
        _degreesDirty = true;
        return index;
    }

    /// <summary>Adds the relation, replacing one with the same id; its payload becomes the cached one. Both endpoints must already be actors.</summary>
    public void PutRelation(Relation relation) => PayloadSource.Remember(PutRelation(RelationShape.Of(relation)), relation);

    /// <summary>Adds what the index keeps of a relation, replacing one with the same id; returns its slot.</summary>
    public int PutRelation(in RelationShape relation)
    {
        RemoveRelation(relation.Id);
        var source = _actorIndex[relation.SourceId];
        var target = _actorIndex[relation.TargetId];
        var slot = _freeEdges.Count > 0 ? _freeEdges.Pop() : NewSlot();
        if (!_typeIds.TryGetValue(relation.Type, out var type))
        {
            type = _typeNames.Count;
            _typeIds[relation.Type] = type;
            _typeNames.Add(relation.Type);
            _typeCounts.Add(0);
        }
        if (!_documentIndex.TryGetValue(relation.DocumentId, out var document))
        {
            document = _documentIds.Count;
            _documentIndex[relation.DocumentId] = document;
            _documentIds.Add(relation.DocumentId);
        }
        _typeCounts[type]++;
        _degreesDirty = true;
        _edges[slot] = new EdgeRecord
        {
            Source = source,
            Target = target,
            Type = type,
            StartDay = relation.StartDay ?? 0,
            EndDay = relation.EndDay ?? 0,
            Dated = relation.StartDay is not null,
            ReportedStartDay = relation.ReportedStartDay ?? 0,
            ReportedEndDay = relation.ReportedEndDay ?? 0,
            Reported = relation.ReportedStartDay is not null,
            Status = relation.Status,
            Symmetric = relation.Symmetric,
            Alive = true,
        };
        _documentOf[slot] = document;
        _relationIds.Add(slot, relation.Id);
        AddHalf(source, new HalfEdge(target, slot, HalfEdge.MetaOf(_edges[slot], source)));
        if (source != target) AddHalf(target, new HalfEdge(source, slot, HalfEdge.MetaOf(_edges[slot], target)));
        return slot;
    }

    public bool RemoveRelation(string id)
    {
        if (!_relationIds.TryGet(id, out var slot)) return false;
        _relationIds.Remove(slot);
        ref var edge = ref _edges[slot];
        RemoveHalf(edge.Source, new HalfEdge(edge.Target, slot, 0));
        if (edge.Source != edge.Target) RemoveHalf(edge.Target, new HalfEdge(edge.Source, slot, 0));
        _typeCounts[edge.Type]--;
        _degreesDirty = true;
        edge.Alive = false;
        PayloadSource.Forget(slot);
        _freeEdges.Push(slot);
        return true;
    }

    /// <summary>
    /// Ids of the relations citing any of <paramref name="documents"/>: one pass over the slots, because the index
    /// keeps no per-document list (only catching up with other processes' commits asks this, once per poll).
    /// </summary>
    public IEnumerable<string> RelationIdsOfDocuments(IReadOnlyCollection<string> documents)
    {
        var wanted = new HashSet<int>();
        foreach (var id in documents)
            if (_documentIndex.TryGetValue(id, out var document)) wanted.Add(document);
        if (wanted.Count == 0) yield break;
        for (var slot = 0; slot < _edgeHigh; slot++)
            if (_edges[slot].Alive && wanted.Contains(_documentOf[slot]))
                yield return _relationIds.IdOf(slot);
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
        ForgetLinkRanks();
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

    /// <summary>Managed bytes held by the index arrays themselves (actor records and cached payloads excluded).</summary>
    public long StructuralBytes()
    {
        long bytes = (long)_edges.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<EdgeRecord>() + _documentOf.Length * 4L + _relationIds.Bytes;
        for (var a = 0; a < ActorCount; a++) bytes += _adjacency[a].Length * 12L + 24;
        bytes += _actors.Length * 8L + _adjacencyCount.Length * 4L + _rank.Length * 8L + _byDegree.Length * 4L;
        return bytes;
    }

    private int NewSlot()
    {
        if (_edgeHigh == _edges.Length)
        {
            Array.Resize(ref _edges, _edges.Length * 2);
            Array.Resize(ref _documentOf, _documentOf.Length * 2);
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
}
