using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace KoreaRussiaGraph.GraphQL.Caching;

/// <summary>
/// Keeps the parsed form of every query text that validated, so a query sent again (front-ends send the same
/// few texts with new variables) is neither parsed nor put through the document-only validation rules again.
/// The rules whose verdict depends on the variables still run: the complexity analyser prices a neighbourhood by
/// its depth and limit, which usually arrive as variables.
/// GraphQL.MemoryCache does the same but does not restore here; this is the same idea on Microsoft's MemoryCache.
/// </summary>
public sealed class ParsedDocumentCache(ParsedDocumentCacheOptions options) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.MaxQueryCharacters) });

    // After the options callbacks (100) have assembled the validation rules this execution will use.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        if (options.MaxQueryCharacters <= 0 || execution.Document is not null || execution.Query is not { } query)
            return await next(execution);

        if (_documents.TryGetValue(query, out GraphQLDocument? cached) && cached is not null)
        {
            execution.Document = cached;
            execution.ValidationRules = VariableDependentRules(execution);
            return await next(execution);
        }

        var result = await next(execution);
        // Executed means the document parsed and passed every validation rule.
        if (result.Executed && result.Document is { } parsed && query.Length <= options.MaxQueryCharacters)
            _documents.Set(query, parsed, new MemoryCacheEntryOptions { Size = query.Length });
        return result;
    }

    private static IEnumerable<IValidationRule> VariableDependentRules(ExecutionOptions execution) =>
        (execution.CachedDocumentValidationRules ?? [])
            .Concat((execution.ValidationRules ?? []).OfType<ComplexityValidationRule>())
            .Distinct()
            .ToList();

    public void Dispose() => _documents.Dispose();
}

/// <summary>Section <c>GraphQL:DocumentCache</c>.</summary>
public sealed class ParsedDocumentCacheOptions
{
    /// <summary>Total characters of query text whose parsed documents are kept; 0 turns the cache off.</summary>
    public int MaxQueryCharacters { get; set; } = 1_000_000;
}
