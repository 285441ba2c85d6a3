import { parseSweep } from "../../scenario/index.js";
import { sweepRows } from "../../analysis/index.js";
import { sweepCsv, sweepDocument, sweepTable, toJson } from "../../results/index.js";
import { type CliIo, UsageError } from "../io.js";
import { type RunOptions, outputFormat } from "./run.js";
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
  const format = outputFormat(io, opts.format);
  if (format === "json") io.stdout.write(toJson(sweepDocument(base, rows)));
  else if (format === "csv") io.stdout.write(sweepCsv(base, rows));
  else io.stdout.write(sweepTable(base, sweep.path, rows));
}
