using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// <see cref="RelationFilter.Matches"/> and <see cref="RelationFilter.Traverses"/> restated over <see cref="EdgeRecord"/>
/// (type ids, status bits, day numbers), so the hot loops never touch strings or payload objects.
/// </summary>
internal sealed class CompiledFilter
{
    private readonly bool[]? _typeAllowed;
    private readonly int _statusMask;
    private readonly bool _dateFilter;
    private readonly int _fromDay;
    private readonly int _toDay;
    private readonly bool _includeUndated;

    public Direction Direction { get; }

    public CompiledFilter(RelationFilter filter, GraphIndex index)
    {
        if (filter.Types is { } types)
        {
            _typeAllowed = new bool[index.TypeNames.Count];
            foreach (var type in types)
                if (index.TryGetType(type, out var id)) _typeAllowed[id] = true;
        }
        foreach (var status in filter.Statuses) _statusMask |= 1 << (int)status;
        _dateFilter = filter.HasDateFilter;
        _fromDay = filter.From?.Start.DayNumber ?? int.MinValue;
        _toDay = filter.To?.End.DayNumber ?? int.MaxValue;
        _includeUndated = filter.IncludeUndated;
        Direction = filter.Direction;
    }

    public bool Matches(in EdgeRecord e)
    {
        if (_typeAllowed is not null && (e.Type >= _typeAllowed.Length || !_typeAllowed[e.Type])) return false;
        if ((_statusMask & (1 << (int)e.Status)) == 0) return false;
        if (!_dateFilter) return true;
        return e.Dated ? e.EndDay >= _fromDay && e.StartDay <= _toDay : _includeUndated;
    }

    /// <summary>Whether a walk standing on actor <paramref name="from"/> may cross <paramref name="e"/>.</summary>
    public bool Traverses(in EdgeRecord e, int from) => e.Symmetric || Direction switch
    {
        Direction.Out => e.Source == from,
        Direction.In => e.Target == from,
        _ => true,
    };

    public bool Passes(in EdgeRecord e, int from) => Matches(e) && Traverses(e, from);

    // The same tests on an adjacency entry; only a date filter on a dated relation needs the edge record.

    /// <summary>Type, status and date of the relation behind <paramref name="h"/>.</summary>
    public bool Matches(HalfEdge h, GraphIndex g)
    {
        if (_typeAllowed is not null && (h.Type >= _typeAllowed.Length || !_typeAllowed[h.Type])) return false;
        if ((_statusMask & (1 << h.Status)) == 0) return false;
        if (!_dateFilter) return true;
        if ((h.Meta & HalfEdge.DatedBit) == 0) return _includeUndated;
        ref readonly var e = ref g.Edge(h.Edge);
        return e.EndDay >= _fromDay && e.StartDay <= _toDay;
    }

    /// <summary>Standing on the owner of the adjacency list, may the walk cross to the neighbour?</summary>
    public bool Forward(HalfEdge h, GraphIndex g) => Matches(h, g) && Direction switch
    {
        Direction.Out => (h.Meta & (HalfEdge.Outgoing | HalfEdge.SymmetricBit)) != 0,
        Direction.In => (h.Meta & (HalfEdge.Incoming | HalfEdge.SymmetricBit)) != 0,
        _ => true,
    };

    /// <summary>Standing on the neighbour, may the walk cross to the owner of the list? (Searching backwards from a target.)</summary>
    public bool Backward(HalfEdge h, GraphIndex g) => Matches(h, g) && Direction switch
    {
        Direction.Out => (h.Meta & (HalfEdge.Incoming | HalfEdge.SymmetricBit)) != 0,
        Direction.In => (h.Meta & (HalfEdge.Outgoing | HalfEdge.SymmetricBit)) != 0,
        _ => true,
    };
}
