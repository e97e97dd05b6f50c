namespace KoreaRussiaGraph.Krg.Limits;

/// <summary>
/// Who a request comes from, for rate limits and logs: the remote IP address. An API key is not used, because
/// a made-up key per request would otherwise buy a fresh bucket each time.
/// </summary>
public static class ClientIdentity
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";
}
