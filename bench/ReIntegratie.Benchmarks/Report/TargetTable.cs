using System.Globalization;
using System.Text;
using ReIntegratie.Benchmarks.Load;

namespace ReIntegratie.Benchmarks.Report;

/// <summary>The figures against the project's performance targets, printed as a table with PASS / MISS per target.</summary>
public static class TargetTable
{
    public sealed record Row(string What, string Measured, string Target, string Verdict);

    public static IReadOnlyList<Row> Rows(BenchResults results, RunDetails details)
    {
        var rows = new List<Row>();
        var ceiling = results.StorageCeilingWritesPerSecond;
        foreach (var (store, models) in new[] { ("local", results.Local), ("azurite", results.Azurite) })
        {
            foreach (var (name, model) in new[] { ("one", models.One), ("saturation", models.Saturation), ("fixed_rate", models.FixedRate) })
            {
                var figures = string.Create(CultureInfo.InvariantCulture,
                    $"{model.TurnsPerSecond:0.0} turns/s, p50 {model.P50Ms:0.0} / p95 {model.P95Ms:0.0} / p99 {model.P99Ms:0.0} ms, {model.StorageOpsPerTurn:0.000} ops/turn");
                var label = $"{store} {name}" + (model.Rate is { } rate ? string.Create(CultureInfo.InvariantCulture, $" @ {rate:0}/s") : "");
                rows.Add(new Row(label, figures, "", model.Details.FailedTurns == 0 ? "" : $"{model.Details.FailedTurns} failed turns"));
            }
        }

        foreach (var (store, models) in new[] { ("local", results.Local), ("azurite", results.Azurite) })
        {
            var ops = models.One.StorageOpsPerTurn;
            rows.Add(new Row($"storage round trips per turn, whole journey ({store}, one)", F(ops, "0.000"), "<= 1.2", ops <= 1.2 ? "PASS" : "MISS"));
        }

        foreach (var (store, check) in details.StoredBeforeFirstReply)
        {
            rows.Add(new Row($"no write-behind ({store}): state stored when the turn's first reply arrives",
                $"{check.StoredBeforeReply} of {check.Turns} turns", "all turns", check.NotYetStored == 0 && check.StoredBeforeReply == check.Turns ? "PASS" : "MISS"));
        }

        var saturation = results.Azurite.Saturation.TurnsPerSecond;
        rows.Add(new Row("azurite saturation vs storage ceiling", $"{F(saturation)} turns/s vs ceiling {F(ceiling)} writes/s = {F(saturation / ceiling, "0.00")}x",
            ">= 0.8x ceiling", saturation >= 0.8 * ceiling ? "PASS" : "MISS"));
        var azuriteFixed = results.Azurite.FixedRate;
        rows.Add(new Row($"azurite fixed rate {F(azuriteFixed.Rate ?? 0, "0")}/s p95", $"{F(azuriteFixed.P95Ms)} ms", "<= 50 ms", azuriteFixed.P95Ms <= 50 ? "PASS" : "MISS"));
        rows.Add(new Row($"azurite fixed rate {F(azuriteFixed.Rate ?? 0, "0")}/s p99", $"{F(azuriteFixed.P99Ms)} ms", "<= 100 ms", azuriteFixed.P99Ms <= 100 ? "PASS" : "MISS"));
        var localSaturation = results.Local.Saturation.TurnsPerSecond;
        rows.Add(new Row("local saturation", $"{F(localSaturation)} turns/s", ">= 800 turns/s", localSaturation >= 800 ? "PASS" : "MISS"));
        var localFixed = results.Local.FixedRate;
        rows.Add(new Row($"local fixed rate {F(localFixed.Rate ?? 0, "0")}/s p95", $"{F(localFixed.P95Ms)} ms", "<= 25 ms", localFixed.P95Ms <= 25 ? "PASS" : "MISS"));

        var memory = details.WorkingSet;
        var last = memory.Checkpoints[^1];
        var growth = last.WorkingSetMb - memory.WorkingSetMb;
        rows.Add(new Row($"working set after {memory.ReportedAt:N0} conversations",
            string.Create(CultureInfo.InvariantCulture, $"{results.WorkingSetMb10k:0.0} MB (at {last.Conversations:N0}: {last.WorkingSetMb:0.0} MB)"),
            "bounded (levels off)", last.Conversations > memory.ReportedAt && growth <= Math.Max(10, 0.1 * memory.WorkingSetMb) ? "PASS" : "MISS"));
        rows.Add(new Row("start-up, process start to first answered request", $"{F(results.StartupMs, "0")} ms (first turn {F(details.Startup.FirstTurnMedianMs, "0")} ms)", "report", "-"));
        return rows;
    }

    public static string Render(IReadOnlyList<Row> rows)
    {
        var widths = new[]
        {
            Math.Max(4, rows.Max(r => r.What.Length)),
            Math.Max(8, rows.Max(r => r.Measured.Length)),
            Math.Max(6, rows.Max(r => r.Target.Length)),
            Math.Max(7, rows.Max(r => r.Verdict.Length)),
        };
        var text = new StringBuilder();
        void Line(string a, string b, string c, string d) =>
            text.Append(a.PadRight(widths[0])).Append(" | ").Append(b.PadRight(widths[1])).Append(" | ").Append(c.PadRight(widths[2])).Append(" | ").AppendLine(d);
        Line("what", "measured", "target", "verdict");
        text.AppendLine(new string('-', widths.Sum() + 9));
        foreach (var row in rows)
        {
            Line(row.What, row.Measured, row.Target, row.Verdict);
        }

        return text.ToString();
    }

    private static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
