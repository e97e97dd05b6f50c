namespace KoreaRussiaGraph.Explorer.Tests.Support;

/// <summary>A test that needs the Debian chromium browser; skipped, saying why, where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
            Skip = $"{ChromiumPath} is absent: install it with `apt-get install -y chromium` to run the browser tests.";
    }
}
