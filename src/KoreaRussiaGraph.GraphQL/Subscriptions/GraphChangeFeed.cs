using KoreaRussiaGraph.Core.Changes;
using KoreaRussiaGraph.Core.Ports;
using KoreaRussiaGraph.Core.Querying;

namespace KoreaRussiaGraph.GraphQL.Subscriptions;

/// <summary>
/// The store's change notices as subscribers receive them: at most one per <see cref="Window"/> (10 a second by
/// default). A notice arriving sooner after the last one is held and merged with any that follow (their documents
/// united, their counts added, the latest generation) and goes out when the window has passed. Nothing runs while
/// nothing is written: no timer ticks and no thread waits, so an idle subscription costs no CPU. Subscribers are
/// called on the thread pool, never on the writer's thread.
/// </summary>
public sealed class GraphChangeFeed : IObservable<GraphChangeNotice>, IDisposable
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMilliseconds(100);

    private readonly ChangeBroadcaster<GraphChangeNotice> _subscribers = new();
    private readonly TimeProvider _time;
    private readonly IDisposable _source;
    private readonly Lock _gate = new();
    private GraphChangeNotice? _held;
    private ITimer? _flush;
    private long _lastSent = long.MinValue / 2;

    public GraphChangeFeed(IGraphStore store, TimeProvider? time = null, TimeSpan? window = null)
    {
        _time = time ?? TimeProvider.System;
        Window = window ?? DefaultWindow;
        _source = store.Changes.Subscribe(new Listener(this));
    }

    public TimeSpan Window { get; }

    public IDisposable Subscribe(IObserver<GraphChangeNotice> observer) => _subscribers.Subscribe(observer);

    private void Receive(GraphChangeNotice notice)
    {
        GraphChangeNotice? send = null;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (_held is null && _time.GetElapsedTime(_lastSent, now) >= Window)
            {
                _lastSent = now;
                send = notice;
            }
            else
            {
                _held = _held is null ? notice : Merge(_held, notice);
                if (_flush is null)
                {
                    var wait = Window - _time.GetElapsedTime(_lastSent, now);
                    _flush = _time.CreateTimer(_ => Flush(), null, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                }
            }
        }
        if (send is not null) ThreadPool.QueueUserWorkItem(n => _subscribers.Publish(n), send, preferLocal: false);
    }

    private void Flush()
    {
        GraphChangeNotice? send;
        lock (_gate)
        {
            send = _held;
            _held = null;
            _flush?.Dispose();
            _flush = null;
            _lastSent = _time.GetTimestamp();
        }
        if (send is not null) _subscribers.Publish(send);
    }

    private static GraphChangeNotice Merge(GraphChangeNotice earlier, GraphChangeNotice later) => new(
        later.Generation,
        earlier.Documents.Concat(later.Documents).Distinct(StringComparer.Ordinal).ToArray(),
        earlier.AddedRelations + later.AddedRelations,
        earlier.RemovedRelations + later.RemovedRelations);

    public void Dispose()
    {
        _source.Dispose();
        lock (_gate) _flush?.Dispose();
    }

    private sealed class Listener(GraphChangeFeed feed) : IObserver<GraphChangeNotice>
    {
        public void OnNext(GraphChangeNotice value) => feed.Receive(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
