// Answers POST /graphql with the bytes of a response captured from the real server (--file), after reading the
// request body as the real endpoint does: what the host costs without GraphQL, the store or the limits.
// Usage: dotnet BareEndpoint.dll --urls http://127.0.0.1:5190 --file captured.json
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var file = builder.Configuration["file"] ?? throw new ArgumentException("--file <captured response JSON> is required");
var bytes = await File.ReadAllBytesAsync(file);

var app = builder.Build();
app.MapPost("/graphql", async (HttpContext http) =>
{
    await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
    http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    http.Response.ContentLength = bytes.Length;
    await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
});
app.MapGet("/healthz", () => "alive");
await app.RunAsync();
