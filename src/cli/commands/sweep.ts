import { parseSweep } from "../../briefing/index.js";
import { sweepCsv, sweepDocument, sweepRows } from "../../analysis/index.js";
import { formatMoney, formatCount, formatRatio, renderTextTable } from "../../results/index.js";
import { type CliIo, UsageError } from "../io.js";
import type { RunOptions } from "./run.js";
import { readScenarioFile } from "../scenario-file.js";

/**
 * `cxr run FILE --sweep PATH=FROM..TO[:log][:POINTS]`: the scenario reloaded
 * with each value of the swept input (deterministic), one row per value ×
 * swarm size, each the usual outcome plus `"sweep": { "path", "value" }`.
 */
export async function runSweepCommand(
  io: CliIo,
  file: string,
  sweepText: string,
  opts: RunOptions,
): Promise<void> {
  const sweep = parseSweep(sweepText);
  if (typeof sweep === "string") throw new UsageError(`--sweep: ${sweep}`);
  if (opts.trials !== undefined)
    throw new UsageError("--sweep runs in deterministic mode: drop --trials");
  const source = await readScenarioFile(file, opts);
  const base = source.load().scenario;
  const rows = sweepRows((extra) => source.load(extra).scenario, sweep);
  const format = opts.format ?? (io.stdout.isTTY ? "table" : "json");
  if (format === "json") {
    io.stdout.write(JSON.stringify(sweepDocument(base, rows), null, 2) + "\n");
  } else if (format === "csv") {
    io.stdout.write(sweepCsv(rows));
  } else {
    const cur = base.currency;
    io.stdout.write(
      `${base.title}\nSweep of ${sweep.path} · money in ${cur} at ${base.priceYear} prices · deterministic (base values)\n\n` +
        renderTextTable({
          headers: [sweep.path, "drones", "CER", "net CER", `defender ${cur}`, "leakers"],
          rows: rows.map((r) => [
            String(Number(r.sweep.value.toPrecision(6))),
            formatMoney(r.swarmSize),
            formatRatio(r.cer),
            formatRatio(r.netCer),
            formatMoney(r.defenderCost),
            formatCount(r.leakers),
          ]),
        }),
    );
  }
}
