using System.Collections.Concurrent;
using System.Text.Json;

namespace KoreaRussiaGraph.Explorer.Tests.Support;

/// <summary>
/// Runs python/read_export.py with an interpreter that has the graph library asked for. networkx may live in a
/// pyenv or venv python3 while Debian's python3-igraph lives in /usr/bin/python3, so each library finds its own.
/// </summary>
public static class PythonReaders
{
    private static readonly string[] Interpreters = ["python3", "/usr/bin/python3"];
    private static readonly ConcurrentDictionary<string, string?> Found = new();

    /// <summary>The first interpreter that imports <paramref name="module"/>, or null.</summary>
    public static string? InterpreterWith(string module) => Found.GetOrAdd(module, m =>
        Interpreters.FirstOrDefault(python =>
        {
            try { return ProcessRunner.RunAsync(python, ["-c", $"import {m}"], Path.GetTempPath(), TimeSpan.FromSeconds(30)).GetAwaiter().GetResult().Exit == 0; }
            catch (System.ComponentModel.Win32Exception) { return false; } // no such interpreter
        }));

    public static async Task<JsonElement> ReadAsync(string library, string format, string file, string? mode = null)
    {
        var python = InterpreterWith(library) ?? throw new InvalidOperationException($"no python3 here imports {library}");
        var script = Path.Combine(NodeScripts.Folder, "..", "python", "read_export.py");
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync(python, mode is null ? [script, library, format, file] : [script, library, format, file, mode], Path.GetTempPath(), TimeSpan.FromMinutes(1));
        if (exit != 0) throw new InvalidOperationException($"{library} could not read the {format} export {file}:\n{stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }
}

/// <summary>A theory that needs Python graph libraries; skipped, saying which and how to install them, where absent.</summary>
public sealed class PythonReadersTheoryAttribute : TheoryAttribute
{
    public PythonReadersTheoryAttribute()
    {
        var missing = new[] { ("networkx", "pip install networkx (or apt-get install python3-networkx)"), ("igraph", "apt-get install python3-igraph") }
            .Where(m => PythonReaders.InterpreterWith(m.Item1) is null)
            .Select(m => $"{m.Item1} ({m.Item2})")
            .ToList();
        if (missing.Count > 0) Skip = $"no python3 here imports {string.Join(" or ", missing)}: install it to run the Python reader tests.";
    }
}
