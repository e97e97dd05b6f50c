namespace KoreaRussiaGraph.GraphQL.Http;

/// <summary>What the request's X-Api-Key header amounts to; mutations run only when it is <see cref="Valid"/>.</summary>
public enum ApiKeyState { Disabled, Missing, Invalid, Valid }
