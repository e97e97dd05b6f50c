using System.CommandLine;
using System.Text.Json;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>`krg extract <paths…> [--jsonl] [--explain]`: runs the extractor on files without a store.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Documents (.txt, .md, .html) or folders of them", Arity = ArgumentArity.OneOrMore };
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object per relation (doc, source, type, target, date, status, quote, attributedTo, details, rule, start, end)" };
        var explain = new Option<bool>("--explain") { Description = "Per relation: the sentence, the resolved mentions and how, the trigger and the rule" };
        var schema = new Option<string?>("--graph-schema") { Description = "graph-schema/ folder (default: next to the binary or above the working directory)" };
        var command = new Command("extract", "Extract cited, dated relations from documents (no store)") { paths, jsonl, explain, schema };
        command.SetAction(parse =>
        {
            var extractor = RuleBasedExtractor.Load(GraphSchemaDirectory.Locate(parse.GetValue(schema)));
            var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            foreach (var document in DocumentSources.Load(parse.GetValue(paths) ?? []))
            {
                var run = extractor.Explain(document);
                foreach (var e in run.Explanations)
                {
                    var r = e.Relation;
                    if (parse.GetValue(explain))
                    {
                        Console.WriteLine($"{document.Id}: {r.SourceId} {r.Type} {r.TargetId} date={r.Date?.ToString() ?? "-"} status={r.Status.ToString().ToUpperInvariant()}{(r.AttributedTo is null ? "" : $" attributedTo={r.AttributedTo}")}{(r.Details is null ? "" : $" details={r.Details}")}");
                        Console.WriteLine($"  sentence [{r.Citation.Start}..{r.Citation.End}]: {e.Sentence}");
                        Console.WriteLine($"  trigger: '{e.Trigger}'  rule: {e.Rule}");
                        foreach (var m in e.Mentions) Console.WriteLine($"  mention: '{m.Text}' -> {string.Join("+", m.ActorIds)}  ({m.Step})");
                        Console.WriteLine($"  status: {e.StatusHow}; date: {e.DateHow}");
                    }
                    else // JSON lines is the default output; --jsonl states it explicitly
                    {
                        Console.WriteLine(JsonSerializer.Serialize(new
                        {
                            doc = document.Id, source = r.SourceId, type = r.Type, target = r.TargetId, date = r.Date?.ToString(),
                            status = r.Status.ToString().ToLowerInvariant(), quote = r.Citation.Quote, attributedTo = r.AttributedTo,
                            details = r.Details, rule = r.Citation.Rule, start = r.Citation.Start, end = r.Citation.End,
                        }, options));
                    }
                }
            }
            return 0;
        });
        return command;
    }
}
