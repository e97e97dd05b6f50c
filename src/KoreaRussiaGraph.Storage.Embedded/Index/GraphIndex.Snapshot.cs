using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>The index written to and read back from a snapshot file (<see cref="IndexSnapshot"/>): its arrays as raw bytes.</summary>
internal sealed partial class GraphIndex
{
    public void WriteTo(BinaryWriter writer)
    {
        RefreshOrders();
        writer.Write(ActorCount);
        for (var a = 0; a < ActorCount; a++) WriteActor(writer, _actors[a]);
        for (var a = 0; a < ActorCount; a++)
        {
            writer.Write(_adjacencyCount[a]);
            IndexSnapshotIo.WriteArray(writer, Adjacency(a));
        }
        IndexSnapshotIo.WriteArray(writer, _rank.AsSpan(0, ActorCount));
        IndexSnapshotIo.WriteArray(writer, _byRank.AsSpan(0, ActorCount));
        IndexSnapshotIo.WriteArray(writer, _byDegree.AsSpan(0, ActorCount));

        writer.Write(_typeNames.Count);
        for (var t = 0; t < _typeNames.Count; t++)
        {
            writer.Write(_typeNames[t]);
            writer.Write(_typeCounts[t]);
        }
        writer.Write(_documentIds.Count);
        foreach (var id in _documentIds) writer.Write(id);

        writer.Write(_edgeHigh);
        IndexSnapshotIo.WriteArray(writer, _edges.AsSpan(0, _edgeHigh));
        IndexSnapshotIo.WriteArray(writer, _documentOf.AsSpan(0, _edgeHigh));
        _relationIds.Write(writer, _edgeHigh);
        var free = _freeEdges.ToArray();
        writer.Write(free.Length);
        IndexSnapshotIo.WriteArray(writer, free.AsSpan());
    }

    public static GraphIndex ReadFrom(BinaryReader reader, RelationPayloads payloads)
    {
        var g = new GraphIndex(payloads);
        var actors = IndexSnapshotIo.CheckedLength(reader.ReadInt32());
        var capacity = Math.Max(16, actors);
        g._actors = new Actor[capacity];
        g._adjacency = new HalfEdge[capacity][];
        g._adjacencyCount = new int[capacity];
        for (var a = 0; a < actors; a++)
        {
            var actor = ReadActor(reader);
            g._actors[a] = actor;
            g._actorIndex.Add(actor.Id, a);
        }
        g.ActorCount = actors;
        for (var a = 0; a < actors; a++)
        {
            var count = IndexSnapshotIo.CheckedLength(reader.ReadInt32());
            g._adjacencyCount[a] = count;
            g._adjacency[a] = new HalfEdge[count];
            IndexSnapshotIo.ReadArray(reader, g._adjacency[a].AsSpan());
        }
        g._rank = ReadInts(reader, actors);
        g._byRank = ReadInts(reader, actors);
        g._byDegree = ReadInts(reader, actors);

        for (var types = reader.ReadInt32(); types > 0; types--)
        {
            var name = reader.ReadString();
            g._typeIds[name] = g._typeNames.Count;
            g._typeNames.Add(name);
            g._typeCounts.Add(reader.ReadInt32());
        }
        for (var documents = reader.ReadInt32(); documents > 0; documents--)
        {
            var id = reader.ReadString();
            g._documentIndex[id] = g._documentIds.Count;
            g._documentIds.Add(id);
        }

        var slots = IndexSnapshotIo.CheckedLength(reader.ReadInt32());
        var slotCapacity = Math.Max(16, slots);
        g._edgeHigh = slots;
        g._edges = new EdgeRecord[slotCapacity];
        IndexSnapshotIo.ReadArray(reader, g._edges.AsSpan(0, slots));
        g._documentOf = new int[slotCapacity];
        IndexSnapshotIo.ReadArray(reader, g._documentOf.AsSpan(0, slots));
        g._relationIds = RelationIds.Read(reader, slots, slotCapacity);
        var free = ReadInts(reader, IndexSnapshotIo.CheckedLength(reader.ReadInt32()));
        // Stack<T>.ToArray lists the top first; pushing in reverse restores the same order.
        g._freeEdges = new Stack<int>(free.Reverse());
        return g;
    }

    private static int[] ReadInts(BinaryReader reader, int count)
    {
        var values = new int[count];
        IndexSnapshotIo.ReadArray(reader, values.AsSpan());
        return values;
    }

    private static void WriteActor(BinaryWriter writer, Actor actor)
    {
        writer.Write(actor.Id);
        writer.Write(actor.Name);
        writer.Write((int)actor.Kind);
        writer.Write(actor.Aliases.Count);
        foreach (var alias in actor.Aliases) writer.Write(alias);
        IndexSnapshotIo.WriteNullable(writer, actor.WikidataId);
        IndexSnapshotIo.WriteNullable(writer, actor.Description);
    }

    private static Actor ReadActor(BinaryReader reader)
    {
        var id = reader.ReadString();
        var name = reader.ReadString();
        var kind = (ActorKind)reader.ReadInt32();
        var aliases = new string[IndexSnapshotIo.CheckedLength(reader.ReadInt32())];
        for (var i = 0; i < aliases.Length; i++) aliases[i] = reader.ReadString();
        return new Actor(id, name, kind, aliases, IndexSnapshotIo.ReadNullable(reader), IndexSnapshotIo.ReadNullable(reader));
    }
}
