using System.CommandLine;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>Decides whether an invocation is a one-shot command or the server (the default, with or without `serve`).</summary>
public static class KrgCommandLine
{
    private static readonly string[] HelpTokens = ["--help", "-h", "-?", "--version"];

    public static bool IsOneShot(RootCommand commands, string[] args)
    {
        if (args.Length == 0) return false;
        if (HelpTokens.Contains(args[0])) return true;
        if (args[0] == "serve") return args.Skip(1).Any(HelpTokens.Contains);
        return commands.Subcommands.Any(c => c.Name == args[0]);
    }

    /// <summary>What the web host sees: the arguments without a leading `serve`.</summary>
    public static string[] ServerArguments(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;
}
