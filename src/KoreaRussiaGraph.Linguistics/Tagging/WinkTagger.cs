using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ClearScript;
using Microsoft.ClearScript.V8;

namespace KoreaRussiaGraph.Linguistics.Tagging;

/// <summary>
/// wink-nlp's English lite model (Universal POS tags, lemmas, sentence boundaries), evaluated in an in-process V8
/// engine. The engine is single-threaded, so calls are serialised; a call costs about a millisecond per
/// paragraph, far below the rest of ingestion. Loading the model takes under a second, so one instance is shared.
/// </summary>
public sealed class WinkTagger : ITagger, IDisposable
{
    /// <summary>Where the build puts the bundle, relative to the application's folder.</summary>
    public const string BundleRelativePath = "linguistics/tagger.js";

    private static readonly Lazy<WinkTagger> SharedInstance = new(() => new WinkTagger(DefaultBundlePath()));
    private readonly V8ScriptEngine _engine;
    private readonly ScriptObject _tag;
    private readonly Lock _gate = new();

    public string Version { get; }

    public static WinkTagger Shared => SharedInstance.Value;

    // V8's background threads (concurrent GC and compilation) each take native memory of their own; one engine
    // serving short calls gains little from them, so they are off for the whole process (set before any engine).
    static WinkTagger() => V8Settings.GlobalFlags |= V8GlobalFlags.DisableBackgroundWork;

    public WinkTagger(string bundlePath)
    {
        if (!File.Exists(bundlePath))
            throw new FileNotFoundException($"The part-of-speech tagger bundle is missing at {bundlePath}; it is built from npm with the project (src/KoreaRussiaGraph.Linguistics/Tagging/js). Build again with node 20+ and npm on the PATH.", bundlePath);
        var script = File.ReadAllText(bundlePath);
        Version = "wink-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)).AsSpan(0, 4));
        // A small young generation keeps V8 collecting the per-call JSON often instead of growing towards its
        // defaults (hundreds of MB); the model itself needs about 60 MB of old space once decoded.
        _engine = new V8ScriptEngine(new V8RuntimeConstraints { MaxNewSpaceSize = 8, MaxOldSpaceSize = 384 }, V8ScriptEngineFlags.DisableGlobalMembers);
        _engine.Execute(script);
        _tag = (ScriptObject)_engine.Script.krgTag;
        _engine.CollectGarbage(exhaustive: true); // the model's decoding leaves large temporary strings behind
    }

    public static string DefaultBundlePath() => Path.Combine(AppContext.BaseDirectory, BundleRelativePath);

    public TaggedText Tag(string text)
    {
        if (string.IsNullOrEmpty(text)) return new TaggedText([], []);
        string json;
        lock (_gate) json = (string)_tag.Invoke(false, text);
        using var doc = JsonDocument.Parse(json);
        var sentences = doc.RootElement.GetProperty("sentences").EnumerateArray()
            .Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToArray();
        var tokens = doc.RootElement.GetProperty("tokens").EnumerateArray()
            .Select(t => new TaggedToken(t[0].GetInt32(), t[1].GetInt32(), t[2].GetString()!, t[3].GetString()!, t[4].GetInt32())).ToArray();
        return new TaggedText(sentences, tokens);
    }

    /// <summary>V8's heap as the engine reports it, for benchmarks.</summary>
    public (ulong Used, ulong Total) HeapSize
    {
        get
        {
            lock (_gate)
            {
                var info = _engine.GetRuntimeHeapInfo();
                return (info.UsedHeapSize, info.TotalHeapSize);
            }
        }
    }

    public void Dispose() => _engine.Dispose();
}
