using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Ports;

namespace KoreaRussiaGraph.Benchmarks.Graph;

/// <summary>
/// A reproducible synthetic graph: actor popularity follows a Zipf law (a few hubs with tens of thousands of
/// relations, a long tail with a handful), dates spread over 30 years at all three precisions (some undated),
/// mixed statuses and types. Relations come in documents of <see cref="RelationsPerDocument"/>.
/// </summary>
internal sealed class SyntheticGraph(int actorCount, int relationCount, int seed)
{
    public const int RelationsPerDocument = 1000;

    private static readonly string[] Types = ["MET", "VISITED", "VETOED", "SUPPLIED", "SANCTIONED", "SUPPORTED", "OPPOSED", "ACCUSED", "DENIED", "INVADED", "SIGNED", "MESSAGED"];
    private static readonly DateOnly FirstDay = new(1995, 1, 1);
    private const int DaySpan = 30 * 365;

    public int ActorCount => actorCount;
    public int RelationCount => relationCount;

    public static string ActorId(int i) => $"actor-{i:000000}";

    public IReadOnlyList<Actor> Actors()
    {
        var random = new Random(seed);
        var kinds = Enum.GetValues<ActorKind>();
        return Enumerable.Range(0, actorCount)
            .Select(i => new Actor(ActorId(i), $"Actor {i}", kinds[random.Next(kinds.Length)], [$"A{i}"]))
            .ToArray();
    }

    public IEnumerable<DocumentWrite> Documents()
    {
        var random = new Random(seed + 1);
        var popularity = new ZipfSampler(actorCount, exponent: 0.8, random);
        for (var start = 0; start < relationCount; start += RelationsPerDocument)
        {
            var documentId = $"bench-{start / RelationsPerDocument:00000}";
            var count = Math.Min(RelationsPerDocument, relationCount - start);
            var relations = new Relation[count];
            for (var i = 0; i < count; i++)
            {
                // Six in ten endpoints by popularity, the rest uniform: hubs plus a connected long tail.
                int source, target;
                do
                {
                    source = random.Next(10) < 6 ? popularity.Next() : random.Next(actorCount);
                    target = random.Next(10) < 6 ? popularity.Next() : random.Next(actorCount);
                } while (source == target);
                var type = Types[random.Next(Types.Length)];
                var citation = new Citation(documentId, i, $"Synthetic sentence {i} of {documentId}: {ActorId(source)} {type} {ActorId(target)}.", i * 120, i * 120 + 100, "bench");
                relations[i] = Relation.Create(type, ActorId(source), ActorId(target), type is "MET" or "SIGNED", citation,
                    RandomDate(random), new PartialDate(2024, 6, 1), RandomStatus(random), confidence: 0.5 + random.NextDouble() / 2);
            }
            var document = new DocumentRecord(documentId, documentId, null, "synthetic", new PartialDate(2024, 6, 1), "generated", "txt",
                $"{start:x16}", DateTimeOffset.UnixEpoch, "bench", DocumentStatus.Ingested);
            yield return new DocumentWrite(document, $"synthetic document {documentId}", [], relations);
        }
    }

    private static PartialDate? RandomDate(Random random)
    {
        var roll = random.Next(100);
        if (roll < 10) return null;
        var day = FirstDay.AddDays(random.Next(DaySpan));
        return roll switch
        {
            < 35 => new PartialDate(day.Year),
            < 65 => new PartialDate(day.Year, day.Month),
            _ => PartialDate.OfDay(day),
        };
    }

    private static ClaimStatus RandomStatus(Random random) => random.Next(100) switch
    {
        < 70 => ClaimStatus.Asserted,
        < 85 => ClaimStatus.Alleged,
        < 95 => ClaimStatus.Denied,
        _ => ClaimStatus.Planned,
    };

    /// <summary>Draws actor indices with P(rank r) ~ 1/r^s; ranks are shuffled over actors so popularity does not follow id order.</summary>
    private sealed class ZipfSampler
    {
        private readonly double[] _cumulative;
        private readonly int[] _actorAtRank;
        private readonly Random _random;

        public ZipfSampler(int n, double exponent, Random random)
        {
            _random = random;
            _cumulative = new double[n];
            var sum = 0.0;
            for (var r = 0; r < n; r++) _cumulative[r] = sum += 1.0 / Math.Pow(r + 1, exponent);
            for (var r = 0; r < n; r++) _cumulative[r] /= sum;
            _actorAtRank = Enumerable.Range(0, n).ToArray();
            random.Shuffle(_actorAtRank);
        }

        public int Next()
        {
            var at = Array.BinarySearch(_cumulative, _random.NextDouble());
            return _actorAtRank[Math.Min(at < 0 ? ~at : at, _actorAtRank.Length - 1)];
        }
    }
}
