namespace KoreaRussiaGraph.Ingestion.Tests.Support;

/// <summary>Waits for a condition with a generous deadline instead of sleeping a fixed time.</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan deadline, string what) where T : class
    {
        var end = DateTime.UtcNow + deadline;
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > end) throw new TimeoutException($"gave up after {deadline.TotalSeconds:0} s waiting for {what}");
            await Task.Delay(25);
        }
    }
}
