using System.Buffers;
using System.Numerics;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>
/// A stable least-significant-digit radix sort of ulong keys carrying an int each. A neighbourhood's links are grouped by
/// sorting ten thousand keys of under forty bits: a few linear passes where a comparison sort makes over a hundred
/// thousand compares, and stable, so equal keys keep the order they were given in without a second sort (issue 15).
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const ulong DigitMask = Buckets - 1;

    /// <summary>
    /// Sorts the first <paramref name="count"/> keys with their items, using the two scratch arrays (at least as long) as
    /// the other side of each pass.
    /// </summary>
    /// <returns>The arrays holding the sorted keys and items: the given ones or the scratch ones, depending on the passes.</returns>
    public static (ulong[] Keys, int[] Items) Sort(ulong[] keys, int[] items, ulong[] keyScratch, int[] itemScratch, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Math.Min(Math.Min(keys.Length, items.Length), Math.Min(keyScratch.Length, itemScratch.Length)));
        if (count < 2) return (keys, items);
        ulong bits = 0;
        for (var i = 0; i < count; i++) bits |= keys[i];
        var passes = (64 - BitOperations.LeadingZeroCount(bits) + DigitBits - 1) / DigitBits;
        if (passes == 0) return (keys, items);
        // Every digit's counts in one read of the keys: a digit's histogram does not depend on the order of the keys.
        var counts = ArrayPool<int>.Shared.Rent(passes * Buckets);
        try
        {
            Array.Clear(counts, 0, passes * Buckets);
            for (var i = 0; i < count; i++)
            {
                var key = keys[i];
                for (var p = 0; p < passes; p++) counts[p * Buckets + (int)((key >> (p * DigitBits)) & DigitMask)]++;
            }
            for (var p = 0; p < passes; p++)
            {
                var shift = p * DigitBits;
                var histogram = counts.AsSpan(p * Buckets, Buckets);
                // A digit all keys share moves nothing.
                if (histogram[(int)((keys[0] >> shift) & DigitMask)] == count) continue;
                var offset = 0;
                for (var b = 0; b < Buckets; b++) (histogram[b], offset) = (offset, offset + histogram[b]);
                for (var i = 0; i < count; i++)
                {
                    var key = keys[i];
                    var at = histogram[(int)((key >> shift) & DigitMask)]++;
                    keyScratch[at] = key;
                    itemScratch[at] = items[i];
                }
                (keys, keyScratch) = (keyScratch, keys);
                (items, itemScratch) = (itemScratch, items);
            }
            return (keys, items);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }
}
