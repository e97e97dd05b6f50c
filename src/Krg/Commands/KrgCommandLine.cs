using System.CommandLine;
using System.Reflection;

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

    /// <summary>
    /// Runs a one-shot command. Whatever goes wrong (a missing file, a store that cannot open) is one plain line on
    /// stderr naming the command, and exit code 1: a researcher reads what to fix, not a stack trace.
    /// </summary>
    public static async Task<int> InvokeAsync(RootCommand commands, string[] args, TextWriter? error = null)
    {
        error ??= Console.Error;
        var parse = commands.Parse(args);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"krg {parse.CommandResult.Command.Name}: cancelled");
            return 130;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"krg {parse.CommandResult.Command.Name}: {OneLine(e)}");
            return 1;
        }
    }

    private static string OneLine(Exception e)
    {
        var message = e is AggregateException or TargetInvocationException ? e.GetBaseException().Message : e.Message;
        return string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>
    /// The first argument when it names no command: neither an option (<c>--Key=value</c>, <c>-h</c>, <c>/Key=value</c>),
    /// nor a configuration setting (<c>Key=value</c>), nor <c>serve</c> or another command. `krg import` used to start
    /// the server, which looks like the command ran.
    /// </summary>
    public static string? UnknownCommand(RootCommand commands, string[] args)
    {
        if (args.Length == 0) return null;
        var first = args[0];
        if (first.Length == 0 || first[0] is '-' or '/' || first.Contains('=') || first == "serve") return null;
        return commands.Subcommands.Any(c => c.Name == first) ? null : first;
    }

    /// <summary>What to print for <see cref="UnknownCommand"/>: the word and the commands there are.</summary>
    public static string UnknownCommandMessage(RootCommand commands, string unknown) =>
        $"krg: unknown command '{unknown}'. Commands: {string.Join(", ", commands.Subcommands.Select(c => c.Name))}. " +
        "Run `krg --help` for what each does; with no command (or `serve`) krg runs the server.";

    /// <summary>What the web host sees: the arguments without a leading `serve`.</summary>
    public static string[] ServerArguments(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;
}
