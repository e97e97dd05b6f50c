using KoreaRussiaGraph.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoreaRussiaGraph.Ingestion.Startup;

/// <summary>Makes a store ready to take documents: migrations/index, then the gazetteer. Safe to run on every start.</summary>
public sealed class StorePreparation(IGraphStore store, IKnownActors? knownActors = null, ILogger<StorePreparation>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<StorePreparation>.Instance;

    public async Task PrepareAsync(CancellationToken ct)
    {
        await store.InitializeAsync(ct);
        if (knownActors is null)
        {
            _logger.LogDebug("No gazetteer registered (IKnownActors); the host loads it, or actors appear as documents mention them");
            return;
        }
        var actors = knownActors.KnownActors;
        // Upserting merges, so the gazetteer's growth reaches an existing store and nothing a document added is lost.
        await store.UpsertActorsAsync(actors.ToArray(), ct);
        _logger.LogInformation("Gazetteer: {Count} known actors upserted", actors.Count);
    }
}
