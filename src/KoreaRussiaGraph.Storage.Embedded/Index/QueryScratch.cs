namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// Per-thread visited marks reused across queries: a generation stamp makes "clear" O(1), so a query on a
/// 100k-actor graph allocates nothing proportional to the graph. A query uses slots 0..3 for independent sets.
/// </summary>
internal static class QueryScratch
{
    public const int Slots = 4;

    [ThreadStatic] private static MarkArrays[]? _slots;

    public static Marks Take(int slot, int actorCount)
    {
        _slots ??= new MarkArrays[Slots];
        var arrays = _slots[slot] ??= new MarkArrays();
        return arrays.Next(actorCount);
    }

    private sealed class MarkArrays
    {
        private int[] _stamp = [];
        private int[] _value = [];
        private int _generation;

        public Marks Next(int actorCount)
        {
            if (_stamp.Length < actorCount)
            {
                var size = Math.Max(actorCount, _stamp.Length * 2);
                _stamp = new int[size];
                _value = new int[size];
                _generation = 0;
            }
            if (++_generation == int.MaxValue)
            {
                Array.Clear(_stamp);
                _generation = 1;
            }
            return new Marks(_stamp, _value, _generation);
        }
    }
}

/// <summary>A set of actor indices, each with an int value (hops, distance).</summary>
internal readonly struct Marks(int[] stamp, int[] value, int generation)
{
    public bool Has(int actor) => stamp[actor] == generation;

    /// <summary>The stored value, or -1 when the actor is not in the set.</summary>
    public int Get(int actor) => stamp[actor] == generation ? value[actor] : -1;

    public void Remove(int actor) => stamp[actor] = 0;

    public void Set(int actor, int v)
    {
        stamp[actor] = generation;
        value[actor] = v;
    }
}
