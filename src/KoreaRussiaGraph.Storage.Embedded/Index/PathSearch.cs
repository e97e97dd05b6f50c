using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// paths (DESIGN §3): up to k shortest simple paths, shortest first, ties by the sequence of actor ids.
/// <list type="number">
/// <item>Bidirectional BFS (always growing the cheaper frontier) finds the shortest length L, leaving exact
/// distance balls around both ends.</item>
/// <item>Paths of length L are geodesics: each actor at position i has distance i from the source and L-i
/// to the target, so a depth-first walk in id order only steps onto actors in the right layer; an actor that
/// led nowhere is remembered as dead (on a geodesic that depends on the actor alone).</item>
/// <item>Only if fewer than k were found, lengths L+1..maxHops: a depth-first walk in id order over simple
/// paths, stepping onto an actor only if its distance to the target fits in the hops left.</item>
/// </list>
/// A path is a sequence of actors; each hop carries all passing relations between the two, so parallel
/// edges never multiply paths. Every expanded actor counts against the work budget.
/// </summary>
internal sealed class PathSearch
{
    public const int DefaultWorkBudget = 500_000;

    private readonly GraphIndex _g;
    private readonly CompiledFilter _f;
    private readonly int _source, _target, _maxHops, _k, _budget;
    private int _work;

    private readonly Marks _fromSource;   // exact distance from the source, for actors within _a
    private readonly Marks _toTarget;     // exact distance to the target, for actors within _b
    private readonly Marks _aside;        // geodesic dead ends, or the actors on the current path
    private List<int> _sourceFrontier, _targetFrontier;
    private int _a, _b;
    private bool _targetBallComplete;
    private readonly List<int[]> _found = [];

    private PathSearch(GraphIndex g, int source, int target, int maxHops, int k, RelationFilter filter, int budget)
    {
        _g = g;
        _f = new CompiledFilter(filter, g);
        (_source, _target, _maxHops, _k, _budget) = (source, target, maxHops, k, budget);
        _fromSource = QueryScratch.Take(0, g.ActorCount);
        _toTarget = QueryScratch.Take(1, g.ActorCount);
        _aside = QueryScratch.Take(2, g.ActorCount);
        _sourceFrontier = [source];
        _targetFrontier = [target];
    }

    /// <summary>Same source and target gives no paths: a path needs at least one hop and actors appear once.</summary>
    public static IReadOnlyList<GraphPath> Run(GraphIndex g, int source, int target, PathQuery query)
    {
        if (source == target) return [];
        var search = new PathSearch(g, source, target, query.MaxHops, query.K, query.EffectiveFilter, query.WorkBudget ?? DefaultWorkBudget);
        return search.Materialize(search.Find());
    }

    private List<int[]> Find()
    {
        var shortest = MeetInTheMiddle();
        if (shortest < 0) return _found;
        WalkGeodesics(new int[shortest + 1], 0, _source, shortest);
        for (var length = shortest + 1; length <= _maxHops && _found.Count < _k; length++)
        {
            GrowTargetBall(length - 2);
            var path = new int[length + 1];
            path[0] = _source;
            var onPath = QueryScratch.Take(2, _g.ActorCount);
            onPath.Set(_source, 0);
            WalkSimple(path, 0, _source, length, onPath);
        }
        return _found;
    }

    /// <summary>The shortest path length within maxHops, or -1.</summary>
    private int MeetInTheMiddle()
    {
        _fromSource.Set(_source, 0);
        _toTarget.Set(_target, 0);
        while (_a + _b < _maxHops)
        {
            if (_sourceFrontier.Count == 0 || _targetFrontier.Count == 0) return -1;
            var best = Cost(_sourceFrontier) <= Cost(_targetFrontier) ? GrowSourceBall() : GrowTargetBallOnce();
            if (best < int.MaxValue) return best;
        }
        return -1;
    }

    private long Cost(List<int> frontier)
    {
        long sum = 0;
        foreach (var a in frontier) sum += _g.Degree(a);
        return sum;
    }

    /// <returns>The shortest source-target length through an actor both balls now hold, or int.MaxValue.</returns>
    private int GrowSourceBall()
    {
        var best = Grow(ref _sourceFrontier, _fromSource, _toTarget, _a, forward: true);
        _a++;
        return best;
    }

    private int GrowTargetBallOnce()
    {
        var best = Grow(ref _targetFrontier, _toTarget, _fromSource, _b, forward: false);
        _b++;
        if (_targetFrontier.Count == 0) _targetBallComplete = true;
        return best;
    }

    /// <summary>Grows one ball of the bidirectional search by a level; the other ball tells where the two meet.</summary>
    private int Grow(ref List<int> frontier, Marks mine, Marks other, int depth, bool forward)
    {
        var best = int.MaxValue;
        var next = new List<int>();
        foreach (var u in frontier)
        {
            Spend();
            foreach (var half in _g.Adjacency(u))
            {
                var v = half.Neighbour;
                // Walking backwards from the target, v reaches u when the relation may be crossed standing on v.
                if (mine.Has(v) || !(forward ? _f.Forward(half, _g) : _f.Backward(half, _g))) continue;
                mine.Set(v, depth + 1);
                next.Add(v);
                var rest = other.Get(v);
                if (rest >= 0) best = Math.Min(best, depth + 1 + rest);
            }
        }
        frontier = next;
        return best;
    }

    private void GrowTargetBall(int depth)
    {
        while (_b < depth && !_targetBallComplete) GrowTargetBallOnce();
        if (_targetFrontier.Count == 0) _targetBallComplete = true;
    }

    /// <returns>True when the walk should stop (k paths found).</returns>
    private bool WalkGeodesics(int[] path, int position, int actor, int length)
    {
        path[position] = actor;
        if (position == length)
        {
            _found.Add((int[])path.Clone());
            return _found.Count >= _k;
        }
        Spend();
        var next = position + 1;
        foreach (var w in Steps(actor, w => OnGeodesic(w, next, length) && !_aside.Has(w)))
        {
            var before = _found.Count;
            if (WalkGeodesics(path, next, w, length)) return true;
            if (_found.Count == before) _aside.Set(w, 0);
        }
        return false;
    }

    private bool OnGeodesic(int actor, int position, int length) =>
        (position > _a || _fromSource.Get(actor) == position) &&
        (length - position > _b || _toTarget.Get(actor) == length - position);

    private bool WalkSimple(int[] path, int position, int actor, int length, Marks onPath)
    {
        path[position] = actor;
        if (position == length)
        {
            _found.Add((int[])path.Clone());
            return _found.Count >= _k;
        }
        Spend();
        var next = position + 1;
        foreach (var w in Steps(actor, w => !onPath.Has(w) && CanStillArrive(w, length - next)))
        {
            onPath.Set(w, 0);
            var stop = WalkSimple(path, next, w, length, onPath);
            onPath.Remove(w);
            if (stop) return true;
        }
        return false;
    }

    private bool CanStillArrive(int actor, int hopsLeft)
    {
        if (actor == _target) return hopsLeft == 0;
        if (hopsLeft == 0) return false;
        var distance = _toTarget.Get(actor);
        if (distance >= 0) return distance <= hopsLeft;
        // Not in the target ball: farther than _b, or unreachable once the ball is complete.
        return !_targetBallComplete && _b + 1 <= hopsLeft;
    }

    /// <summary>Distinct neighbours reachable from <paramref name="actor"/> under the filter and accepted, in id order.</summary>
    private List<int> Steps(int actor, Func<int, bool> accept)
    {
        var list = _g.Adjacency(actor);
        var steps = new List<int>();
        for (var i = 0; i < list.Length;)
        {
            var w = list[i].Neighbour;
            var passes = false;
            for (; i < list.Length && list[i].Neighbour == w; i++)
                passes = passes || _f.Forward(list[i], _g);
            if (passes && w != actor && accept(w)) steps.Add(w);
        }
        if (steps.Count > 1) steps.Sort((x, y) => _g.Rank(x).CompareTo(_g.Rank(y)));
        return steps;
    }

    private void Spend()
    {
        if (++_work > _budget) throw GraphQueryException.BudgetExceeded(_budget);
    }

    /// <summary>The found paths with each hop's evidence; the payloads of all of them come in one batched read.</summary>
    private IReadOnlyList<GraphPath> Materialize(List<int[]> paths)
    {
        var evidence = paths.Select(path => Enumerable.Range(0, path.Length - 1).Select(i => EvidenceSlots(path[i], path[i + 1])).ToArray()).ToArray();
        var slots = evidence.SelectMany(hops => hops.SelectMany(hop => hop)).ToArray();
        var payloads = _g.Payloads(slots);
        var at = 0;
        var result = new GraphPath[paths.Count];
        for (var p = 0; p < paths.Count; p++)
        {
            var actors = paths[p].Select(_g.Actor).ToArray();
            var hops = new PathHop[actors.Length - 1];
            for (var i = 0; i < hops.Length; i++)
            {
                var relations = new List<Relation>(evidence[p][i].Count);
                foreach (var _ in evidence[p][i])
                    if (payloads[at++] is { } relation) relations.Add(relation);
                hops[i] = new PathHop(actors[i], actors[i + 1], relations.ToArray());
            }
            result[p] = new GraphPath(actors, hops);
        }
        return result;
    }

    /// <summary>The slots of every passing relation between two consecutive actors, in id order.</summary>
    private List<int> EvidenceSlots(int from, int to)
    {
        var list = _g.Adjacency(from);
        var evidence = new List<int>();
        for (var i = _g.FindNeighbour(from, to); i >= 0 && i < list.Length && list[i].Neighbour == to; i++)
            if (_f.Forward(list[i], _g)) evidence.Add(list[i].Edge);
        evidence.Sort(_g.CompareRelationIds);
        return evidence;
    }
}
