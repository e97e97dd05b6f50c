using System.Collections.Immutable;

namespace KoreaRussiaGraph.Core.Changes;

/// <summary>
/// A minimal hot observable for store change notices: every current observer gets every published value, in order,
/// on the publisher's thread. An observer that throws is dropped rather than failing the write that published.
/// </summary>
public sealed class ChangeBroadcaster<T> : IObservable<T>
{
    private ImmutableList<IObserver<T>> _observers = ImmutableList<IObserver<T>>.Empty;

    public int ObserverCount => _observers.Count;

    public IDisposable Subscribe(IObserver<T> observer)
    {
        ImmutableInterlocked.Update(ref _observers, list => list.Add(observer));
        return new Unsubscriber(this, observer);
    }

    public void Publish(T value)
    {
        foreach (var observer in _observers)
        {
            try { observer.OnNext(value); }
            catch { Remove(observer); }
        }
    }

    private void Remove(IObserver<T> observer) => ImmutableInterlocked.Update(ref _observers, list => list.Remove(observer));

    private sealed class Unsubscriber(ChangeBroadcaster<T> owner, IObserver<T> observer) : IDisposable
    {
        public void Dispose() => owner.Remove(observer);
    }
}
