namespace KoreaRussiaGraph.Krg.Hosting;

/// <summary>
/// The one place settings come from, for `serve` and every CLI command alike: src/Krg/appsettings.json (the build
/// copies it beside the binary, so `dotnet run` always sees the edited file), then environment variables
/// (Store__Path=…), then --Section:Key=value switches. The file is found beside the binary, never in the caller's
/// working directory, so `dotnet run --project src/Krg` from the repository root reads it too.
/// Relative paths inside it (Store:Path, Seeds:Path, Ingestion:InboxPath) still resolve against the working directory.
/// </summary>
public static class KrgSettings
{
    public const string FileName = "appsettings.json";

    /// <summary>The folder that holds <see cref="FileName"/>: the binary's folder.</summary>
    public static string Folder => AppContext.BaseDirectory;

    /// <summary>The configuration of a CLI run, built from the same sources the web host reads.</summary>
    public static IConfiguration Load(string[]? overrides = null) => new ConfigurationBuilder()
        .SetBasePath(Folder)
        .AddJsonFile(FileName, optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(overrides ?? [])
        .Build();
}
