import {
  AnalysisError,
  type BreakEvenSizes,
  type BreakEvenTable,
  METRIC_NAME,
  breakEvenRows,
  breakEvenSizes,
  findInput,
  inputLabels,
  inputValueText,
  labelText,
} from "../../analysis/index.js";
import { parseSweep } from "../../briefing/index.js";
import type { Scenario } from "../../model/index.js";
import { renderTextTable } from "../../results/index.js";
import { type CliIo, InputError, UsageError } from "../io.js";
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

/** `--range FROM..TO`, numbers with k, M, B or %, as in `--sweep`. */
function parseRange(text: string): [number, number] {
  const sweep = parseSweep(`x=${text}:linear:2`);
  const [from, to] = typeof sweep === "string" ? [] : sweep.values;
  if (from === undefined || to === undefined || !(from < to)) {
    throw new UsageError(
      `--range must be FROM..TO with FROM < TO, such as 10k..5M or 0%..100%, not '${text}'`,
    );
  }
  return [from, to];
}

function valuesTable(scenario: Scenario, t: BreakEvenTable): string {
  const input = findInput(scenario, t.param);
  const label = inputLabels(scenario).get(input);
  const cur = scenario.currency;
  const head =
    `${scenario.title}\n` +
    `Break-even of ${label === undefined ? t.param : labelText(label)} (${t.param}): the value at which ${METRIC_NAME[t.metric]} = ${t.target}, the other inputs at base\n` +
    `Base value: ${inputValueText(input.base, input.unit, cur)} · ${cur}, ${scenario.priceYear} prices\n\n`;
  return (
    head +
    renderTextTable({
      headers: ["drones", "break-even value"],
      rows: t.rows.map((r) => [
        String(r.swarmSize),
        r.value === null ? "no crossing in range" : inputValueText(r.value, input.unit, cur),
      ]),
    })
  );
}

function sizesTable(scenario: Scenario, s: BreakEvenSizes): string {
  const crossing =
    s.crossings.length === 0
      ? `never crosses ${s.target} up to 1,000,000 drones`
      : s.crossings
          .map(
            (c) =>
              `${c.direction === "up" ? "rises above" : "falls below"} ${s.target} at ${c.swarmSize} drones`,
          )
          .join("; ");
  return (
    `${scenario.title}\nThe CER ${crossing} (base values, deterministic)\n\n` +
    renderTextTable({
      headers: ["layer", "out of shots from"],
      alignLeft: [true],
      rows: s.budgets.map((b) => [
        b.layerName,
        b.swarmSize === null ? "never" : `${b.swarmSize} drones`,
      ]),
    })
  );
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
  const range = opts.range === undefined ? undefined : parseRange(opts.range);
  const { scenario } = await loadScenarioFile(file, opts);
  try {
    if (opts.param === undefined) {
      if (metric !== "cer")
        throw new UsageError("without --param, breakeven finds the swarm size for the CER only");
      const sizes = breakEvenSizes(scenario, target);
      io.stdout.write(
        opts.format === "json"
          ? JSON.stringify(sizes, null, 2) + "\n"
          : sizesTable(scenario, sizes),
      );
      return;
    }
    const table = breakEvenRows(scenario, {
      path: opts.param,
      metric,
      target,
      ...(range === undefined ? {} : { range }),
    });
    io.stdout.write(
      opts.format === "json" ? JSON.stringify(table, null, 2) + "\n" : valuesTable(scenario, table),
    );
  } catch (err) {
    throw err instanceof AnalysisError ? new InputError(err.message) : err;
  }
}
