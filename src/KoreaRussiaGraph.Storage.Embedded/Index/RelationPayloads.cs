using System.Collections.Concurrent;
using System.Text.Json;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Storage.Embedded.Sqlite;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// Where <see cref="GraphIndex.Payload"/> gets whole relations (quote, details, attribution, offsets, rule): the SQLite
/// file, read in batches for the relations a query returns, behind a bounded cache. The index itself keeps only what
/// traversal and filtering test (<see cref="EdgeRecord"/>), which is what lets 10M relations fit in memory.
/// <para>
/// Consistency with the index: the file is ahead of the index between a commit and the index update. For this
/// instance's own writes the store pins the replaced relations' old payloads before the commit and drops the pins when
/// the index has caught up, so a reader sees the old version whole. A commit by another process is ahead of the
/// index until the next poll; a relation it deleted then reads as missing (null from <see cref="Read"/>).
/// </para>
/// The cache is direct-mapped by slot: one entry per bucket, the newest wins; entries are immutable objects swapped
/// atomically, so readers under the shared lock may fill it concurrently. Writers (under the exclusive lock) write
/// through and forget slots they free.
/// </summary>
internal sealed class RelationPayloads
{
    private const int Batch = 4096;
    private readonly SqliteDatabase? _database;
    private readonly Entry?[] _cache;
    private readonly int _mask;
    private readonly ConcurrentDictionary<int, Relation> _pins = new();
    // Without a file (an index built in memory) every payload stays here.
    private readonly Dictionary<int, Relation>? _all;

    private sealed record Entry(int Slot, Relation Relation);

    private RelationPayloads(SqliteDatabase? database, int cacheSize)
    {
        _database = database;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, cacheSize));
        _cache = database is null ? [] : new Entry?[size];
        _mask = size - 1;
        _all = database is null ? [] : null;
    }

    /// <summary>Payloads read from <paramref name="database"/>, with at most <paramref name="cacheSize"/> (rounded up to a power of two) cached.</summary>
    public static RelationPayloads FromFile(SqliteDatabase database, int cacheSize) => new(database, cacheSize);

    /// <summary>Every payload kept in memory: for an index with no file behind it.</summary>
    public static RelationPayloads InMemory() => new(null, 0);

    public int CacheCapacity => _cache.Length;

    private long _rowsRead;

    /// <summary>Rows read from the file so far (what outlines save: a neighbourhood asked as outlines reads none).</summary>
    public long RowsRead => Interlocked.Read(ref _rowsRead);

    /// <summary>
    /// The payloads of <paramref name="slots"/>, position for position; null where the file no longer holds the relation
    /// (another process deleted it and the index has not caught up yet). Call under the index's read lock.
    /// </summary>
    public Relation?[] Read(GraphIndex index, ReadOnlySpan<int> slots)
    {
        var result = new Relation?[slots.Length];
        List<int>? missing = null;
        var pinned = !_pins.IsEmpty;
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            if (pinned && _pins.TryGetValue(slot, out var held)) result[i] = held;
            else if (_all is not null) result[i] = _all.GetValueOrDefault(slot);
            else if (Volatile.Read(ref _cache[slot & _mask]) is { } entry && entry.Slot == slot) result[i] = entry.Relation;
            else (missing ??= []).Add(i);
        }
        if (missing is null) return result;
        ReadFromFile(index, slots, missing, result);
        // A commit of this instance may have landed while the file was read: it pinned what it replaced before committing,
        // and the pins stay until the index has caught up, which cannot happen while this reader holds the read lock.
        if (!_pins.IsEmpty)
            foreach (var i in missing)
                if (_pins.TryGetValue(slots[i], out var held)) result[i] = held;
        return result;
    }

    private void ReadFromFile(GraphIndex index, ReadOnlySpan<int> slots, List<int> missing, Relation?[] result)
    {
        using var connection = _database!.Open();
        using var command = connection.Prepare(
            $"SELECT {Rows.RelationColumns} FROM relations WHERE id IN (SELECT value FROM json_each($ids))", null, ("$ids", "[]"));
        var positions = new Dictionary<string, List<int>>(Math.Min(missing.Count, Batch), StringComparer.Ordinal);
        for (var start = 0; start < missing.Count; start += Batch)
        {
            positions.Clear();
            var ids = new List<string>(Math.Min(Batch, missing.Count - start));
            for (var m = start; m < missing.Count && m < start + Batch; m++)
            {
                var id = index.RelationId(slots[missing[m]]);
                if (!positions.TryGetValue(id, out var at))
                {
                    positions[id] = at = [];
                    ids.Add(id);
                }
                at.Add(missing[m]);
            }
            command.Parameters["$ids"].Value = JsonSerializer.Serialize(ids);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var relation = Rows.ReadRelation(reader);
                Interlocked.Increment(ref _rowsRead);
                if (!positions.TryGetValue(relation.Id, out var at)) continue;
                foreach (var position in at) result[position] = relation;
                var slot = slots[at[0]];
                Volatile.Write(ref _cache[slot & _mask], new Entry(slot, relation));
            }
        }
    }

    /// <summary>A writer put <paramref name="relation"/> at <paramref name="slot"/>: the freshest payload there is. Call under the write lock.</summary>
    public void Remember(int slot, Relation relation)
    {
        if (_all is not null) _all[slot] = relation;
        else Volatile.Write(ref _cache[slot & _mask], new Entry(slot, relation));
    }

    /// <summary>The relation at <paramref name="slot"/> left the index. Call under the write lock.</summary>
    public void Forget(int slot)
    {
        _pins.TryRemove(slot, out _);
        if (_all is not null)
        {
            _all.Remove(slot);
            return;
        }
        ref var bucket = ref _cache[slot & _mask];
        if (bucket?.Slot == slot) Volatile.Write(ref bucket, null);
    }

    /// <summary>Holds the payload the index still describes while a commit replaces it in the file.</summary>
    public void Pin(int slot, Relation relation) => _pins[slot] = relation;

    /// <summary>The index has caught up with the commit the pins were for.</summary>
    public void Unpin() => _pins.Clear();

    /// <summary>Drops everything cached (the index was rebuilt, slots mean other relations now).</summary>
    public void Clear()
    {
        _pins.Clear();
        _all?.Clear();
        Array.Clear(_cache);
    }
}
