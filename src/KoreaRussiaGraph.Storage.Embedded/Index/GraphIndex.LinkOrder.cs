namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// Link ids (<c>source|type|target</c>) in ordinal order without building them: comparing two ids is comparing the
/// sources with a '|' behind them, then the types likewise, then the targets as they are. An actor id that is a proper
/// prefix of another sorts differently with the '|' behind it ("kim|" after "kim-jong-un|"), hence a rank of its own.
/// </summary>
internal sealed partial class GraphIndex
{
    // Published whole once computed (readers may race to compute it; any of them is right); dropped when ranks change.
    private int[]? _linkRanks;
    private bool _linkRanksChecked;
    private bool _idsHoldSeparator;

    /// <summary>
    /// Each actor's position in the ordinal order of <c>id + "|"</c>; null when some actor id holds a '|' itself, where
    /// this order would not be the links' (callers then compare the ids as strings).
    /// </summary>
    public int[]? LinkSourceRanks()
    {
        if (Volatile.Read(ref _linkRanks) is { } ranks) return ranks;
        if (_linkRanksChecked && _idsHoldSeparator) return null;
        var order = ActorsById.ToArray();
        var separator = false;
        foreach (var a in order) separator |= _actors[a].Id.Contains(Separator);
        _idsHoldSeparator = separator;
        _linkRanksChecked = true;
        if (separator) return null;
        Array.Sort(order, (x, y) => CompareWithSeparator(_actors[x].Id, _actors[y].Id));
        ranks = new int[ActorCount];
        for (var r = 0; r < order.Length; r++) ranks[order[r]] = r;
        Volatile.Write(ref _linkRanks, ranks);
        return ranks;
    }

    /// <summary>Each relation type's position in the ordinal order of <c>name + "|"</c>; null when a name holds a '|'.</summary>
    public int[]? LinkTypeRanks()
    {
        if (_typeNames.Any(t => t.Contains(Separator))) return null;
        var order = Enumerable.Range(0, _typeNames.Count).ToArray();
        Array.Sort(order, (x, y) => CompareWithSeparator(_typeNames[x], _typeNames[y]));
        var ranks = new int[order.Length];
        for (var r = 0; r < order.Length; r++) ranks[order[r]] = r;
        return ranks;
    }

    private const char Separator = '|';

    /// <summary>Ordinal order of <c>x + "|"</c> against <c>y + "|"</c>, without the concatenations.</summary>
    internal static int CompareWithSeparator(string x, string y)
    {
        var common = Math.Min(x.Length, y.Length);
        var c = string.CompareOrdinal(x, 0, y, 0, common);
        if (c != 0 || x.Length == y.Length) return c;
        return x.Length < y.Length ? Separator.CompareTo(y[common]) : x[common].CompareTo(Separator);
    }

    private void ForgetLinkRanks()
    {
        Volatile.Write(ref _linkRanks, null);
        _linkRanksChecked = false;
    }
}
