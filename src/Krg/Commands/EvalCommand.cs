using System.CommandLine;
using System.Globalization;
using KoreaRussiaGraph.Core.Schema;
using KoreaRussiaGraph.Extraction;
using KoreaRussiaGraph.Extraction.Evaluation;
using Spectre.Console;

namespace KoreaRussiaGraph.Krg.Commands;

/// <summary>`krg eval --gold <file.jsonl> <paths…>`: precision, recall, F1 overall and per type; date and status agreement.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold relations, JSON lines (doc, source, type, target, date, status, quote)", Required = true };
        var paths = new Argument<string[]>("paths") { Description = "Documents or folders to extract from", Arity = ArgumentArity.OneOrMore };
        var verbose = new Option<bool>("--verbose") { Description = "Also list false positives and misses" };
        var schema = new Option<string?>("--graph-schema") { Description = "graph-schema/ folder (default: located automatically)" };
        var command = new Command("eval", "Score the extractor against gold relations (no store)") { gold, paths, verbose, schema };
        command.SetAction(parse =>
        {
            // Checked first: the gold set lives outside the repository (../shared), so a clone without it is common.
            var goldFile = parse.GetValue(gold)!;
            if (!File.Exists(goldFile))
                throw new FileNotFoundException($"the gold file '{goldFile}' does not exist (looked at {Path.GetFullPath(goldFile)}); the seeds' gold set is shared/gold/seeds.jsonl beside the repository, so run from a clone that has ../shared or pass its path.");
            var extractor = RuleBasedExtractor.Load(GraphSchemaDirectory.Locate(parse.GetValue(schema)));
            var (report, slices) = ExtractionEvaluation.RunWithSlices(extractor, parse.GetValue(gold)!, DocumentSources.Load(parse.GetValue(paths) ?? []));
            var table = new Table().AddColumns("type", "P", "R", "F1", "TP", "FP", "FN");
            foreach (var s in report.PerType.Append(report.Overall))
                table.AddRow(s.Name, F(s.Precision), F(s.Recall), F(s.F1), s.TruePositives.ToString(CultureInfo.InvariantCulture),
                    s.FalsePositives.ToString(CultureInfo.InvariantCulture), s.FalseNegatives.ToString(CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            Console.WriteLine($"date agreement: {F(report.Dates.Rate)} ({report.Dates.Agreeing}/{report.Dates.Total} matched relations with a gold date)");
            Console.WriteLine($"undated agreement: {F(report.Undated.Rate)} ({report.Undated.Agreeing}/{report.Undated.Total} matched relations the gold leaves undated, left undated)");
            Console.WriteLine($"status agreement: {F(report.Statuses.Rate)} ({report.Statuses.Agreeing}/{report.Statuses.Total} matched relations)");
            Console.WriteLine($"repeated evidence set aside (unmatched predictions repeating a document, key and status already counted): {report.RepeatedEvidence}");
            if (slices.Count > 1)
            {
                var bySlice = new Table().AddColumns("slice", "P", "R", "F1", "TP", "FP", "FN", "date", "undated", "status");
                foreach (var (name, r) in slices)
                    bySlice.AddRow(name, F(r.Overall.Precision), F(r.Overall.Recall), F(r.Overall.F1), r.Overall.TruePositives.ToString(CultureInfo.InvariantCulture),
                        r.Overall.FalsePositives.ToString(CultureInfo.InvariantCulture), r.Overall.FalseNegatives.ToString(CultureInfo.InvariantCulture),
                        $"{F(r.Dates.Rate)} ({r.Dates.Agreeing}/{r.Dates.Total})", $"{F(r.Undated.Rate)} ({r.Undated.Agreeing}/{r.Undated.Total})", $"{F(r.Statuses.Rate)} ({r.Statuses.Agreeing}/{r.Statuses.Total})");
                AnsiConsole.Write(bySlice);
            }
            Console.WriteLine($"extractor: {extractor.Version}");
            if (parse.GetValue(verbose))
            {
                foreach (var p in report.FalsePositives) Console.WriteLine($"FP {p.Doc} {p.Source} {p.Type} {p.Target} [{p.Rule}] {p.Quote}");
                foreach (var g in report.Misses) Console.WriteLine($"FN {g.Doc} {g.Source} {g.Type} {g.Target} {g.Quote}");
                foreach (var (g, p) in report.Matches.Where(m => m.Gold.Date != m.Predicted.Date))
                    Console.WriteLine($"DATE {g.Doc} {g.Source} {g.Type} {g.Target} gold {g.Date ?? "none"} predicted {p.Date ?? "none"} [{p.Rule}] {p.Quote}");
                foreach (var (g, p) in report.Matches.Where(m => !string.Equals(m.Gold.Status, m.Predicted.Status, StringComparison.OrdinalIgnoreCase)))
                    Console.WriteLine($"STATUS {g.Doc} {g.Source} {g.Type} {g.Target} gold {g.Status} predicted {p.Status} [{p.Rule}] {p.Quote}");
            }
            return 0;
        });
        return command;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
