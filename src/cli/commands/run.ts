import { runDocument, toCsv, toJson, toTable } from "../../results/index.js";
import type { CliIo } from "../io.js";
import { type RunFlags, runScenario } from "../run-scenario.js";
import { type ScenarioFlags, loadScenarioFile } from "../scenario-file.js";

export type RunOptions = ScenarioFlags &
  RunFlags & { format?: "table" | "json" | "csv"; sweep?: string };

/** The output format: `--format`, else a table on a terminal and JSON when piped. */
export function outputFormat<F extends string>(
  io: CliIo,
  format: F | undefined,
): F | "table" | "json" {
  return format ?? (io.stdout.isTTY ? "table" : "json");
}

/** `cxr run FILE`: results as a table on a terminal, JSON when piped, or `--format`. */
export async function runCommand(io: CliIo, file: string, opts: RunOptions): Promise<void> {
  if (opts.sweep !== undefined) {
    await (await import("./sweep.js")).runSweepCommand(io, file, opts.sweep, opts);
    return;
  }
  const { scenario } = await loadScenarioFile(file, opts);
  const result = await runScenario(io, scenario, opts);
  const format = outputFormat(io, opts.format);
  if (format === "json") io.stdout.write(toJson(runDocument(scenario, result)));
  else if (format === "csv") io.stdout.write(toCsv(result.rows, scenario.provenance));
  else io.stdout.write(toTable(scenario, result));
}
