using System.Buffers.Binary;
using System.Globalization;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// Relation ids by slot and slots by id without a string per relation. Ids made by <c>Relation.StableId</c>
/// (<c>r-</c> + 20 lower-case hex digits) are kept as their 80-bit value (10 bytes a slot) and found through an
/// open-addressing table of slots (4 bytes an entry, at most half full); any other id (hand-made in tests, or
/// imported from elsewhere) is kept as a string on the side. A dictionary of strings costs ~100 bytes a relation.
/// </summary>
internal sealed class RelationIds
{
    private ulong[] _high = new ulong[16];
    private ushort[] _low = new ushort[16];
    // Slot + 1 of each stable id, 0 where empty; linear probing, capacity a power of two.
    private int[] _table = new int[32];
    private int _stableCount;
    private readonly Dictionary<string, int> _otherSlots = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _otherIds = [];

    public int Count => _stableCount + _otherSlots.Count;

    /// <summary>Whether <paramref name="id"/> is a stable id, and its 80-bit value (ordinal id order = (high, low) order).</summary>
    public static bool TryParseStable(string id, out ulong high, out ushort low)
    {
        high = 0;
        low = 0;
        if (id.Length != 22 || id[0] != 'r' || id[1] != '-') return false;
        Span<byte> bytes = stackalloc byte[10];
        for (var i = 0; i < 10; i++)
        {
            int hi = HexValue(id[2 + 2 * i]), lo = HexValue(id[3 + 2 * i]);
            if (hi < 0 || lo < 0) return false;
            bytes[i] = (byte)((hi << 4) | lo);
        }
        high = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        low = BinaryPrimitives.ReadUInt16BigEndian(bytes[8..]);
        return true;
    }

    // Lower case only: upper-case hex would not print back to the same id.
    private static int HexValue(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;

    public string IdOf(int slot)
    {
        if (_otherIds.Count > 0 && _otherIds.TryGetValue(slot, out var other)) return other;
        return string.Create(22, (_high[slot], _low[slot]), static (span, key) =>
        {
            span[0] = 'r';
            span[1] = '-';
            key.Item1.TryFormat(span[2..18], out _, "x16", CultureInfo.InvariantCulture);
            key.Item2.TryFormat(span[18..], out _, "x4", CultureInfo.InvariantCulture);
        });
    }

    /// <summary>Ordinal comparison of two slots' ids, without building strings when both are stable.</summary>
    public int Compare(int a, int b)
    {
        if (_otherIds.Count > 0 && (_otherIds.ContainsKey(a) || _otherIds.ContainsKey(b))) return string.CompareOrdinal(IdOf(a), IdOf(b));
        var byHigh = _high[a].CompareTo(_high[b]);
        return byHigh != 0 ? byHigh : _low[a].CompareTo(_low[b]);
    }

    public bool TryGet(string id, out int slot)
    {
        if (!TryParseStable(id, out var high, out var low)) return _otherSlots.TryGetValue(id, out slot);
        var mask = _table.Length - 1;
        for (var i = Home(high, mask); _table[i] != 0; i = (i + 1) & mask)
        {
            var candidate = _table[i] - 1;
            if (_high[candidate] == high && _low[candidate] == low)
            {
                slot = candidate;
                return true;
            }
        }
        slot = -1;
        return false;
    }

    /// <summary>Records <paramref name="id"/> at <paramref name="slot"/>; the caller has removed any earlier holder of the id.</summary>
    public void Add(int slot, string id)
    {
        EnsureSlots(slot + 1);
        if (!TryParseStable(id, out var high, out var low))
        {
            _otherSlots[id] = slot;
            _otherIds[slot] = id;
            return;
        }
        _high[slot] = high;
        _low[slot] = low;
        if ((_stableCount + 1) * 2 > _table.Length) Rehash(_table.Length * 2);
        Insert(slot);
        _stableCount++;
    }

    public void Remove(int slot)
    {
        if (_otherIds.Remove(slot, out var other))
        {
            _otherSlots.Remove(other);
            return;
        }
        var mask = _table.Length - 1;
        var i = Home(_high[slot], mask);
        while (_table[i] != slot + 1)
        {
            if (_table[i] == 0) return;
            i = (i + 1) & mask;
        }
        // Backward-shift deletion: later entries of the probe run move up so no lookup stops at the hole.
        for (var j = (i + 1) & mask; _table[j] != 0; j = (j + 1) & mask)
        {
            var home = Home(_high[_table[j] - 1], mask);
            var movable = i <= j ? home <= i || home > j : home <= i && home > j;
            if (!movable) continue;
            _table[i] = _table[j];
            i = j;
        }
        _table[i] = 0;
        _stableCount--;
    }

    public void EnsureSlots(int count)
    {
        if (count <= _high.Length) return;
        var size = Math.Max(count, _high.Length * 2);
        Array.Resize(ref _high, size);
        Array.Resize(ref _low, size);
    }

    /// <summary>Managed bytes of the arrays.</summary>
    public long Bytes => _high.Length * 10L + _table.Length * 4L;

    private static int Home(ulong high, int mask) => (int)((high * 0x9E3779B97F4A7C15UL) >> 33) & mask;

    private void Insert(int slot)
    {
        var mask = _table.Length - 1;
        var i = Home(_high[slot], mask);
        while (_table[i] != 0) i = (i + 1) & mask;
        _table[i] = slot + 1;
    }

    private void Rehash(int capacity)
    {
        var old = _table;
        _table = new int[capacity];
        foreach (var entry in old)
            if (entry != 0) Insert(entry - 1);
    }

    // --- snapshot --------------------------------------------------------------------------

    public void Write(BinaryWriter writer, int slots)
    {
        writer.Write(_stableCount);
        IndexSnapshotIo.WriteArray(writer, _high.AsSpan(0, slots));
        IndexSnapshotIo.WriteArray(writer, _low.AsSpan(0, slots));
        writer.Write(_table.Length);
        IndexSnapshotIo.WriteArray(writer, _table.AsSpan());
        writer.Write(_otherIds.Count);
        foreach (var (slot, id) in _otherIds)
        {
            writer.Write(slot);
            writer.Write(id);
        }
    }

    public static RelationIds Read(BinaryReader reader, int slots, int capacity)
    {
        var ids = new RelationIds { _stableCount = reader.ReadInt32() };
        ids._high = new ulong[capacity];
        ids._low = new ushort[capacity];
        IndexSnapshotIo.ReadArray(reader, ids._high.AsSpan(0, slots));
        IndexSnapshotIo.ReadArray(reader, ids._low.AsSpan(0, slots));
        ids._table = new int[IndexSnapshotIo.CheckedLength(reader.ReadInt32())];
        IndexSnapshotIo.ReadArray(reader, ids._table.AsSpan());
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var slot = reader.ReadInt32();
            var id = reader.ReadString();
            ids._otherIds[slot] = id;
            ids._otherSlots[id] = slot;
        }
        return ids;
    }
}
