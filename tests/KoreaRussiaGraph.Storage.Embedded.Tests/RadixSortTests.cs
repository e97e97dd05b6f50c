using KoreaRussiaGraph.Storage.Embedded.Index;

namespace KoreaRussiaGraph.Storage.Embedded.Tests;

public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0, 0UL)]
    [InlineData(1, 0UL)]
    [InlineData(2, 1UL)]
    [InlineData(1000, 7UL)]                 // a single digit, many equal keys
    [InlineData(10_000, 1UL << 37)]         // the width of a neighbourhood's link keys
    [InlineData(5_000, ulong.MaxValue)]     // every digit, the top one partial
    public void Keys_come_out_in_order_and_equal_keys_keep_the_order_given(int count, ulong bound)
    {
        var random = new Random(count);
        var keys = new ulong[count + 3]; // longer than the count, as rented arrays are
        for (var i = 0; i < count; i++) keys[i] = bound == ulong.MaxValue ? (ulong)random.NextInt64() << 1 | (uint)random.Next(2) : (ulong)random.NextInt64((long)Math.Min(bound, long.MaxValue - 1) + 1);
        var items = Enumerable.Range(0, keys.Length).ToArray();
        var expected = Enumerable.Range(0, count).OrderBy(i => keys[i]).ToArray(); // LINQ's sort is stable

        var (sortedKeys, sortedItems) = RadixSort.Sort((ulong[])keys.Clone(), items, new ulong[keys.Length], new int[keys.Length], count);

        Assert.Equal(expected, sortedItems.Take(count));
        Assert.Equal(expected.Select(i => keys[i]), sortedKeys.Take(count));
    }

    [Fact]
    public void Scratch_shorter_than_the_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RadixSort.Sort(new ulong[4], new int[4], new ulong[3], new int[4], 4));
    }
}
