import {
  breakEvenRows,
  breakEvenSizes,
  findInput,
  inputLabels,
  labelText,
} from "../../analysis/index.js";
import { parseRange } from "../../scenario/index.js";
import {
  breakEvenDocument,
  breakEvenSizesDocument,
  breakEvenSizesText,
  breakEvenText,
  toJson,
} from "../../results/index.js";
import { type CliIo, UsageError } from "../io.js";
import { type ScenarioFlags, loadScenarioFile } from "../scenario-file.js";
import { parseMetric } from "./sensitivity.js";

export type BreakevenOptions = ScenarioFlags & {
  param?: string;
  metric?: string;
  target?: number | string;
  range?: string;
  format?: "table" | "json";
};

/** `--target`: a positive number (default 1). */
function parseTarget(value: number | string | undefined): number {
  const target = value === undefined ? 1 : Number(value);
  if (!(Number.isFinite(target) && target > 0))
    throw new UsageError(`--target must be a number above 0, not '${String(value)}'`);
  return target;
}

/** `--range FROM..TO` in the range grammar of `--sweep` (src/scenario/range.ts), no scale or points. */
function searchRange(text: string): [number, number] {
  const range = parseRange(text);
  const { from, to } = typeof range === "string" || text.includes(":") ? {} : range;
  if (from === undefined || to === undefined || !(from < to)) {
    throw new UsageError(
      `--range must be FROM..TO with FROM < TO, such as 10k..5M or 0%..100%, not '${text}'`,
    );
  }
  return [from, to];
}

/**
 * `cxr breakeven FILE --param PATH`: per swarm size, the value of one input
 * at which the metric reaches `--target` (default CER = 1). Without
 * `--param`: the swarm size where the CER crosses the target and where each
 * layer runs out of shots.
 */
export async function breakevenCommand(
  io: CliIo,
  file: string,
  opts: BreakevenOptions,
): Promise<void> {
  const metric = parseMetric(opts.metric);
  const target = parseTarget(opts.target);
  const range = opts.range === undefined ? undefined : searchRange(opts.range);
  const json = opts.format === "json";
  const { scenario } = await loadScenarioFile(file, opts);
  const param = opts.param;
  if (param === undefined) {
    if (metric !== "cer")
      throw new UsageError("without --param, breakeven finds the swarm size for the CER only");
    const sizes = breakEvenSizes(scenario, target);
    io.stdout.write(
      json ? toJson(breakEvenSizesDocument(scenario, sizes)) : breakEvenSizesText(scenario, sizes),
    );
    return;
  }
  const input = findInput(scenario, param);
  const table = breakEvenRows(scenario, {
    path: param,
    metric,
    target,
    ...(range ? { range } : {}),
  });
  const label = inputLabels(scenario).get(input);
  io.stdout.write(
    json
      ? toJson(breakEvenDocument(scenario, table))
      : breakEvenText(scenario, table, input, label === undefined ? param : labelText(label)),
  );
}
