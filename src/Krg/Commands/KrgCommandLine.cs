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

    /// <summary>What the web host sees: the arguments without a leading `serve`.</summary>
    public static string[] ServerArguments(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;
}
